// Every slide of a deck drawn once, as plain data (drawing.ts), from its laid-out page at slide coordinates in points:
// backgrounds and decorations of its layout, title, text with markers, cards, tables, pictures, footer and slide
// number. slides.pdf replays the drawings at full size, the handouts and the guide's thumbnails scaled down.

import type { Diagnostic } from '../../../diagnostics.js';
import { numeral, say } from '../../../i18n/locale.js';
import { footerText, hasFooter, planPage, roleOf } from '../../../layout/plan.js';
import { cellParas } from '../../../layout/table.js';
import { descentPad } from '../../../layout/text.js';
import type { Cell, Element, Frame, SlideLayout, SlidePage, TableBox } from '../../../layout/types.js';
import type { DeckModel } from '../../../model/deck.js';
import type { Backdrop, BackdropArt } from '../../../template/types.js';
import { cjkFaceOfLanguage } from '../../../text/cjk.js';
import { cellFill } from '../../colors.js';
import { type RenderCtx, renderContext, scrimFor } from '../../context.js';
import type { WorksheetPages } from '../../contract.js';
import { decorations, drawsShape } from '../../slide-decor.js';
import { missingGlyphReporter } from '../document.js';
import { printFamily } from '../fonts.js';
import { artOps, backdropOps, templateTexts } from './backdrop.js';
import type { Op, SlideDrawing } from './drawing.js';
import { FIRST_LINE_DROP, leadingFor, naturalPitch, PT, Sketch } from './sketch.js';
import { type InPlaceholder, type PlacedLine, paragraphs, textBox } from './text-box.js';

export interface SlideDrawings {
  drawings: SlideDrawing[];
  diagnostics: Diagnostic[];
}

/** Draws every page of a laid-out deck once, measured with the deck's fonts. */
export function drawSlides(model: DeckModel, layout: SlideLayout, worksheetPages: WorksheetPages): SlideDrawings {
  const rc = renderContext(model, worksheetPages);
  const { fonts } = rc.measure;
  const diagnostics: Diagnostic[] = [];
  const missing = missingGlyphReporter(say(model.locale, 'slides-title'), diagnostics);
  const footer = footerText(rc.measure, rc.model, rc.geo);
  const printed = {
    heading: printFamily(fonts.heading, model.theme.fonts.heading),
    body: printFamily(fonts.body, model.theme.fonts.body),
  };
  const drawings = layout.pages.map((page, i) =>
    drawSlide(rc, new Sketch(printed, missing, cjkFaceOfLanguage(rc.model.locale.tag)), page, i + 1, footer),
  );
  return { drawings, diagnostics };
}

