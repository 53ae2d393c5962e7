// Draws a planned deck (slidePlan.ts) with pptxgenjs, loaded only when a deck is made. Every text
// stays a native text box and every curve a native shape, so the deck can be edited in
// PowerPoint, Keynote or Google Slides.
import type PptxGenJSClass from 'pptxgenjs';
import { cleanText } from '../../model';
import {
  BOX_MARGIN_PT,
  type ImageBox,
  type LineBox,
  type PlannedSlide,
  type ShapeBox,
  type TextBox,
} from './slideBoxes';

/** pptxgenjs wants colours without the leading #. */
const hex = (color: string) => color.replace(/^#/, '').toUpperCase();

/** Names and texts lose what slide XML cannot hold: one control character would spoil the deck. */
const safe = (text: string) => cleanText(text);

function runsOf(box: TextBox) {
  return box.runs.map((run) => ({
    text: safe(run.text),
    options: {
      bold: run.bold,
      italic: run.italic,
      color: run.color ? hex(run.color) : undefined,
      fontSize: run.fontSize,
      bullet: run.bullet,
      breakLine: run.breakLine,
    },
  }));
}

export interface DeckFile {
  title: string;
  /** The overview picture as a PNG (or JPEG) data URL, for the overview slide's image box. */
  overviewPng: string | null;
  /** The user's logo as a PNG, JPEG or SVG data URL. */
  logo?: string | null;
}

type Pptx = InstanceType<typeof PptxGenJSClass>;
type Slide = ReturnType<Pptx['addSlide']>;

function drawShape(pptx: Pptx, slide: Slide, box: ShapeBox) {
  slide.addShape(box.shape === 'ellipse' ? pptx.ShapeType.ellipse : pptx.ShapeType.rect, {
    x: box.x,
    y: box.y,
    w: box.w,
    h: box.h,
    objectName: box.name ? safe(box.name) : undefined,
    fill: box.fill ? { color: hex(box.fill) } : { type: 'none' },
    line: box.line ? { color: hex(box.line), width: box.lineWidth ?? 1 } : { type: 'none' },
  });
}

/** pptxgenjs draws custom geometry ("custGeom") but its shape-name type does not list it. */
const CUSTOM_GEOMETRY = 'custGeom' as unknown as Parameters<Slide['addShape']>[0];

/** A line through points: one custom-geometry shape, editable point by point in PowerPoint. */
function drawLine(slide: Slide, box: LineBox) {
  slide.addShape(CUSTOM_GEOMETRY, {
    x: box.x,
    y: box.y,
    w: box.w,
    h: box.h,
    objectName: box.name ? safe(box.name) : undefined,
    points: box.points.map((point, index) => ({ x: point.x, y: point.y, moveTo: index === 0 })),
    fill: { type: 'none' },
    line: { color: hex(box.color), width: box.width, dashType: box.dashed ? 'dash' : 'solid' },
  });
}

function drawImage(slide: Slide, box: ImageBox, file: DeckFile) {
  const data = box.source === 'overview' ? file.overviewPng : file.logo;
  if (!data) return;
  slide.addImage({
    x: box.x,
    y: box.y,
    w: box.w,
    h: box.h,
    data,
    objectName: box.name ? safe(box.name) : undefined,
  });
}

function drawText(slide: Slide, box: TextBox) {
  slide.addText(runsOf(box), {
    x: box.x,
    y: box.y,
    w: box.w,
    h: box.h,
    objectName: box.name ? safe(box.name) : undefined,
    fontSize: box.fontSize,
    color: hex(box.color),
    align: box.align ?? 'left',
    valign: box.valign ?? 'top',
    margin: BOX_MARGIN_PT,
    fill: box.fill ? { color: hex(box.fill) } : undefined,
    line: box.line ? { color: hex(box.line), width: 1.25 } : undefined,
    // A safety net: PowerPoint shrinks the text if an edit makes it overflow.
    fit: 'shrink',
  });
}

/** The deck as a .pptx blob. */
export async function writeDeck(slides: readonly PlannedSlide[], file: DeckFile): Promise<Blob> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = safe(file.title);
  pptx.company = 'Parcours';
  for (const planned of slides) {
    const slide = pptx.addSlide();
    slide.background = { color: 'FFFFFF' };
    if (planned.numbered) {
      slide.slideNumber = {
        x: 12.23,
        y: 7.1,
        w: 0.6,
        h: 0.3,
        fontSize: 10,
        color: '52606D',
        align: 'right',
      };
    }
    for (const box of planned.boxes) {
      if (box.type === 'image') drawImage(slide, box, file);
      else if (box.type === 'shape') drawShape(pptx, slide, box);
      else if (box.type === 'line') drawLine(slide, box);
      else drawText(slide, box);
    }
  }
  const blob = await pptx.write({ outputType: 'blob' });
  if (!(blob instanceof Blob)) throw new Error('The PowerPoint file could not be written.');
  return blob;
}
