// One slide read as PowerPoint shows it: its title, every shape's text (placeholders, text boxes, shapes, groups),
// tables, pictures with their alt text, charts and SmartArt as words, and what cannot be carried, each as a loss.
// reading-order.ts then puts the pieces in the order a reader takes them in.

import { A, byTag, child, P, R } from '../template/ooxml.js';
import { type Parts, parseXml, type Relationship, relationshipsOf } from '../template/package.js';
import { graphicOf } from './graphics.js';
import { escapeText } from './inline.js';
import { notesOf } from './notes.js';
import { blocksInOrder, type Piece } from './reading-order.js';
import { type Inheritance, type PlacedShape, placedShapes } from './shapes.js';
import { tableOf } from './table.js';
import { paragraphsOf, type TextContext } from './text.js';
import type { ImportedSlide, Loss } from './types.js';

const FURNITURE = new Set(['dt', 'ftr', 'sldNum', 'hdr']);

export interface SlideSource {
  parts: Parts;
  part: string;
  number: number;
  hidden: boolean;
  layoutType?: string;
  inheritance: Inheritance;
  /** Typefaces seen, for the report. */
  fonts: Set<string>;
  /** The deck was built by workshop-kit: its own decorations and markers are known (built.ts). */
  builtByKit: boolean;
}

interface Reading {
  title?: { markdown: string; plain: string };
  subtitle?: string;
  pieces: Piece[];
  losses: Loss[];
  drawn: number;
  counted: number;
  progress?: string;
}

/** The slide's title, blocks in reading order, notes and losses. */
export function readSlide(source: SlideSource): ImportedSlide {
  const root = parseXml(source.parts, source.part);
  const rels = relationshipsOf(source.parts, source.part);
  const reading: Reading = { pieces: [], losses: [], drawn: 0, counted: 0 };
  const shapes = placedShapes(root, source.inheritance);
  shapes.forEach((shape, index) => readShape(shape, index, source, rels, reading));
  const at = source.number;
  if (reading.drawn > 0 && !source.builtByKit)
    reading.losses.push({
      slide: at,
      kind: 'geometry',
      drawn: reading.drawn,
      message: `${reading.drawn} drawn shape${reading.drawn === 1 ? '' : 's'} without text (arrows, lines, boxes)`,
    });
  const animations = [...byTag(root, P, 'cTn')].filter((c) => c.hasAttribute('presetClass')).length;
  if (animations > 0)
    reading.losses.push({
      slide: at,
      kind: 'animation',
      message: `${animations} animation${animations === 1 ? '' : 's'}: the slide shows everything at once; split it with \`---\` where the build-up mattered`,
    });
  const { blocks, carried, losses } = blocksInOrder(reading.pieces, at);
  const notes = notesOf(source.parts, rels, { rels: [], fonts: source.fonts });
  return {
    number: at,
    hidden: source.hidden,
    ...(source.layoutType ? { layoutType: source.layoutType } : {}),
    ...(reading.title ? { title: reading.title.markdown, titlePlain: reading.title.plain } : {}),
    ...(reading.subtitle ? { subtitle: reading.subtitle } : {}),
    blocks,
    notes: notes.blocks,
    ...(notes.minutes !== undefined ? { minutes: notes.minutes } : {}),
    counted: { paragraphs: reading.counted, carried },
    losses: [...reading.losses, ...losses],
    ...(reading.progress !== undefined ? { progress: reading.progress } : {}),
  };
}

function readShape(
  shape: PlacedShape,
  index: number,
  source: SlideSource,
  rels: readonly Relationship[],
  reading: Reading,
): void {
  if (shape.ph && FURNITURE.has(shape.ph.type)) return;
  const context: TextContext = { rels, fonts: source.fonts, ...(shape.inherited ? { inherited: shape.inherited } : {}) };
  const base = { index, ...(shape.frame ? { frame: shape.frame } : {}) };
  if (shape.kind === 'sp') {
    const paragraphs = paragraphsOf(child(shape.el, P, 'txBody'), context);
    if (shape.hidden) return hiddenShape(paragraphs.map((p) => p.plain), source.number, reading);
    if (source.builtByKit && shape.name === 'Progress') {
      reading.progress = paragraphs.map((p) => p.plain).join(' ');
      return;
    }
    if (paragraphs.length === 0) return pictureFill(shape, base, source, rels, reading);
    const type = shape.ph?.type;
    if ((type === 'title' || type === 'ctrTitle') && !reading.title) {
      const plain = paragraphs.map((p) => p.plain).join(' ');
      reading.title = { markdown: escapeText(plain), plain };
      return;
    }
    reading.counted += paragraphs.length;
    if (type === 'subTitle' && !reading.subtitle && paragraphs.length === 1 && source.layoutType === 'title') {
      reading.subtitle = paragraphs[0]!.plain;
      reading.counted--;
      return;
    }
    reading.pieces.push({ ...base, kind: 'text', paragraphs, grouped: shape.grouped, placeholder: !!shape.ph });
    return;
  }
  if (shape.hidden) return;
  if (shape.kind === 'pic') return picture(shape, base, source, rels, reading);
  if (shape.kind === 'graphicFrame') return graphicFrame(shape, base, source, rels, context, reading);
  if (shape.kind === 'cxnSp') reading.drawn++;
  if (shape.kind === 'contentPart')
    reading.losses.push({
      slide: source.number,
      kind: 'geometry',
      message: 'ink (a drawing made with a pen) is not carried; write what it says in a bullet',
    });
}

