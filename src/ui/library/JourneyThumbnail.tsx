// A small picture of a journey's grid and cards, drawn from the same layout as the canvas.
import { memo } from 'react';
import { cardKindColors, layoutJourney, type Journey } from '../../model';

const MIN_WIDTH = 900;
const MIN_HEIGHT = 500;

export const JourneyThumbnail = memo(function JourneyThumbnail({
  journey,
  label,
}: {
  journey: Journey;
  label: string;
}) {
  const layout = layoutJourney(journey);
  // A floor on the drawing size keeps a one-stage map small instead of blowing it up to fill.
  const width = Math.max(layout.width, MIN_WIDTH);
  const height = Math.max(layout.height, MIN_HEIGHT);
  return (
    <svg
      className="thumbnail"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
      preserveAspectRatio="xMidYMin meet"
    >
      <rect width={layout.width} height={layout.height} fill="#fff" />
      {layout.columns.map((column, index) => (
        <rect
          key={column.stageId}
          x={column.x}
          y={0}
          width={column.width - 4}
          height={64}
          fill={journey.stages[index]?.color ?? '#ccc'}
          opacity={0.85}
        />
      ))}
      {layout.rows.map((row, index) => (
        <rect
          key={row.laneId}
          x={0}
          y={row.y}
          width={190}
          height={row.height - 4}
          fill={journey.lanes[index]?.color ?? '#ccc'}
          opacity={0.35}
        />
      ))}
      {[...layout.cards.entries()].map(([id, rect]) => (
        <rect
          key={id}
          x={rect.x}
          y={rect.y}
          width={rect.width}
          height={rect.height}
          rx={8}
          fill={cardKindColors(journey.cards[id]?.kind ?? 'note').line}
        />
      ))}
    </svg>
  );
});