function drawSlide(
  rc: RenderCtx,
  sk: Sketch,
  page: SlidePage,
  number: number,
  footer: { text: string; size: number } | undefined,
): SlideDrawing {
  const plan = planPage(page);
  const { geo, palette: pal, model } = rc;
  const decor = decorations(geo, pal, model.theme, plan.layout);
  const title = page.title.paras.map((p) => p.runs.map((r) => r.text).join('')).join(' ');
  const sect = sk.tag(-1, 'Sect', { title });
  const template = model.theme.template;
  const role = roleOf(plan.layout, page.kind);
  const backdrop = template?.backdrops?.[role];
  // Where the slide prints its footer line and number: none, or those the template's layout does not print itself.
  const footed: Printed | undefined = footer && hasFooter(plan.layout) ? (template?.prints?.[role] ?? {}) : undefined;
  if (template && backdrop) {
    sk.ops.push(
      ...backdropOps(backdrop, geo, template.parts),
      ...templateTexts(sk, backdrop, numeral(model.locale, number)),
    );
    // The placeholders this slide fills draw their own fill under their words, where the slide puts them.
    const body = page.elements[plan.bodyIndex];
    const behind = backdrop.behind ?? {};
    const filled: [BackdropArt | undefined, Frame | undefined][] = [
      [behind.title, page.title.frame],
      [behind.text, body?.frame],
      [footed && !footed.footer ? behind.footer : undefined, behind.footer?.frame],
      [footed && !footed.number ? behind.number : undefined, behind.number?.frame],
    ];
    for (const [art, frame] of filled) if (art && frame) sk.ops.push(...artOps(art, template.parts, frame));
  } else {
    sk.ops.push({ kind: 'rect', x: 0, y: 0, w: geo.width * PT, h: geo.height * PT, fill: `#${decor.fill}` });
    for (const r of decor.rects)
      sk.ops.push({
        kind: 'rect',
        x: r.frame.x * PT,
        y: r.frame.y * PT,
        w: r.frame.w * PT,
        h: r.frame.h * PT,
        fill: `#${r.color}`,
      });
  }
  sk.ops.push({ kind: 'outline' });
  if (decor.logo && !template) sk.ops.push(picture(decor.logo.image.data, decor.logo.frame, null));
  // On a template the title looks as its layout shows it (the deck leaves colour, weight and alignment to the layout).
  textBox(rc, sk, page, page.title, sk.tag(sect, 'H1'), template?.titles?.[role]);
  // The text placeholder's text is in the template's colour and its lists show its bullets, as PowerPoint shows them
  // there (the deck leaves both to the layout), except where the template's colour would not read on its layout.
  const body = template?.bodyLooks?.[role];
  const own = template && !template.ownBodyColour?.[role] ? body?.colour : undefined;
  const placeholder: InPlaceholder = {
    ...(template?.bullets?.[role] ? { bullets: template.bullets[role] } : {}),
    ...(own ? { colour: own } : {}),
    ...(body?.align ? { align: body.align } : {}),
  };
  page.elements.forEach((el, i) => element(rc, sk, page, el, sect, i === plan.bodyIndex ? placeholder : undefined));
  if (footer && footed) sk.ops.push(...footerOps(rc, sk, footer, number, footed, backdrop?.furniture));
  return { slideId: page.slideId, master: page.master, title, tags: sk.tags, texts: sk.texts, ops: sk.ops };
}

type Printed = { footer?: boolean; number?: boolean };

/**
 * The footer line and slide number, in the tool's muted colour, or on a template as its footer placeholders set
 * them; none where the template's layout prints its own.
 */
function footerOps(
  rc: RenderCtx,
  sk: Sketch,
  footer: { text: string; size: number },
  number: number,
  printed: Printed,
  looks: Backdrop['furniture'],
): Op[] {
  const { geo, palette: pal, model } = rc;
  const muted = `#${pal.text('muted', pal.background)}`;
  const family = sk.families.body;
  const bottom = (f: { y: number; h: number }, s: number, lines: number) =>
    (f.y + f.h) * PT - descentPad(s) - rc.measure.lineHeight(s, lines);
  const ops: Op[] = [];
  if (!printed.footer) {
    const look = looks?.footer;
    const foot = sk.text(
      footer.text,
      {
        size: footer.size,
        color: look?.colour ?? muted,
        leading: leadingFor(footer.size, family),
        family,
        ...(look?.align ? { align: look.align } : {}),
      },
      geo.footer.w * PT,
    );
    const y = bottom(geo.footer, footer.size, foot.lines.length) + FIRST_LINE_DROP;
    ops.push({ kind: 'text', layout: foot, tag: null, x: geo.footer.x * PT, y, width: geo.footer.w * PT });
  }
  if (!printed.number) {
    const look = looks?.number;
    const size = look?.size ?? model.theme.sizes.small;
    // In the kit's digits, as its page numbers (Persian ۲, Arabic-Indic ٢ in Saudi Arabia).
    const num = sk.text(
      numeral(model.locale, number),
      { size, color: look?.colour ?? muted, align: look?.align ?? 'right', leading: leadingFor(size, family), family },
      geo.slideNumber.w * PT,
    );
    const y = bottom(geo.slideNumber, size, 1) + FIRST_LINE_DROP;
    ops.push({ kind: 'text', layout: num, tag: null, x: geo.slideNumber.x * PT, y, width: geo.slideNumber.w * PT });
  }
  return ops;
}