function hiddenShape(texts: string[], slide: number, reading: Reading): void {
  for (const quote of texts)
    reading.losses.push({
      slide,
      kind: 'text',
      message: 'text in a shape hidden in PowerPoint (Selection Pane) is left out, as it never shows',
      quote,
    });
}

/** A shape without text: a picture where its fill is one, else a drawn shape the report counts. */
function pictureFill(
  shape: PlacedShape,
  base: { index: number; frame?: Piece['frame'] },
  source: SlideSource,
  rels: readonly Relationship[],
  reading: Reading,
): void {
  const blip = child(child(child(shape.el, P, 'spPr'), A, 'blipFill'), A, 'blip');
  if (blip) return picture(shape, base, source, rels, reading, blip);
  if (!shape.ph) reading.drawn++;
}

function picture(
  shape: PlacedShape,
  base: { index: number; frame?: Piece['frame'] },
  source: SlideSource,
  rels: readonly Relationship[],
  reading: Reading,
  blip = child(child(shape.el, P, 'blipFill'), A, 'blip'),
): void {
  const at = source.number;
  const nvPr = child(child(shape.el, P, 'nvPicPr'), P, 'nvPr');
  const media = nvPr && ['videoFile', 'audioFile', 'quickTimeFile'].some((m) => child(nvPr, A, m));
  if (media || (nvPr && [...byTag(nvPr, 'http://schemas.microsoft.com/office/powerpoint/2010/main', 'media')].length)) {
    reading.losses.push({
      slide: at,
      kind: 'media',
      message: `a video or sound${shape.descr ? ` (“${shape.descr}”)` : ''} is not carried; play it from its own file, and say so in the notes`,
    });
    return;
  }
  const id = blip?.getAttributeNS(R, 'embed');
  const part = rels.find((r) => r.id === id)?.target;
  if (!part || !source.parts[part]) {
    const linked = blip?.getAttributeNS(R, 'link');
    reading.losses.push({
      slide: at,
      kind: 'picture',
      message: linked
        ? 'a picture linked from outside the file (not embedded) is not carried; insert it into the slide in PowerPoint, or add it to assets/ and the module'
        : 'a picture whose image is missing from the file is not carried',
    });
    return;
  }
  if (source.builtByKit && /logo/i.test(shape.name)) return;
  const alt = shape.descr;
  reading.pieces.push({
    ...base,
    kind: 'picture',
    picture: { part, alt: alt ?? '', ...(alt ? {} : { altMissing: true as const }) },
  });
}

function graphicFrame(
  shape: PlacedShape,
  base: { index: number; frame?: Piece['frame'] },
  source: SlideSource,
  rels: readonly Relationship[],
  context: TextContext,
  reading: Reading,
): void {
  const at = source.number;
  const data = child(child(shape.el, A, 'graphic'), A, 'graphicData');
  const tbl = data ? child(data, A, 'tbl') : undefined;
  if (tbl) {
    const table = tableOf(tbl, context);
    reading.counted += table.paragraphs.length;
    if (table.block) reading.pieces.push({ ...base, kind: 'table', block: table.block, paragraphs: table.paragraphs.length });
    if (table.merged > 0)
      reading.losses.push({
        slide: at,
        kind: 'table',
        message: `a table with ${table.merged} merged cell${table.merged === 1 ? '' : 's'}: Markdown tables have none, so each merged cell's text is in its first cell and the cells it covered are empty; check the table reads right`,
      });
    return;
  }
  const graphic = data ? graphicOf(data, source.parts, rels, context) : undefined;
  if (graphic) {
    reading.counted += graphic.paragraphs.length;
    if (graphic.paragraphs.length) reading.pieces.push({ ...base, kind: 'text', paragraphs: graphic.paragraphs, grouped: false, placeholder: false });
    reading.losses.push({
      slide: at,
      kind: graphic.kind,
      message:
        graphic.kind === 'chart'
          ? `a ${graphic.what} chart: its title, series and categories are kept as a list, its data and drawing are not; put in a picture of the chart (in PowerPoint: right-click › Save as Picture) or make its numbers a table`
          : 'a SmartArt graphic: its text is kept as a list, its drawing is not; make it a picture (right-click › Save as Picture) if the shape mattered',
    });
    return;
  }
  const what = data?.getAttribute('uri')?.split('/').pop() ?? 'object';
  reading.losses.push({
    slide: at,
    kind: 'media',
    message: `an embedded ${what === 'ole' ? 'object (a spreadsheet, a document)' : `graphic (${what})`} is not carried; put in a picture of it, or its words as text`,
  });
}

