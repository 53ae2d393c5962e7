// A scene: a picture of a journey (or a persona sheet) as plain drawing primitives, built from the
// model by a pure function. Every whole-map export writes the same scene: SVG, PNG (the SVG
// rasterised), PDF (vector) and the deck's overview picture. Coordinates are CSS pixels at 1×,
// y pointing down, like the canvas.

export type FontWeight = 400 | 600 | 700;

/** Measures the width of one line of text, in pixels. Injected: the browser measures with the
 * bundled Inter font; unit tests use a deterministic measurer. */
export type TextMeasurer = (text: string, size: number, weight: FontWeight) => number;

export interface SceneRect {
  type: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  /** Null: not filled. */
  fill: string | null;
  /** Null: no outline. */
  stroke: string | null;
  strokeWidth: number;
  radius: number;
}

export interface SceneText {
  type: 'text';
  /** The anchor point of every line: its left, centre or right, per `align`. */
  x: number;
  /** The baseline of the first line. */
  y: number;
  /** Already wrapped and cut to fit: writers draw each line as it is, never wrap again. */
  lines: string[];
  size: number;
  weight: FontWeight;
  italic: boolean;
  color: string;
  /** The distance between two baselines. */
  lineHeight: number;
  align: 'start' | 'middle' | 'end';
  /** Extra space between letters, in pixels (0 for most text). */
  letterSpacing: number;
}

/** A path in absolute coordinates: move, line, cubic Bézier, close. */
export type PathCommand =
  | { op: 'M'; x: number; y: number }
  | { op: 'L'; x: number; y: number }
  | { op: 'C'; x1: number; y1: number; x2: number; y2: number; x: number; y: number }
  | { op: 'Z' };

export interface ScenePath {
  type: 'path';
  commands: PathCommand[];
  stroke: string | null;
  strokeWidth: number;
  fill: string | null;
  /** Dash and gap lengths; null: a solid line. */
  dash: number[] | null;
  /** Round caps and joins (curves), else square (connectors). */
  round: boolean;
}

export interface SceneCircle {
  type: 'circle';
  cx: number;
  cy: number;
  r: number;
  fill: string | null;
  stroke: string | null;
  strokeWidth: number;
}

export interface SceneImage {
  type: 'image';
  x: number;
  y: number;
  width: number;
  height: number;
  /** A data: URL (PNG or JPEG). */
  href: string;
  /** Clipped to a circle (avatars). */
  round: boolean;
}

export type SceneItem = SceneRect | SceneText | ScenePath | SceneCircle | SceneImage;

export interface Scene {
  width: number;
  height: number;
  /** Drawn in order: later items over earlier ones. */
  items: SceneItem[];
  /** The title of the picture (SVG <title>, PDF title). */
  title: string;
}