function element(
  rc: RenderCtx,
  sk: Sketch,
  page: SlidePage,
  el: Element,
  sect: number,
  placeholder?: InPlaceholder,
): void {
  switch (el.kind) {
    case 'text': {
      // The veil the deck lays under words the tool colours where no colour reads on what is behind them.
      const scrim = placeholder?.colour ? undefined : scrimFor(rc, page, el);
      if (scrim)
        sk.ops.push({
          kind: 'shape',
          geometry: 'rect',
          x: scrim.frame.x * PT,
          y: scrim.frame.y * PT,
          w: scrim.frame.w * PT,
          h: scrim.frame.h * PT,
          fill: scrim.colour,
          opacity: scrim.opacity,
        });
      textBox(rc, sk, page, el, sk.tag(sect, 'Div'), undefined, placeholder);
      return;
    }
    case 'table':
      table(rc, sk, el, sk.tag(sect, 'Table'));
      return;
    case 'image':
      sk.ops.push(picture(el.image.data, el.frame, sk.tag(sect, 'Figure', { alt: el.image.alt })));
      return;
    case 'qr':
      sk.ops.push({
        kind: 'qr',
        x: el.frame.x * PT,
        y: el.frame.y * PT,
        size: el.frame.w * PT,
        code: el.code,
        tag: sk.tag(sect, 'Figure', { alt: el.alt }),
      });
      return;
    case 'shape': {
      if (!drawsShape(rc.model.theme, el)) return;
      const color = el.role === 'surface' ? rc.palette.surface : rc.palette.accent;
      sk.ops.push({
        kind: 'rect',
        x: el.frame.x * PT,
        y: el.frame.y * PT,
        w: el.frame.w * PT,
        h: el.frame.h * PT,
        fill: `#${color}`,
      });
    }
  }
}

function picture(data: Uint8Array, frame: { x: number; y: number; w: number; h: number }, tag: number | null): Op {
  return { kind: 'image', data, x: frame.x * PT, y: frame.y * PT, w: frame.w * PT, h: frame.h * PT, tag };
}

function table(rc: RenderCtx, sk: Sketch, t: TableBox, tag: number): void {
  const pal = rc.palette;
  const xs = [t.frame.x * PT];
  for (const w of t.colWidths) xs.push(xs[xs.length - 1]! + w * PT);
  let y = t.frame.y * PT;
  t.rows.forEach((cells, ri) => {
    const h = t.rowHeights[ri]! * PT;
    const header = t.hasHeader && ri === 0;
    const row = sk.tag(tag, 'TR');
    cells.forEach((cell, ci) => {
      const fill = cellFill(pal, header, cell.role);
      const x = xs[ci]!;
      const w = t.colWidths[ci]! * PT;
      const lines = cellLines(rc, sk, cell, w - 2 * t.marginPt.x, fill, sk.tag(row, header ? 'TH' : 'TD'));
      const content = lines.reduce((m, l) => Math.max(m, l.bottom), 0);
      const top = header ? y + (h - content) / 2 : y + t.marginPt.y;
      sk.ops.push({ kind: 'rect', x, y, w, h, fill: `#${fill}`, stroke: `#${pal.line}`, lineWidth: 0.75 });
      for (const l of lines) sk.ops.push(...l.place(x + t.marginPt.x, top + FIRST_LINE_DROP));
    });
    y += h;
  });
}

function cellLines(rc: RenderCtx, sk: Sketch, cell: Cell, width: number, fill: string, tag: number): PlacedLine[] {
  return paragraphs(rc, sk, cellParas(cell), width, fill, tag, naturalPitch);
}
