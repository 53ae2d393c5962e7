// How a connector runs between two cards: an orthogonal line out of one side of its source card
// and into one side of its target card, that goes around every other card through the gaps
// between them, with as few bends as it can. Pure and deterministic: the canvas and every export
// draw the same line.
//
// The search runs on a grid of candidate lines: a little off each card's edges (halfway into a
// narrow gap, so a line between two stacked cards runs down its middle) and through both cards'
// centres. Grid points inside a card, and grid steps that cross one, are blocked; A* then finds
// the cheapest way from a side of the source to a side of the target, where a bend costs as much
// as `ROUTE.bendCost` pixels of line.
import type { Point } from './emotionCurves';
import type { Rect } from './layout';
import { buildGrid, firstAbove, markHolds, sortedUnique, type Grid } from './routeGrid';

export type Side = 'left' | 'right' | 'top' | 'bottom';

export const ROUTE = {
  /** How far a line keeps from a card's edge, when the gap beside it leaves room. */
  clearance: 16,
  /** A bend costs as much as this many pixels of line: fewer bends beat a slightly shorter line. */
  bendCost: 60,
  /** Lines leave and enter cards by their left and right sides, unless the top or bottom is much better. */
  sideCost: { left: 0, right: 0, top: 48, bottom: 48 } satisfies Record<Side, number>,
  /**
   * What a labelled line pays for having no stretch where its label's plate covers no card: enough
   * that a short line between two neighbouring cards swings round below them to carry its label.
   */
  labelMissCost: 600,
} as const;

export interface RouteRequest {
  from: Rect;
  to: Rect;
  /** Every other card: the line never crosses one. */
  obstacles: readonly Rect[];
  /** The line stays inside this area (the map's cells), when given. */
  bounds?: Rect;
  /** The label's plate, centred on the line: the line gets a stretch where it covers no card. */
  label?: { width: number; height: number } | null;
}

export interface OrthogonalRoute {
  /** From a point on the source's side to a point on the target's side; each step is straight. */
  points: Point[];
  fromSide: Side;
  toSide: Side;
}

const SIDES: readonly Side[] = ['right', 'left', 'bottom', 'top'];
/** Directions as steps: east, south, west, north. */
const DX: readonly number[] = [1, 0, -1, 0];
const DY: readonly number[] = [0, 1, 0, -1];
const OUTWARD: Record<Side, number> = { right: 0, bottom: 1, left: 2, top: 3 };

const right = (r: Rect) => r.x + r.width;
const bottom = (r: Rect) => r.y + r.height;

/** The middle of a card's side: where a connector leaves or enters it. */
export function sidePort(rect: Rect, side: Side): Point {
  switch (side) {
    case 'left':
      return { x: rect.x, y: rect.y + rect.height / 2 };
    case 'right':
      return { x: right(rect), y: rect.y + rect.height / 2 };
    case 'top':
      return { x: rect.x + rect.width / 2, y: rect.y };
    case 'bottom':
      return { x: rect.x + rect.width / 2, y: bottom(rect) };
  }
}

/**
 * How far the line beside each side of each rectangle runs: the clearance, or half the gap to the
 * nearest rectangle facing that side (so two cards' lines meet in the middle of a narrow gap),
 * within bounds. Only rectangles closer than twice the clearance matter, so each side looks at
 * the few whose facing edge lies that close, found in edge order.
 */
