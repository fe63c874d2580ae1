// One slide drawn with pdfkit from its laid-out page, at slide coordinates in points: backgrounds and decorations of its
// layout, title, text with markers, cards, tables, pictures, footer and slide number. slides.pdf draws it at full size,
// the handouts scaled down.

import { say } from '../../../i18n/locale.js';
import { measuredFamilies } from '../../../layout/index.js';
import { descentPad } from '../../../layout/text.js';
import type { Cell, Element, Para, SlidePage, TableBox, TextBox } from '../../../layout/types.js';
import type { DeckModel, Run } from '../../../model/deck.js';
import { lineHeight, measuringWith } from '../../../text/measure.js';
import type { WorksheetPages } from '../../contract.js';
import { masterFill, type RenderCtx, renderContext } from '../../pptx/context.js';
import { planPage } from '../../pptx/layouts.js';
import { footerText, hasFooter } from '../../pptx/masters.js';
import { decorations } from '../../slide-decor.js';
import type { Ctx, Tag } from '../document.js';
import { metrics } from '../fonts.js';
import type { Painter } from '../painter.js';

const PT = 72;
/** How much wider than its box a line may be measured unkerned and still fit kerned, as LibreOffice sets it (measured on the stress fixture). */
const KERNING_ALLOWANCE = 1.004;
/** LibreOffice sets a text box's first line this far below the box's top inset. */
const FIRST_LINE_DROP = 1;

export type Draw = (p: Painter) => void;

/** Plans slides of one deck: its render context, the metrics of its fonts and its footer line, made once. */
export type SlidePlanner = (ctx: Ctx, parent: Tag, page: SlidePage, number: number, outline: boolean) => Draw;

export function slidePlanner(model: DeckModel, worksheetPages: WorksheetPages): SlidePlanner {
  const rc = renderContext(model, worksheetPages);
  const families = measuredFamilies(model.theme);
  const footer = measuringWith(families, () => footerText(rc));
  return (ctx, parent, page, number, outline) => measuringWith(families, () => planSlide(rc, ctx, parent, page, number, footer, outline));
}

/**
 * Lays out one slide's texts now (glyphs are registered before anything is drawn) and returns what
 * draws it. `outline`: add the slide's title to the document outline when it is drawn (slides.pdf,
 * where the slide is also tagged paragraph by paragraph); otherwise the slide is one figure's content
 * (a handout or a guide thumbnail, whose text `parent`'s alternate description gives).
 */
function planSlide(rc: RenderCtx, fullCtx: Ctx, parent: Tag, page: SlidePage, number: number, footer: { text: string; size: number } | undefined, outline: boolean): Draw {
  const ctx: Ctx = outline ? fullCtx : { ...fullCtx, tag: () => parent };
  const plan = planPage(page);
  const { geo, palette: pal, model } = rc;
  const decor = decorations(geo, pal, model.theme, plan.layout);
  const title = page.title.paras.map((p) => p.runs.map((r) => r.text).join('')).join(' ');
  const sect = ctx.tag(parent, 'Sect', { title });
  const steps: Draw[] = [];
  steps.push((p) => {
    p.rect(0, 0, geo.width * PT, geo.height * PT, { fill: `#${decor.fill}` });
    for (const r of decor.rects) p.rect(r.frame.x * PT, r.frame.y * PT, r.frame.w * PT, r.frame.h * PT, { fill: `#${r.color}` });
    if (outline) p.doc.outline.addItem(title);
  });
  if (decor.logo) steps.push(picture(decor.logo.image.data, decor.logo.frame, null));
  steps.push(textBox(rc, ctx, page, page.title, ctx.tag(sect, 'H1')));
  for (const el of page.elements) steps.push(element(rc, ctx, page, el, sect));
  if (footer && hasFooter(plan.layout)) {
    const muted = `#${pal.text('muted', pal.background)}`;
    const foot = ctx.text(footer.text, { size: footer.size, color: muted, leading: leadingFor(footer.size) }, geo.footer.w * PT);
    const num = ctx.text(String(number), { size: model.theme.sizes.small, color: muted, align: 'right', leading: leadingFor(model.theme.sizes.small) }, geo.slideNumber.w * PT);
    // Placed now, while the deck's fonts are the measuring ones.
    const bottom = (f: { y: number; h: number }, s: number, lines: number) => (f.y + f.h) * PT - descentPad(s) - lineHeight(s, lines);
    const footTop = bottom(geo.footer, footer.size, foot.lines.length) + FIRST_LINE_DROP;
    const numTop = bottom(geo.slideNumber, model.theme.sizes.small, 1) + FIRST_LINE_DROP;
    steps.push((p) => {
      p.text(foot, null, geo.footer.x * PT, footTop, geo.footer.w * PT);
      p.text(num, null, geo.slideNumber.x * PT, numTop, geo.slideNumber.w * PT);
    });
  }
  return (p) => {
    for (const s of steps) s(p);
  };
}

