// Draws a scene on a PDF page with jsPDF's own vector operators: rectangles (rounded), paths (lines,
// cubic curves, dashes, round caps), circles, pictures, and text as real PDF text in the embedded
// Inter faces, so it can be selected, searched and copied. The scene's CSS pixels are mapped onto
// the page by a placement (offset and scale) from the page plan.
import type { jsPDF } from 'jspdf';
import type {
  PathCommand,
  Scene,
  SceneImage,
  SceneItem,
  SceneText,
  TextMeasurer,
} from '../../scene/types';
import { faceName, faceOf } from './pdfFonts';

/** Where a scene lands on its page: its top-left corner and points per scene pixel. */
export interface Placement {
  x: number;
  y: number;
  scale: number;
}

type Rgb = [number, number, number];

/** A #rgb or #rrggbb colour as numbers; null for anything else (not drawn). */
export function rgbOf(color: string | null): Rgb | null {
  if (color === null) return null;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(color);
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  const parts = long ? long.slice(1) : short ? short.slice(1).map((part) => part + part) : null;
  return parts ? (parts.map((part) => parseInt(part, 16)) as Rgb) : null;
}

class ScenePainter {
  constructor(
    private readonly doc: jsPDF,
    private readonly at: Placement,
    private readonly measure: TextMeasurer,
  ) {}

  private x(value: number) {
    return this.at.x + value * this.at.scale;
  }
  private y(value: number) {
    return this.at.y + value * this.at.scale;
  }
  private size(value: number) {
    return value * this.at.scale;
  }

  /** Sets the fill and outline; returns jsPDF's paint style, or null when nothing shows. */
  private paint(fill: string | null, stroke: string | null, strokeWidth: number) {
    const fillRgb = rgbOf(fill);
    const strokeRgb = strokeWidth > 0 ? rgbOf(stroke) : null;
    if (fillRgb) this.doc.setFillColor(...fillRgb);
    if (strokeRgb) {
      this.doc.setDrawColor(...strokeRgb);
      this.doc.setLineWidth(this.size(strokeWidth));
    }
    if (fillRgb && strokeRgb) return 'FD';
    if (fillRgb) return 'F';
    if (strokeRgb) return 'S';
    return null;
  }

  draw(item: SceneItem) {
    switch (item.type) {
      case 'rect': {
        const style = this.paint(item.fill, item.stroke, item.strokeWidth);
        if (!style || item.width <= 0 || item.height <= 0) return;
        const [x, y, w, h] = [
          this.x(item.x),
          this.y(item.y),
          this.size(item.width),
          this.size(item.height),
        ];
        const radius = Math.min(this.size(item.radius), w / 2, h / 2);
        if (radius > 0) this.doc.roundedRect(x, y, w, h, radius, radius, style);
        else this.doc.rect(x, y, w, h, style);
        return;
      }
      case 'circle': {
        const style = this.paint(item.fill, item.stroke, item.strokeWidth);
        if (style && item.r > 0)
          this.doc.circle(this.x(item.cx), this.y(item.cy), this.size(item.r), style);
        return;
      }
      case 'path':
        this.path(item.commands, item.fill, item.stroke, item.strokeWidth, item.dash, item.round);
        return;
      case 'text':
        this.text(item);
        return;
      case 'image':
        this.image(item);
        return;
    }
  }

  private trace(commands: readonly PathCommand[]) {
    for (const command of commands) {
      switch (command.op) {
        case 'M':
          this.doc.moveTo(this.x(command.x), this.y(command.y));
          break;
        case 'L':
          this.doc.lineTo(this.x(command.x), this.y(command.y));
          break;
        case 'C':
          this.doc.curveTo(
            this.x(command.x1),
            this.y(command.y1),
            this.x(command.x2),
            this.y(command.y2),
            this.x(command.x),
            this.y(command.y),
          );
          break;
        case 'Z':
          this.doc.close();
          break;
      }
    }
  }

  private path(
    commands: readonly PathCommand[],
    fill: string | null,
    stroke: string | null,
    strokeWidth: number,
    dash: readonly number[] | null,
    round: boolean,
  ) {
    if (commands[0]?.op !== 'M') return;
    const style = this.paint(fill, stroke, strokeWidth);
    if (!style) return;
    const doc = this.doc;
    if (style !== 'F') {
      doc.setLineCap(round ? 'round' : 'butt');
      doc.setLineJoin(round ? 'round' : 'miter');
      if (dash)
        doc.setLineDashPattern(
          dash.map((length) => this.size(length)),
          0,
        );
    }
    this.trace(commands);
    if (style === 'F') doc.fill();
    else if (style === 'S') doc.stroke();
    else doc.fillStroke();
    if (style !== 'F') {
      if (dash) doc.setLineDashPattern([], 0);
      doc.setLineCap('butt');
      doc.setLineJoin('miter');
    }
  }

  private text(item: SceneText) {
    const color = rgbOf(item.color) ?? [0, 0, 0];
    const face = faceOf(item.weight, item.italic);
    const doc = this.doc;
    doc.setFont(faceName(face), 'normal');
    doc.setFontSize(this.size(item.size));
    doc.setTextColor(...color);
    const charSpace = this.size(item.letterSpacing);
    item.lines.forEach((line, index) => {
      if (!line.trim()) return;
      let x = item.x;
      if (item.align !== 'start') {
        const width =
          this.measure(line, item.size, item.weight) +
          item.letterSpacing * Math.max(0, Array.from(line).length - 1);
        x -= item.align === 'middle' ? width / 2 : width;
      }
      doc.text(line, this.x(x), this.y(item.y + index * item.lineHeight), {
        baseline: 'alphabetic',
        ...(charSpace ? { charSpace } : {}),
      });
    });
  }

  private image(item: SceneImage) {
    const doc = this.doc;
    const [x, y, w, h] = [
      this.x(item.x),
      this.y(item.y),
      this.size(item.width),
      this.size(item.height),
    ];
    try {
      const format = /^data:image\/jpe?g/i.test(item.href) ? 'JPEG' : 'PNG';
      const picture = doc.getImageProperties(item.href);
      // Fills its box, cropped in the middle (preserveAspectRatio="xMidYMid slice").
      const cover = Math.max(w / picture.width, h / picture.height);
      const [drawnW, drawnH] = [picture.width * cover, picture.height * cover];
      doc.saveGraphicsState();
      if (item.round) {
        const r = Math.min(w, h) / 2;
        ellipsePath(doc, x + w / 2, y + h / 2, r);
      } else {
        doc
          .moveTo(x, y)
          .lineTo(x + w, y)
          .lineTo(x + w, y + h)
          .lineTo(x, y + h)
          .close();
      }
      doc.clip();
      doc.discardPath();
      doc.addImage(item.href, format, x + (w - drawnW) / 2, y + (h - drawnH) / 2, drawnW, drawnH);
      doc.restoreGraphicsState();
    } catch {
      // A picture the PDF cannot read is left out rather than failing the whole file.
    }
  }
}

/** A circle as four Bézier arcs, left open for clipping. */
function ellipsePath(doc: jsPDF, cx: number, cy: number, r: number) {
  const k = 0.5522847498 * r;
  doc.moveTo(cx + r, cy);
  doc.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
  doc.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
  doc.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
  doc.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
  doc.close();
}

/** Draws every item of the scene on the current page, in order. */
export function drawScene(doc: jsPDF, scene: Scene, at: Placement, measure: TextMeasurer): void {
  const painter = new ScenePainter(doc, at, measure);
  for (const item of scene.items) painter.draw(item);
}
