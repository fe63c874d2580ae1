// One slide read as PowerPoint shows it: its title, every shape's text (placeholders, text boxes, shapes, groups),
// tables, pictures with their alt text, charts and SmartArt as words, and what cannot be carried, each as a loss.
// reading-order.ts then puts the pieces in the order a reader takes them in.

import { byTag, child, P } from '../template/ooxml.js';
import { parseXml, type Relationship, relationshipsOf } from '../template/package.js';
import { headingBoxPoints } from './headings.js';
import { escapeLineStart, escapeText } from './inline.js';
import { kitLine } from './kit-furniture.js';
import { notesOf } from './notes.js';
import { blocksInOrder } from './reading-order.js';
import { type PlacedShape, placedShapes } from './shapes.js';
import { graphicFrame, picture, pictureFill, type Reading, type SlideSource } from './slide-objects.js';
import { paragraphsOf, type TextContext } from './text.js';
import type { ImportedSlide } from './types.js';

export type { SlideSource } from './slide-objects.js';

const FURNITURE = new Set(['dt', 'ftr', 'sldNum', 'hdr']);

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
    ...(reading.title?.centred ? { centredTitle: true as const } : {}),
    ...(reading.title?.frame ? { titleFrame: reading.title.frame } : {}),
    ...(reading.subtitle ? { subtitle: reading.subtitle } : {}),
    blocks,
    notes: notes.blocks,
    ...(notes.minutes !== undefined ? { minutes: notes.minutes } : {}),
    counted: { paragraphs: reading.counted, carried },
    losses: [...reading.losses, ...losses],
    ...(reading.progress !== undefined ? { progress: reading.progress } : {}),
    ...(reading.kitLines ? { kitLines: reading.kitLines } : {}),
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
  const context: TextContext = {
    rels,
    fonts: source.fonts,
    ...(shape.inherited ? { inherited: shape.inherited } : {}),
  };
  const base = { index, ...(shape.frame ? { frame: shape.frame } : {}) };
  if (shape.kind === 'sp') {
    const statesNone: boolean[] = [];
    let paragraphs = paragraphsOf(child(shape.el, P, 'txBody'), context, statesNone);
    const type = shape.ph?.type;
    if (type === 'body') {
      const told = headingBoxPoints(paragraphs, statesNone);
      paragraphs = told.paragraphs;
      if (told.points > 0)
        reading.losses.push({
          slide: source.number,
          kind: 'layout',
          message: `a heading box (a Comparison layout's, whose lines show no bullets) holds “${paragraphs[0]!.plain}” and ${told.points} line${told.points === 1 ? '' : 's'} its text marks as a list apart from it (as pandoc writes a column's heading and points there): ${told.points === 1 ? 'it comes' : 'they come'} back as points under it`,
        });
    }
    const isTitle = type === 'title' || type === 'ctrTitle';
    // A title hidden on the slide is still its title: PowerPoint's outline and screen readers use it.
    if (shape.hidden && !(isTitle && !reading.title))
      return hiddenShape(
        paragraphs.map((p) => p.plain),
        source.number,
        reading,
      );
    const kit = source.kit && !shape.ph ? kitLine(paragraphs, shape.frame, source.kit) : undefined;
    if (kit) {
      reading.kitLines = [...(reading.kitLines ?? []), { line: kit, text: paragraphs[0]!.plain }];
      if (kit === 'progress') reading.progress = paragraphs[0]!.plain;
      return;
    }
    if (source.builtByKit && shape.name === 'Progress') {
      reading.progress = paragraphs.map((p) => p.plain).join(' ');
      return;
    }
    if (paragraphs.length === 0) return pictureFill(shape, base, source, rels, reading);
    if (isTitle && !reading.title) {
      const plain = paragraphs.map((p) => p.plain).join(' ');
      reading.title = {
        markdown: escapeText(plain),
        plain,
        centred: type === 'ctrTitle',
        ...(shape.frame ? { frame: shape.frame } : {}),
      };
      return;
    }
    // A title slide's subtitle: the workshop's subtitle where the slide is the deck's cover (plan.ts). Lines after
    // a line break in it (an author, a date: pandoc writes them so) are lines of their own, for the report.
    if (type === 'subTitle' && !reading.subtitle && paragraphs.length === 1) {
      const lines = paragraphs[0]!.lines ?? [paragraphs[0]!.plain];
      reading.subtitle = lines[0]!;
      if (lines.length > 1)
        paragraphs = lines.map((line) => ({
          markdown: escapeLineStart(escapeText(line)),
          plain: line,
          level: 0,
          marker: 'none',
        }));
    }
    reading.counted += paragraphs.length;
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
