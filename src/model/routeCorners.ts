// A connector's line with rounded corners: straight steps joined by quarter circles (as cubic
// Béziers), so the canvas's SVG path and the exports' path commands draw the same shape.
import type { CubicSegment, Point } from './emotionCurves';

/** How round a connector's corners are, in pixels, where its steps are long enough. */
export const CORNER_RADIUS = 8;

/** The control-point distance that makes a cubic Bézier a quarter circle, per unit of radius. */
const KAPPA = 0.5523;

export type RoutePart = { to: Point } | CubicSegment;

/** The parts after the first point: a line, then a curve round each corner, and so on. */
export function roundedCorners(points: readonly Point[], radius = CORNER_RADIUS): RoutePart[] {
  const parts: RoutePart[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const corner = points[i]!;
    const b = points[i + 1];
    if (!b) {
      parts.push({ to: corner });
      break;
    }
    const inLength = Math.abs(corner.x - a.x) + Math.abs(corner.y - a.y);
    const outLength = Math.abs(b.x - corner.x) + Math.abs(b.y - corner.y);
    // Each step gives at most half of itself to each of its two corners.
    const r = Math.min(radius, inLength / 2, outLength / 2);
    if (r <= 0) {
      parts.push({ to: corner });
      continue;
    }
    const din = { x: Math.sign(corner.x - a.x), y: Math.sign(corner.y - a.y) };
    const dout = { x: Math.sign(b.x - corner.x), y: Math.sign(b.y - corner.y) };
    const entry = { x: corner.x - din.x * r, y: corner.y - din.y * r };
    const exit = { x: corner.x + dout.x * r, y: corner.y + dout.y * r };
    parts.push({ to: entry });
    parts.push({
      c1: { x: entry.x + din.x * r * KAPPA, y: entry.y + din.y * r * KAPPA },
      c2: { x: exit.x - dout.x * r * KAPPA, y: exit.y - dout.y * r * KAPPA },
      to: exit,
    });
  }
  return parts;
}
