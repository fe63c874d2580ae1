// The PDF document shared by worksheets and guide: tagged, deterministic pdfkit setup, builder context, running furniture, bytes out.

import type { Diagnostic } from '../../diagnostics.js';
import { type Locale, say } from '../../i18n/locale.js';
import type { DocumentModel, Inline, Source } from '../../model/deck.js';
import { cjkFaceOfLanguage } from '../../text/cjk.js';
import { PRINTING_FONTS } from '../../text/printable.js';
import { isRightToLeftLanguage } from '../../text/rtl.js';
import { registerGlyphs } from './emit.js';
import { type Box, paginate } from './flow.js';
import { type Frame, Painter, type Tag } from './painter.js';
import { collectedBytes, openDocument, pageFrame } from './pdfkit-document.js';
import { accentColour, INK, PAGE, PAPER, TYPE, tint } from './style.js';
import { drawLine, layoutInlineShared, type TextLayout } from './text.js';
import type { TextStyle } from './words.js';

export type { Box, Frame, Tag };
export { Painter, paginate };

type Doc = PDFKit.PDFDocument;

/** What every builder gets: the document, the frame, colours and a text measurer that reports missing glyphs. */
export interface Ctx {
  doc: Doc;
  frame: Frame;
  /** Accent colour (brand primary, darkened for print when pale). */
  accent: string;
  /** A pale tint of the accent for header fills. */
  accentTint: string;
  /** The kit's language: the tool's words, clock times, and the document's language tag. */
  locale: Locale;
  /** The kit's language is written right to left: tables run from the right, text with no letter runs right to left. */
  rtl: boolean;
  diagnostics: Diagnostic[];
  /** The document's structure root. */
  root: Tag;
  /** Adds a structure element under `parent`; attached at once so it always ends with the document. */
  tag(
    parent: Tag,
    type: string,
    options?: { title?: string; lang?: string; alt?: string; expanded?: string; actual?: string },
  ): Tag;
  /** Lays out text, reporting characters no embedded font can draw against `source`. */
  text(content: Inline | string, style: TextStyle, width: number, source?: Source): TextLayout;
  /** Texts laid out elsewhere (a slide's drawing) that this document will draw: their glyphs are registered with its own. */
  adopt(layouts: readonly TextLayout[]): void;
}

