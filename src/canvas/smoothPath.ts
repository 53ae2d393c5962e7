// A smooth SVG path through points, for emotion curves (the geometry is the model's).
import { smoothCurve, type Point } from '../model';

export function smoothPath(points: readonly Point[]): string {
  const [first] = points;
  if (!first) return '';
  return smoothCurve(points).reduce(
    (path, { c1, c2, to }) => `${path} C ${c1.x} ${c1.y}, ${c2.x} ${c2.y}, ${to.x} ${to.y}`,
    `M ${first.x} ${first.y}`,
  );
}
