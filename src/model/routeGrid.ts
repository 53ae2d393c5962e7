// The grid a connector's route is searched on: candidate lines across and along the map, the
// grid points inside cards and the grid steps through them, and the steps where a label could sit.
import type { Rect } from './layout';

const right = (r: Rect) => r.x + r.width;
const bottom = (r: Rect) => r.y + r.height;

export function sortedUnique(values: number[], low: number, high: number): number[] {
  const kept = values.filter((v) => v >= low && v <= high).sort((a, b) => a - b);
  return kept.filter((v, i) => i === 0 || v !== kept[i - 1]);
}

/** The index of the first value greater than `v` (`strict`) or at least `v`. */
export function firstAbove(values: readonly number[], v: number, strict: boolean): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const value = values[middle]!;
    if (strict ? value > v : value >= v) high = middle;
    else low = middle + 1;
  }
  return low;
}

export interface Grid {
  xs: number[];
  ys: number[];
  /** Per grid point: inside a card. */
  blocked: Uint8Array;
  /** Per step from point (i, j) to (i + 1, j): crosses a card. */
  blockedRight: Uint8Array;
  /** Per step from point (i, j) to (i, j + 1): crosses a card. */
  blockedDown: Uint8Array;
  /** Per step to the right, and down: somewhere on it, the label's plate would cover no card. */
  holdsRight: Uint8Array | null;
  holdsDown: Uint8Array | null;
}

export function buildGrid(rects: readonly Rect[], xs: number[], ys: number[]): Grid {
  const nx = xs.length;
  const ny = ys.length;
  const grid: Grid = {
    xs,
    ys,
    blocked: new Uint8Array(nx * ny),
    blockedRight: new Uint8Array(nx * ny),
    blockedDown: new Uint8Array(nx * ny),
    holdsRight: null,
    holdsDown: null,
  };
  for (const rect of rects) {
    // Lines strictly inside the card, across and along.
    const i0 = firstAbove(xs, rect.x, true);
    const i1 = firstAbove(xs, right(rect), false);
    const j0 = firstAbove(ys, rect.y, true);
    const j1 = firstAbove(ys, bottom(rect), false);
    // Steps that overlap the card's inside: from the last line at or before its edge.
    const si0 = Math.max(0, i0 - 1);
    const sj0 = Math.max(0, j0 - 1);
    for (let j = j0; j < j1; j++) {
      for (let i = si0; i < Math.min(i1, nx - 1); i++) grid.blockedRight[j * nx + i] = 1;
      for (let i = i0; i < i1; i++) grid.blocked[j * nx + i] = 1;
    }
    for (let i = i0; i < i1; i++) {
      for (let j = sj0; j < Math.min(j1, ny - 1); j++) grid.blockedDown[j * nx + i] = 1;
    }
  }
  return grid;
}

/**
 * Marks, on each line, the steps where the plate centred on the line can sit clear of every card:
 * the centres each card rules out are merged, and a step holds the plate unless one of them covers
 * it whole.
 */
export function markHolds(
  lines: readonly number[],
  steps: readonly number[],
  rects: readonly Rect[],
  along: 'x' | 'y',
  plate: { width: number; height: number },
  mark: (line: number, step: number) => void,
): void {
  const [halfAlong, halfAcross] =
    along === 'x' ? [plate.width / 2, plate.height / 2] : [plate.height / 2, plate.width / 2];
  const start = (r: Rect) => (along === 'x' ? r.x : r.y);
  const size = (r: Rect) => (along === 'x' ? r.width : r.height);
  const crossStart = (r: Rect) => (along === 'x' ? r.y : r.x);
  const crossSize = (r: Rect) => (along === 'x' ? r.height : r.width);
  // Lines come in order: sweep them, keeping the rectangles that reach the plate's band.
  const waiting = [...rects].sort((a, b) => crossStart(a) - crossStart(b));
  let next = 0;
  let active: Rect[] = [];
  lines.forEach((line, index) => {
    while (next < waiting.length && crossStart(waiting[next]!) < line + halfAcross) {
      active.push(waiting[next]!);
      next++;
    }
    active = active.filter((r) => crossStart(r) + crossSize(r) > line - halfAcross);
    const cuts = active
      .map((r): [number, number] => [start(r) - halfAlong, start(r) + size(r) + halfAlong])
      .sort((a, b) => a[0] - b[0]);
    const merged: [number, number][] = [];
    for (const cut of cuts) {
      const last = merged[merged.length - 1];
      if (last && cut[0] < last[1]) last[1] = Math.max(last[1], cut[1]);
      else merged.push([cut[0], cut[1]]);
    }
    let k = 0;
    for (let step = 0; step + 1 < steps.length; step++) {
      const low = steps[step]!;
      const high = steps[step + 1]!;
      while (k < merged.length && merged[k]![1] <= low) k++;
      const cut = merged[k];
      if (!cut || !(cut[0] < low && cut[1] > high)) mark(index, step);
    }
  });
}