/** Reports each character no embedded font can draw once per place it comes from, as `kind`'s diagnostic. */
export function missingGlyphReporter(kind: string, diagnostics: Diagnostic[]): (ch: string, source?: Source) => void {
  const reported = new Set<string>();
  return (ch, source) => {
    const key = `${ch}|${source?.file}:${source?.line}:${source?.column}`;
    if (reported.has(key)) return;
    reported.add(key);
    const cp = `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    diagnostics.push({
      rule: 'pdf/missing-glyph',
      message: `${kind}: character ${cp} "${ch}" has no glyph in ${PRINTING_FONTS}, so it cannot be printed; replace it or remove it`,
      ...(source ? { source } : {}),
    });
  };
}

export interface PdfOptions {
  model: DocumentModel;
  /** e.g. "Participant worksheets"; in the title, header and metadata. */
  kind: string;
  /** Page size in points, instead of the client's paper (the slides PDF is at the slides' size). */
  size?: { width: number; height: number };
}

/** A started document: builders add boxes through `ctx`, then `finish` paginates and returns the bytes. */
export interface Pdf {
  ctx: Ctx;
  painter: Painter;
  finish(boxes: readonly Box[]): Promise<Uint8Array>;
  /** Places the boxes on pages and stops there: for a caller that needs only where they fall, not the file. */
  place(boxes: readonly Box[]): void;
  /** Draws pages that place their own content (slides), with no header or footer of the document's, and returns the bytes. */
  finishPages(draw: (painter: Painter) => void): Promise<Uint8Array>;
}

/** Opens a tagged, deterministic pdfkit document on the client's paper with the embedded fonts registered. */
export function createPdf({ model, kind, size }: PdfOptions): Pdf {
  const paper = size ?? PAPER[model.client.paper] ?? PAPER.A4;
  const frame = pageFrame(paper);
  const doc = openDocument(model, kind, paper);
  const bytes = collectedBytes(doc);
  const rootEl = doc.struct('Document');
  doc.addStructure(rootEl);
  /** Every layout made for this document, so its glyphs can be registered in a fixed order before drawing. */
  const laidOut: TextLayout[] = [];
  const ctx = builderContext(doc, frame, model, kind, { el: rootEl, type: 'Document' }, laidOut);
  const painter = new Painter(doc, frame);
  const place = (boxes: readonly Box[]): void => {
    registerGlyphs(doc, laidOut);
    paginate(ctx.diagnostics, painter, boxes);
  };
  const end = (): Promise<Uint8Array> => {
    rootEl.end();
    doc.end();
    return bytes;
  };
  return {
    ctx,
    painter,
    place,
    async finish(boxes) {
      place(boxes);
      painter.runDeferred();
      drawFurniture(ctx, painter, model, kind);
      return end();
    },
    async finishPages(draw) {
      registerGlyphs(doc, laidOut);
      draw(painter);
      painter.close();
      return end();
    },
  };
}

function builderContext(
  doc: Doc,
  frame: Frame,
  model: DocumentModel,
  kind: string,
  root: Tag,
  laidOut: TextLayout[],
): Ctx {
  const diagnostics: Diagnostic[] = [];
  const reportMissing = missingGlyphReporter(kind, diagnostics);
  const face = cjkFaceOfLanguage(model.locale.tag);
  const rtl = isRightToLeftLanguage(model.locale.tag);
  const kit = { ...(face ? { cjk: face } : {}), ...(rtl ? { rtlKit: true } : {}) };
  return {
    doc,
    frame,
    accent: accentColour(model.theme.colors.primary),
    accentTint: tint(accentColour(model.theme.colors.primary), 0.14),
    locale: model.locale,
    rtl,
    diagnostics,
    root,
    tag(parent, type, options) {
      const el = doc.struct(type, options ?? {});
      parent.el.add(el);
      return { el, type };
    },
    text(content, style, width, source) {
      const runs = typeof content === 'string' ? [{ text: content }] : content;
      const layout = layoutInlineShared(runs, { ...style, ...kit }, width, (ch) => reportMissing(ch, source));
      laidOut.push(layout);
      return layout;
    },
    adopt(layouts) {
      laidOut.push(...layouts);
    },
  };
}

/** One line of furniture text, shortened with an ellipsis when it would not fit. */
function oneLine(ctx: Ctx, text: string, style: TextStyle, width: number): TextLayout {
  let t = text;
  let layout = ctx.text(t, style, width);
  while (layout.lines.length > 1 && t.length > 1) {
    t = t.slice(0, Math.max(1, Math.floor(t.length * 0.9))).trimEnd();
    layout = ctx.text(`${t}…`, style, width);
  }
  return layout;
}

/**
 * Header (document kind, running section) and footer (workshop · client, page N of M)
 * on every page but the cover, drawn last because M is only known now. `pages`: only those
 * pages, numbered from their first (a part of a document that has furniture where the rest has none).
 */
export function drawFurniture(
  ctx: Ctx,
  p: Painter,
  model: DocumentModel,
  kind: string,
  pages: { start: number; count: number } = ctx.doc.bufferedPageRange(),
): void {
  const { doc, frame } = ctx;
  const range = pages;
  const total = range.count;
  const small: TextStyle = { size: TYPE.small, color: INK.muted };
  const footLeft = [model.workshop.title, model.client.name].filter(Boolean).join(' · ');
  const headY = PAGE.top;
  // A right-to-left kit mirrors the furniture: the document's kind and the workshop at the right, page numbers at the left.
  const half = frame.width / 2;
  const at = (x: number, w: number): number => (ctx.rtl ? frame.left + frame.right - x - w : x);
  const footY = frame.pageHeight - PAGE.bottom - TYPE.small * TYPE.leading;
  for (let i = 0; i < total; i++) {
    doc.switchToPage(range.start + i);
    const n = i + 1;
    doc.markContent('Artifact', { type: 'Pagination' });
    if (n > 1) {
      const start = ctx.rtl ? ('right' as const) : undefined;
      const end = ctx.rtl ? ('left' as const) : ('right' as const);
      const left = oneLine(
        ctx,
        kind,
        { ...small, bold: true, color: ctx.accent, ...(start ? { align: start } : {}) },
        half,
      );
      drawLine(doc, left, 0, at(frame.left, half), headY, half);
      const head = p.headOf(n);
      if (head) {
        const right = oneLine(ctx, head, { ...small, align: end }, half - 12);
        drawLine(doc, right, 0, at(frame.right - half + 12, half - 12), headY, half - 12);
      }
      const ruleY = headY + TYPE.small * TYPE.leading + 3;
      doc.save().moveTo(frame.left, ruleY).lineTo(frame.right, ruleY).lineWidth(0.75).stroke(ctx.accent).restore();
    }
    const footRuleY = footY - 4;
    doc.save().moveTo(frame.left, footRuleY).lineTo(frame.right, footRuleY).lineWidth(0.4).stroke(INK.rule).restore();
    const pageText = say(model.locale, 'page-of', { page: n, pages: total });
    const right = ctx.text(pageText, { ...small, align: ctx.rtl ? 'left' : 'right' }, 90);
    drawLine(doc, right, 0, at(frame.right - 90, 90), footY, 90);
    const left = oneLine(ctx, footLeft, ctx.rtl ? { ...small, align: 'right' } : small, frame.width - 100);
    drawLine(doc, left, 0, at(frame.left, frame.width - 100), footY, frame.width - 100);
    doc.endMarkedContent();
  }
}