/**
 * Line pitch in table cells as the clients draw it (measured against LibreOffice): the font's own
 * height (ascent plus descent), as on the title slide, whose layout sets 100% spacing; other text
 * comes out at the 1.2 em layout measures with.
 */
function naturalPitch(size: number): number {
  const m = metrics(size);
  return m.ascent + m.descent;
}

/** Leading that puts the baseline at the font's ascent from the line's top (the pitch is set per line). */
function leadingFor(size: number): number {
  const m = metrics(size);
  return (m.ascent + m.descent) / size;
}

function element(rc: RenderCtx, ctx: Ctx, page: SlidePage, el: Element, sect: Tag): Draw {
  switch (el.kind) {
    case 'text':
      return textBox(rc, ctx, page, el, ctx.tag(sect, 'Div'));
    case 'table':
      return table(rc, ctx, el, ctx.tag(sect, 'Table'));
    case 'image':
      return picture(el.image.data, el.frame, ctx.tag(sect, 'Figure', { alt: el.image.alt }));
    case 'shape': {
      const color = el.role === 'surface' ? rc.palette.surface : rc.palette.accent;
      return (p) => p.rect(el.frame.x * PT, el.frame.y * PT, el.frame.w * PT, el.frame.h * PT, { fill: `#${color}` });
    }
  }
}

// pdfkit embeds a picture given as bytes anew on every call; the logo is on most slides, so each
// document opens each picture once and draws that one object wherever it appears.
const opened = new WeakMap<object, WeakMap<Uint8Array, unknown>>();

function picture(data: Uint8Array, frame: { x: number; y: number; w: number; h: number }, tag: Tag | null): Draw {
  return (p) => {
    if (tag) p.tag(tag);
    else p.artifact();
    let images = opened.get(p.doc);
    if (!images) opened.set(p.doc, (images = new WeakMap()));
    let image = images.get(data);
    // openImage is pdfkit's documented API; its type declarations leave it out.
    if (!image) images.set(data, (image = (p.doc as unknown as { openImage(src: Buffer): unknown }).openImage(Buffer.from(data.buffer, data.byteOffset, data.byteLength))));
    p.doc.image(image as Buffer, frame.x * PT, frame.y * PT, { width: frame.w * PT, height: frame.h * PT });
  };
}

/** Card and panel boxes carry their fill; plain text sits on what is behind it. */
const BOX_FILL: Partial<Record<TextBox['style'], 'surface'>> = { card: 'surface', panel: 'surface' };

function textBox(rc: RenderCtx, ctx: Ctx, page: SlidePage, box: TextBox, tag: Tag): Draw {
  const fillRole = BOX_FILL[box.style];
  const fill = fillRole ? rc.palette.surface : masterFill(rc, page.master, box.frame);
  const x = box.frame.x * PT + box.inset.x;
  const width = box.frame.w * PT - 2 * box.inset.x;
  const lines = paragraphs(rc, ctx, box.paras, width, fill, tag, page.master === 'TITLE' ? naturalPitch : lineHeight, worksheetPage(rc, page));
  const content = lines.reduce((h, l) => Math.max(h, l.bottom), 0);
  const room = box.frame.h * PT - box.inset.top - box.inset.bottom;
  const shift = box.valign === 'bottom' ? room - content : box.valign === 'middle' ? (room - content) / 2 : 0;
  const top = box.frame.y * PT + box.inset.top + Math.max(0, shift) + FIRST_LINE_DROP;
  return (p) => {
    if (fillRole) p.rect(box.frame.x * PT, box.frame.y * PT, box.frame.w * PT, box.frame.h * PT, { fill: `#${fill}` });
    for (const l of lines) l.draw(p, x, top);
  };
}

interface PlacedLine {
  bottom: number;
  draw: (p: Painter, left: number, top: number) => void;
}