function sideOffsets(rects: readonly Rect[], bounds?: Rect): Record<Side, number>[] {
  const c: number = ROUTE.clearance;
  const offsets = rects.map((): Record<Side, number> => ({ left: c, right: c, top: c, bottom: c }));
  const facing = (
    near: (r: Rect) => number,
    far: (r: Rect) => number,
    across: (a: Rect, b: Rect) => boolean,
    nearSide: Side,
    farSide: Side,
  ) => {
    const nearEdges = Float64Array.from(rects, near);
    const order = rects.map((_, index) => index).sort((a, b) => nearEdges[a]! - nearEdges[b]!);
    const edges = order.map((index) => nearEdges[index]!);
    rects.forEach((rect, index) => {
      const edge = far(rect);
      for (let k = firstAbove(edges, edge, false); k < edges.length; k++) {
        if (edges[k]! >= edge + 2 * c) break;
        const other = order[k]!;
        if (other === index || !across(rect, rects[other]!)) continue;
        const half = (edges[k]! - edge) / 2;
        offsets[index]![farSide] = Math.min(offsets[index]![farSide], half);
        offsets[other]![nearSide] = Math.min(offsets[other]![nearSide], half);
      }
    });
  };
  const acrossY = (a: Rect, b: Rect) => b.y < bottom(a) && bottom(b) > a.y;
  const acrossX = (a: Rect, b: Rect) => b.x < right(a) && right(b) > a.x;
  facing((r) => r.x, right, acrossY, 'left', 'right');
  facing((r) => r.y, bottom, acrossX, 'top', 'bottom');
  if (bounds) {
    rects.forEach((rect, index) => {
      const o = offsets[index]!;
      o.left = Math.max(0, Math.min(o.left, rect.x - bounds.x));
      o.right = Math.max(0, Math.min(o.right, right(bounds) - right(rect)));
      o.top = Math.max(0, Math.min(o.top, rect.y - bounds.y));
      o.bottom = Math.max(0, Math.min(o.bottom, bottom(bounds) - bottom(rect)));
    });
  }
  return offsets;
}

/** A binary min-heap of search states, ordered by cost estimate then by insertion. */
class StateHeap {
  private keys: number[] = [];
  private order: number[] = [];
  private states: number[] = [];
  private serial = 0;

  get size(): number {
    return this.states.length;
  }

  private less(a: number, b: number): boolean {
    const ka = this.keys[a]!;
    const kb = this.keys[b]!;
    return ka < kb || (ka === kb && this.order[a]! < this.order[b]!);
  }

  private swap(a: number, b: number): void {
    const { keys, order, states } = this;
    [keys[a], keys[b]] = [keys[b]!, keys[a]!];
    [order[a], order[b]] = [order[b]!, order[a]!];
    [states[a], states[b]] = [states[b]!, states[a]!];
  }

  push(key: number, state: number): void {
    this.keys.push(key);
    this.order.push(this.serial++);
    this.states.push(state);
    let i = this.states.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  pop(): number {
    const top = this.states[0]!;
    const last = this.states.length - 1;
    this.swap(0, last);
    this.keys.pop();
    this.order.pop();
    this.states.pop();
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let smallest = i;
      if (l < last && this.less(l, smallest)) smallest = l;
      if (r < last && this.less(r, smallest)) smallest = r;
      if (smallest === i) break;
      this.swap(i, smallest);
      i = smallest;
    }
    return top;
  }
}

interface End {
  side: Side;
  port: Point;
  node: number;
  /** The length of the short step between the port and its grid point. */
  stub: number;
}

function ends(rect: Rect, offsets: Record<Side, number>, grid: Grid): End[] {
  const nx = grid.xs.length;
  const found: End[] = [];
  for (const side of SIDES) {
    const port = sidePort(rect, side);
    const step = OUTWARD[side];
    const offset = offsets[side];
    const x = port.x + DX[step]! * offset;
    const y = port.y + DY[step]! * offset;
    const i = firstAbove(grid.xs, x, false);
    const j = firstAbove(grid.ys, y, false);
    if (grid.xs[i] !== x || grid.ys[j] !== y || grid.blocked[j * nx + i]) continue;
    found.push({ side, port, node: j * nx + i, stub: offset });
  }
  return found;
}

/** Drops the middle one of three points in a straight line, and repeated points. */
export function straighten(points: readonly Point[]): Point[] {
  const kept: Point[] = [];
  for (const point of points) {
    const last = kept[kept.length - 1];
    if (last && last.x === point.x && last.y === point.y) continue;
    const before = kept[kept.length - 2];
    if (
      before &&
      last &&
      ((before.x === last.x && last.x === point.x) || (before.y === last.y && last.y === point.y))
    ) {
      kept[kept.length - 1] = point;
    } else kept.push(point);
  }
  return kept;
}

