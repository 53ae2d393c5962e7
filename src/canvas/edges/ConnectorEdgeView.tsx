// A connector on the map: its routed line round the cards, with rounded corners, and its label on
// a plate at the route's label point (both from model/connectorRoutes.ts, as in every export).
import { BaseEdge, type EdgeProps, type EdgeTypes } from '@xyflow/react';
import { memo } from 'react';
import { labelPlateSize, labelPlateText, roundedCorners, type Point } from '../../model';
import type { ConnectorEdge } from '../flowTypes';
import './edges.css';

/** The route as an SVG path: straight steps, each corner a quarter circle. */
export function routePath(points: readonly Point[]): string {
  const [first] = points;
  if (!first) return '';
  return roundedCorners(points).reduce(
    (path, part) =>
      'c1' in part
        ? `${path} C ${part.c1.x} ${part.c1.y}, ${part.c2.x} ${part.c2.y}, ${part.to.x} ${part.to.y}`
        : `${path} L ${part.to.x} ${part.to.y}`,
    `M ${first.x} ${first.y}`,
  );
}

/**
 * The label on its plate, drawn at the size the route kept clear for it. React Flow's own edge
 * label measures its text after mounting, which makes the browser lay out the whole page while
 * the map opens; this one needs no measuring. Its own SVG viewport clips what would overflow.
 */
function ConnectorLabel({ label, at }: { label: string; at: Point }) {
  const { width, height } = labelPlateSize(label);
  return (
    <svg
      className="connector-label"
      x={at.x - width / 2}
      y={at.y - height / 2}
      width={width}
      height={height}
    >
      <rect
        className="connector-label__plate"
        x={0.5}
        y={0.5}
        width={width - 1}
        height={height - 1}
        rx={4}
      />
      <text
        className="connector-label__text"
        x={width / 2}
        y={height / 2}
        textAnchor="middle"
        dominantBaseline="central"
      >
        {labelPlateText(label)}
      </text>
    </svg>
  );
}

export const ConnectorEdgeView = memo(function ConnectorEdgeView({
  id,
  data,
  label,
  style,
  interactionWidth,
}: EdgeProps<ConnectorEdge>) {
  if (!data) return null;
  const { route } = data;
  return (
    <>
      <BaseEdge
        id={id}
        path={routePath(route.points)}
        style={style}
        interactionWidth={interactionWidth}
      />
      {typeof label === 'string' && label && route.label ? (
        <ConnectorLabel label={label} at={route.label} />
      ) : null}
    </>
  );
});

export const edgeTypes: EdgeTypes = { connector: ConnectorEdgeView };
