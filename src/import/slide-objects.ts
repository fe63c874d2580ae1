// The objects of a slide besides its text: pictures (a picture fill included), and graphic frames: tables, charts and
// SmartArt as words, anything else (an embedded object) as a loss. slide.ts reads the text and calls these.

import type { Element as XmlElement } from '@xmldom/xmldom';
import { A, byTag, child, P, R } from '../template/ooxml.js';
import type { Parts, Relationship } from '../template/package.js';
import { graphicOf } from './graphics.js';
import type { KitAgenda, KitLine } from './kit-furniture.js';
import type { Piece } from './reading-order.js';
import type { Inheritance, PlacedShape } from './shapes.js';
import { tableOf } from './table.js';
import type { TextContext } from './text.js';
import type { Frame, Loss } from './types.js';

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
  /** The deck reads as one workshop-kit built, though its package no longer says so: its agenda (kit-furniture.ts). */
  kit?: KitAgenda;
}

/** What a slide's reading has gathered so far. */
export interface Reading {
  title?: { markdown: string; plain: string; centred: boolean; frame?: Frame };
  subtitle?: string;
  pieces: Piece[];
  losses: Loss[];
  /** Drawn shapes without text. */
  drawn: number;
  /** Paragraphs of slide text seen. */
  counted: number;
  progress?: string;
  kitLines?: { line: KitLine; text: string }[];
}

/** Where a piece comes in the shape tree, and its frame. */
export type Base = { index: number; frame?: Piece['frame'] };

/** A shape without text: a picture where its fill is one, else a drawn shape the report counts. */
export function pictureFill(
  shape: PlacedShape,
  base: Base,
  source: SlideSource,
  rels: readonly Relationship[],
  reading: Reading,
): void {
  const blip = child(child(child(shape.el, P, 'spPr'), A, 'blipFill'), A, 'blip');
  if (blip) return picture(shape, base, source, rels, reading, blip);
  if (!shape.ph) reading.drawn++;
}

export function picture(
  shape: PlacedShape,
  base: Base,
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
  const crop = child(blip?.parentNode as XmlElement | undefined, A, 'srcRect');
  if (crop && ['l', 't', 'r', 'b'].some((side) => Number(crop.getAttribute(side) ?? 0) !== 0))
    reading.losses.push({
      slide: at,
      kind: 'picture',
      message: `a picture cropped in PowerPoint${shape.descr ? ` (“${shape.descr}”)` : ''} is carried whole; crop the file in assets/ if the crop mattered`,
    });
  const alt = shape.descr;
  reading.pieces.push({
    ...base,
    kind: 'picture',
    picture: { part, alt: alt ?? '', ...(alt ? {} : { altMissing: true as const }) },
  });
}

export function graphicFrame(
  shape: PlacedShape,
  base: Base,
  source: SlideSource,
  rels: readonly Relationship[],
  context: TextContext,
  reading: Reading,
): void {
  const at = source.number;
  const data = child(child(shape.el, A, 'graphic'), A, 'graphicData');
  const tbl = data ? child(data, A, 'tbl') : undefined;
  if (tbl) return tableFrame(tbl, base, at, context, reading, source.builtByKit && /^Comparison \d+$/.test(shape.name));
  const graphic = data ? graphicOf(data, source.parts, rels, context) : undefined;
  if (graphic) {
    reading.counted += graphic.paragraphs.length;
    if (graphic.paragraphs.length)
      reading.pieces.push({
        ...base,
        kind: 'text',
        paragraphs: graphic.paragraphs,
        grouped: false,
        placeholder: false,
      });
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

/** A table: a Markdown table (or, of one row, its cells as paragraphs), its merged cells reported. */
function tableFrame(
  tbl: XmlElement,
  base: Base,
  at: number,
  context: TextContext,
  reading: Reading,
  comparison: boolean,
): void {
  const table = tableOf(tbl, context);
  reading.counted += table.paragraphs.length;
  if (table.block)
    reading.pieces.push({
      ...base,
      kind: 'table',
      block: { ...table.block, ...(comparison ? { comparison: true as const } : {}) },
      paragraphs: table.paragraphs.length,
    });
  if (table.cells) {
    reading.pieces.push({ ...base, kind: 'text', paragraphs: table.cells, grouped: false, placeholder: false });
    reading.losses.push({
      slide: at,
      kind: 'table',
      message: 'a table of one row: its cells are paragraphs, as a table needs rows under its header',
    });
  }
  if (table.merged > 0)
    reading.losses.push({
      slide: at,
      kind: 'table',
      message: `a table with ${table.merged} merged cell${table.merged === 1 ? '' : 's'}: Markdown tables have none, so each merged cell's text is in its first cell and the cells it covered are empty; check the table reads right`,
    });
}