/**
 * The cheapest orthogonal line from a side of `from` to a side of `to` that crosses no card
 * (theirs included) and stays in bounds; null when there is none.
 */
export function routeAround(request: RouteRequest): OrthogonalRoute | null {
  const { from, to, obstacles, bounds } = request;
  const rects = [from, to, ...obstacles];
  const low = { x: bounds?.x ?? -Infinity, y: bounds?.y ?? -Infinity };
  const high = {
    x: bounds ? right(bounds) : Infinity,
    y: bounds ? bottom(bounds) : Infinity,
  };
  const offsets = sideOffsets(rects, bounds);
  const xs: number[] = [];
  const ys: number[] = [];
  rects.forEach((rect, index) => {
    const o = offsets[index]!;
    xs.push(rect.x - o.left, right(rect) + o.right);
    ys.push(rect.y - o.top, bottom(rect) + o.bottom);
  });
  for (const rect of [from, to]) {
    xs.push(rect.x + rect.width / 2);
    ys.push(rect.y + rect.height / 2);
  }
  const grid = buildGrid(rects, sortedUnique(xs, low.x, high.x), sortedUnique(ys, low.y, high.y));
  const plate = request.label;
  if (plate) {
    const nx = grid.xs.length;
    const holdsRight = new Uint8Array(nx * grid.ys.length);
    const holdsDown = new Uint8Array(nx * grid.ys.length);
    markHolds(grid.ys, grid.xs, rects, 'x', plate, (j, i) => (holdsRight[j * nx + i] = 1));
    markHolds(grid.xs, grid.ys, rects, 'y', plate, (i, j) => (holdsDown[j * nx + i] = 1));
    // Where no step can hold the plate, the search need not look for one.
    if (holdsRight.includes(1) || holdsDown.includes(1))
      Object.assign(grid, { holdsRight, holdsDown });
  }
  const starts = ends(from, offsets[0]!, grid);
  const goals = ends(to, offsets[1]!, grid);
  if (starts.length === 0 || goals.length === 0) return null;
  return search(grid, starts, goals);
}

/**
 * The search's tables, kept from one search to the next: a large map routes a hundred connectors
 * at a time, and fresh tables for each would keep the garbage collector busy. An entry belongs to
 * the current search only while its mark is the search's mark.
 */
const tables = {
  cost: new Float64Array(0),
  parent: new Int32Array(0),
  seen: new Uint32Array(0),
  done: new Uint32Array(0),
  mark: 0,
};

function scratch(size: number) {
  if (tables.cost.length < size || tables.mark >= 0xfffffff0) {
    const length = Math.max(size, 2 * tables.cost.length);
    tables.cost = new Float64Array(length);
    tables.parent = new Int32Array(length);
    tables.seen = new Uint32Array(length);
    tables.done = new Uint32Array(length);
    tables.mark = 0;
  }
  tables.mark += 1;
  return tables;
}

/** A search state: a grid point, the heading the line arrived with, and whether it can hold its label. */
const stateOf = (node: number, heading: number, holds: number) => (node * 4 + heading) * 2 + holds;