/** Paragraphs wrapped exactly as layout wrapped them, each line at the pitch the clients use, markers in the hanging indent. */
function paragraphs(rc: RenderCtx, ctx: Ctx, paras: readonly Para[], width: number, fill: string, tag: Tag, pitchOf: (size: number) => number, pageRef?: Run[]): PlacedLine[] {
  const out: PlacedLine[] = [];
  let y = 0;
  let number = 0;
  paras.forEach((para, i) => {
    y += i === 0 && para.spaceBeforePt === 0 ? 0 : para.spaceBeforePt;
    const color = `#${rc.palette.text(para.role, fill)}`;
    const runs = (para.role === 'worksheetPage' ? pageRef : undefined) ?? para.runs;
    const pitch = pitchOf(para.sizePt);
    const leading = leadingFor(para.sizePt);
    const ptag = ctx.tag(tag, para.marker ? 'LI' : 'P');
    if (para.marker?.kind === 'number') number = para.marker.n;
    const marker = para.marker ? ctx.text(para.marker.kind === 'bullet' ? (para.level === 2 ? '–' : '•') : `${number}.`, { size: para.sizePt, color, leading }, para.hangPt + 40) : undefined;
    // Wrapped as the clients wrap it: greedily at the font's widths (layout's own lines keep a safety
    // margin), less the little both clients' pair kerning saves on a line, which is drawn here unkerned.
    const text = ctx.text(runs, { size: para.sizePt, color, leading, align: para.align }, (width - para.indentPt) * KERNING_ALLOWANCE);
    const lines = text.lines;
    lines.forEach((_, li) => {
      const at = y + li * pitch;
      out.push({
        bottom: at + pitch,
        draw: (p, left, top) => {
          if (marker && li === 0) p.text(marker, ptag, left + para.indentPt - para.hangPt, top + at, para.hangPt + 40);
          p.line(text, li, ptag, left + para.indentPt, top + at, width - para.indentPt);
        },
      });
    });
    y += lines.length * pitch;
  });
  return out;
}

/** The worksheet page an exercise slide names, as the deck writes it (layout measured a stand-in). */
function worksheetPage(rc: RenderCtx, page: SlidePage): Run[] | undefined {
  const slide = rc.model.slides.find((s) => s.id === page.slideId);
  if (slide?.kind !== 'exercise') return undefined;
  const n = rc.worksheetPages[slide.exercise.id];
  return [{ text: n === undefined ? say(rc.model.locale, 'see-worksheets') : say(rc.model.locale, 'worksheet-page', { page: n }), bold: true }];
}

function table(rc: RenderCtx, ctx: Ctx, t: TableBox, tag: Tag): Draw {
  const pal = rc.palette;
  const xs = [t.frame.x * PT];
  for (const w of t.colWidths) xs.push(xs[xs.length - 1]! + w * PT);
  const steps: Draw[] = [];
  let y = t.frame.y * PT;
  t.rows.forEach((cells, ri) => {
    const h = t.rowHeights[ri]! * PT;
    const header = t.hasHeader && ri === 0;
    const row = ctx.tag(tag, 'TR');
    cells.forEach((cell, ci) => {
      const fill = header ? pal.primary : cell.role === 'aspect' || cell.role === 'break' ? pal.surface : pal.background;
      const x = xs[ci]!;
      const w = t.colWidths[ci]! * PT;
      const lines = cellLines(rc, ctx, cell, w - 2 * t.marginPt.x, fill, ctx.tag(row, header ? 'TH' : 'TD'));
      const content = lines.reduce((m, l) => Math.max(m, l.bottom), 0);
      const top = header ? y + (h - content) / 2 : y + t.marginPt.y;
      const cellTop = y;
      steps.push((p) => {
        p.rect(x, cellTop, w, h, { fill: `#${fill}`, stroke: `#${pal.line}`, lineWidth: 0.75 });
        for (const l of lines) l.draw(p, x + t.marginPt.x, top + FIRST_LINE_DROP);
      });
    });
    y += h;
  });
  return (p) => {
    for (const s of steps) s(p);
  };
}

function cellLines(rc: RenderCtx, ctx: Ctx, cell: Cell, width: number, fill: string, tag: Tag): PlacedLine[] {
  const paras: Para[] = cell.paras.map((p, i) => ({ runs: p.runs, role: p.role, sizePt: p.sizePt, level: 0, indentPt: 0, hangPt: 0, spaceBeforePt: i === 0 ? 0 : 3, align: cell.align, heightPt: 0 }));
  return paragraphs(rc, ctx, paras, width, fill, tag, naturalPitch);
}
