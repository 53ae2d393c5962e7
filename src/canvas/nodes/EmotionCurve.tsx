// The emotion curves of one emotion lane: a smooth line per persona through its points.
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { EmotionCurveNode } from '../flowTypes';
import { smoothPath } from '../smoothPath';

export const EmotionCurveView = memo(function EmotionCurveView({
  data,
  width,
  height,
}: NodeProps<EmotionCurveNode>) {
  // When every curve is dimmed the whole node is (deriveFlow gives it the class): no double fade.
  const fadeEach = !data.curves.every((curve) => curve.dimmed);
  return (
    <svg className="emotion-curve" width={width} height={height} aria-hidden="true">
      <line
        className="emotion-curve__neutral"
        x1={0}
        x2={width}
        y1={data.neutralY}
        y2={data.neutralY}
      />
      {data.curves.map((curve) => (
        <path
          key={curve.key}
          d={smoothPath(curve.points)}
          stroke={curve.color}
          className={`emotion-curve__line${fadeEach && curve.dimmed ? ' emotion-curve__line--dimmed' : ''}`}
          data-curve={curve.key}
        />
      ))}
    </svg>
  );
});