function search(grid: Grid, starts: End[], goals: End[]): OrthogonalRoute | null {
  const { xs, ys, holdsRight, holdsDown } = grid;
  const nx = xs.length;
  const ny = ys.length;
  const states = nx * ny * 8;
  // Reaching the target through goal g is state `states + g`.
  const { cost, parent, seen, done, mark } = scratch(states + goals.length);
  const heap = new StateHeap();
  const goalAt = new Map<number, number[]>();
  goals.forEach((goal, index) => goalAt.set(goal.node, [...(goalAt.get(goal.node) ?? []), index]));
  const goalPoints = goals.map((goal) => ({
    x: xs[goal.node % nx]!,
    y: ys[Math.floor(goal.node / nx)]!,
  }));
  const estimate = (node: number) => {
    const x = xs[node % nx]!;
    const y = ys[Math.floor(node / nx)]!;
    let best = Infinity;
    for (const goal of goalPoints)
      best = Math.min(best, Math.abs(x - goal.x) + Math.abs(y - goal.y));
    return best;
  };
  const offer = (state: number, value: number, from: number, rest: number) => {
    if (seen[state] !== mark) seen[state] = mark;
    else if (value >= cost[state]!) return;
    cost[state] = value;
    parent[state] = from;
    heap.push(value + rest, state);
  };
  // Without a label, every line holds it already.
  const unlabelled = holdsRight ? 0 : 1;
  const startOf = new Map<number, End>();
  for (const start of starts) {
    const state = stateOf(start.node, OUTWARD[start.side], unlabelled);
    startOf.set(state, start);
    offer(state, start.stub + ROUTE.sideCost[start.side], -2, estimate(start.node));
  }
  while (heap.size > 0) {
    const state = heap.pop();
    if (done[state] === mark) continue;
    done[state] = mark;
    if (state >= states) return trace(grid, state, states, parent, startOf, goals);
    const node = state >> 3;
    const heading = (state >> 1) & 3;
    const holds = state & 1;
    const here = cost[state]!;
    for (const index of goalAt.get(node) ?? []) {
      const goal = goals[index]!;
      const inward = (OUTWARD[goal.side] + 2) % 4;
      if (heading === OUTWARD[goal.side]) continue;
      const turn = heading === inward ? 0 : ROUTE.bendCost;
      const miss = holds ? 0 : ROUTE.labelMissCost;
      offer(states + index, here + turn + miss + goal.stub + ROUTE.sideCost[goal.side], state, 0);
    }
    const i = node % nx;
    const j = (node - i) / nx;
    for (let next = 0; next < 4; next++) {
      if (next === (heading + 2) % 4) continue;
      const ni = i + DX[next]!;
      const nj = j + DY[next]!;
      if (ni < 0 || nj < 0 || ni >= nx || nj >= ny) continue;
      const target = nj * nx + ni;
      if (grid.blocked[target]) continue;
      const across = DX[next] !== 0;
      const step = across ? j * nx + Math.min(i, ni) : Math.min(j, nj) * nx + i;
      if (across ? grid.blockedRight[step] : grid.blockedDown[step]) continue;
      const held = holds || (across ? holdsRight?.[step] : holdsDown?.[step]) ? 1 : 0;
      const length = Math.abs(xs[ni]! - xs[i]!) + Math.abs(ys[nj]! - ys[j]!);
      const turn = next === heading ? 0 : ROUTE.bendCost;
      offer(stateOf(target, next, held), here + length + turn, state, estimate(target));
    }
  }
  return null;
}

function trace(
  grid: Grid,
  finish: number,
  states: number,
  parent: Int32Array,
  startOf: Map<number, End>,
  goals: End[],
): OrthogonalRoute {
  const nx = grid.xs.length;
  const goal = goals[finish - states]!;
  const nodes: Point[] = [goal.port];
  let state = parent[finish]!;
  let first = state;
  while (state >= 0) {
    const node = state >> 3;
    nodes.push({ x: grid.xs[node % nx]!, y: grid.ys[Math.floor(node / nx)]! });
    first = state;
    state = parent[state]!;
  }
  const start = startOf.get(first)!;
  nodes.push(start.port);
  return { points: straighten(nodes.reverse()), fromSide: start.side, toSide: goal.side };
}

/**
 * A plain line for when no way around the cards exists (cards that overlap, say): out of the
 * source's right side, into the target's left, with square steps.
 */
export function directRoute(from: Rect, to: Rect): OrthogonalRoute {
  const start = sidePort(from, 'right');
  const end = sidePort(to, 'left');
  const middle = end.x >= start.x + 2 * ROUTE.clearance ? (start.x + end.x) / 2 : null;
  const points =
    middle !== null
      ? [start, { x: middle, y: start.y }, { x: middle, y: end.y }, end]
      : [
          start,
          { x: start.x + ROUTE.clearance, y: start.y },
          { x: start.x + ROUTE.clearance, y: (start.y + end.y) / 2 },
          { x: end.x - ROUTE.clearance, y: (start.y + end.y) / 2 },
          { x: end.x - ROUTE.clearance, y: end.y },
          end,
        ];
  return { points: straighten(points), fromSide: 'right', toSide: 'left' };
}
