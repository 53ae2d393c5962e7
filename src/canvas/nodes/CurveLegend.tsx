// The legend of an emotions lane, at the foot of its header: whose curve is whose, as a line in the
// curve's colour beside the persona's name (or "Everyone" for the shared curve).
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useCanvasText } from '../canvasText';
import type { CurveLegendNode } from '../flowTypes';

export const CurveLegend = memo(function CurveLegend({ data }: NodeProps<CurveLegendNode>) {
  const text = useCanvasText();
  return (
    <ul className="curve-legend" aria-label={text.focus.personas}>
      {data.entries.map((entry) => (
        <li key={entry.key} className="curve-legend__entry" data-curve={entry.key}>
          <span
            className="curve-legend__line"
            style={{ background: entry.color }}
            aria-hidden="true"
          />
          <span className="curve-legend__name">{entry.name ?? text.export.sharedCurve}</span>
        </li>
      ))}
    </ul>
  );
});
