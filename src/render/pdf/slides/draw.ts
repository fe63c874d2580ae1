// Every slide of a deck drawn once, as plain data (drawing.ts), from its laid-out page at slide coordinates in points:
// backgrounds and decorations of its layout, title, text with markers, cards, tables, pictures, footer and slide
// number. slides.pdf replays the drawings at full size, the handouts and the guide's thumbnails scaled down.

import type { Diagnostic } from '../../../diagnostics.js';
import { say } from '../../../i18n/locale.js';
import { footerText, hasFooter, planPage, roleOf } from '../../../layout/plan.js';
import { cellParas } from '../../../layout/table.js';
import { descentPad, HEADING_ROLES } from '../../../layout/text.js';
import type { Cell, Element, Frame, Para, SlideLayout, SlidePage, TableBox, TextBox } from '../../../layout/types.js';
import type { DeckModel, Inline, Run } from '../../../model/deck.js';
import type {
  Backdrop,
  BackdropArt,
  BackdropFill,
  DeckTemplate,
  TemplateRole,
  TitleLook,
} from '../../../template/types.js';
import { cellFill } from '../../colors.js';
import { type RenderCtx, renderContext, scrimFor, textFill } from '../../context.js';
import type { WorksheetPages } from '../../contract.js';
import { decorations, drawsShape } from '../../slide-decor.js';
import { missingGlyphReporter } from '../document.js';
import { metrics, type PrintFamily, printFamily } from '../fonts.js';
import { layoutInlineShared, type TextLayout, type TextStyle } from '../text.js';
import type { Op, SlideDrawing, TagRef, TagSpec } from './drawing.js';

const PT = 72;
/** How much wider than its box a line may be measured unkerned and still fit kerned, as LibreOffice sets it (measured on the stress fixture). */
const KERNING_ALLOWANCE = 1.004;
/** LibreOffice sets a text box's first line this far below the box's top inset. */
const FIRST_LINE_DROP = 1;

export interface SlideDrawings {
  drawings: SlideDrawing[];
  diagnostics: Diagnostic[];
}

/** One slide's drawing in the making: its structure, its texts and its operations, in drawing order. */
class Sketch {
  readonly tags: TagSpec[] = [];
  readonly texts: TextLayout[] = [];
  readonly ops: Op[] = [];
  constructor(
    /** The deck's heading and body fonts, as slides measure them, and as the drawing prints them. */
    readonly families: { heading: PrintFamily; body: PrintFamily },
    private readonly missing: (ch: string) => void,
  ) {}

  tag(parent: number, type: string, options?: { title?: string; alt?: string }): number {
    this.tags.push({ type, parent, ...options });
    return this.tags.length - 1;
  }

  text(content: Inline | string, style: TextStyle, width: number): TextLayout {
    const layout = layoutInlineShared(
      typeof content === 'string' ? [{ text: content }] : content,
      style,
      width,
      this.missing,
    );
    this.texts.push(layout);
    return layout;
  }
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
  const drawings = layout.pages.map((page, i) => drawSlide(rc, new Sketch(printed, missing), page, i + 1, footer));
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
    sk.ops.push(...backdropOps(backdrop, geo, template.parts), ...templateTexts(sk, backdrop, number));
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
    const num = sk.text(
      String(number),
      { size, color: look?.colour ?? muted, align: look?.align ?? 'right', leading: leadingFor(size, family), family },
      geo.slideNumber.w * PT,
    );
    const y = bottom(geo.slideNumber, size, 1) + FIRST_LINE_DROP;
    ops.push({ kind: 'text', layout: num, tag: null, x: geo.slideNumber.x * PT, y, width: geo.slideNumber.w * PT });
  }
  return ops;
}

/**
 * Line pitch in table cells as the clients draw it (measured against LibreOffice): the font's own
 * height (ascent plus descent), as on the title slide, whose layout sets 100% spacing; other text
 * comes out at the 1.2 em layout measures with.
 */
function naturalPitch(size: number, family: PrintFamily): number {
  const m = metrics(size, family);
  return m.ascent + m.descent;
}

/** Leading that puts the baseline at the font's ascent from the line's top (the pitch is set per line). */
function leadingFor(size: number, family: PrintFamily): number {
  const m = metrics(size, family);
  return (m.ascent + m.descent) / size;
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

/** What a client template's layout and master draw behind the slide, as operations at slide coordinates. */
function backdropOps(
  backdrop: Backdrop,
  geo: { width: number; height: number },
  parts: Record<string, Uint8Array>,
): Op[] {
  const slide = box({ x: 0, y: 0, w: geo.width, h: geo.height });
  const ground = backdrop.fill;
  const groundPicture = 'picture' in ground ? parts[ground.picture] : undefined;
  return [
    groundPicture
      ? { kind: 'image', data: groundPicture, ...slide, tag: null }
      : { kind: 'shape', geometry: 'rect', ...slide, fill: paintOf(ground) ?? '#FFFFFF' },
    ...backdrop.art.flatMap((art) => artOps(art, parts)),
  ];
}

const box = (f: { x: number; y: number; w: number; h: number }) => ({
  x: f.x * PT,
  y: f.y * PT,
  w: f.w * PT,
  h: f.h * PT,
});

const paintOf = (fill: BackdropFill | undefined) =>
  !fill || 'picture' in fill ? undefined : 'solid' in fill ? fill.solid : fill.gradient;

/** One picture or shape of a template's art, at `frame` where it is drawn somewhere else than the template says. */
function artOps(art: BackdropArt, parts: Record<string, Uint8Array>, frame = art.frame): Op[] {
  const turned = art.rotation ? { rotation: art.rotation } : {};
  const data = art.kind === 'picture' && art.part ? parts[art.part] : undefined;
  if (data && (art.crop || art.geometry === 'ellipse')) {
    // The whole picture drawn larger, seen through its frame (a picture placeholder filled as PowerPoint fills it).
    const c = art.crop ?? { l: 0, t: 0, r: 0, b: 0 };
    const w = frame.w / (1 - c.l - c.r);
    const h = frame.h / (1 - c.t - c.b);
    const whole = box({ x: frame.x - c.l * w, y: frame.y - c.t * h, w, h });
    const clip = { ...box(frame), ...(art.geometry === 'ellipse' ? { ellipse: true } : {}) };
    return [{ kind: 'image', data, ...whole, tag: null, clip, ...turned }];
  }
  if (data) return [{ kind: 'image', data, ...box(frame), tag: null, ...turned }];
  if (art.kind !== 'shape') return [];
  const fill = paintOf(art.fill);
  return [
    {
      kind: 'shape',
      geometry: art.geometry ?? 'rect',
      ...box(frame),
      ...(fill ? { fill } : {}),
      ...(art.opacity !== undefined ? { opacity: art.opacity } : {}),
      ...(art.line ? { stroke: art.line.colour, lineWidth: art.line.width } : {}),
      ...turned,
    },
  ];
}

/** PowerPoint's default insets of a text box, in points. */
const TEXT_BOX_INSET = { x: 7.2, y: 3.6 };

/**
 * The text a template's master and layout print themselves (a company line, "Confidential", a page number field), in
 * the body font at their size, colour and alignment, from the top of their frames: the proof shows what the deck shows.
 */
function templateTexts(sk: Sketch, backdrop: Backdrop, number: number): Op[] {
  return (backdrop.texts ?? []).map((t) => {
    const family = sk.families.body;
    const width = t.frame.w * PT - 2 * TEXT_BOX_INSET.x;
    const text = t.slideNumber ? t.text.replace('‹#›', String(number)) : t.text;
    const layout = sk.text(
      [{ text, ...(t.bold ? { bold: true } : {}) }],
      { size: t.size, color: t.colour, leading: leadingFor(t.size, family), align: t.align, family },
      width,
    );
    return {
      kind: 'text' as const,
      layout,
      tag: null,
      x: t.frame.x * PT + TEXT_BOX_INSET.x,
      y: t.frame.y * PT + TEXT_BOX_INSET.y + FIRST_LINE_DROP,
      width,
    };
  });
}

function picture(data: Uint8Array, frame: { x: number; y: number; w: number; h: number }, tag: number | null): Op {
  return { kind: 'image', data, x: frame.x * PT, y: frame.y * PT, w: frame.w * PT, h: frame.h * PT, tag };
}

/** How a template's text placeholder shows the running text set in it: its colour, its bullets at list levels 1 and 2. */
type InPlaceholder = {
  colour?: string;
  align?: 'center' | 'right';
  bullets?: NonNullable<DeckTemplate['bullets']>[TemplateRole];
};

/** Card and panel boxes carry their fill; plain text sits on what is behind it. */
const BOX_FILL: Partial<Record<TextBox['style'], 'surface'>> = { card: 'surface', panel: 'surface' };

function textBox(
  rc: RenderCtx,
  sk: Sketch,
  page: SlidePage,
  box: TextBox,
  tag: number,
  look?: TitleLook,
  placeholder?: InPlaceholder,
): void {
  const fillRole = BOX_FILL[box.style];
  const fill = fillRole ? rc.palette.surface : textFill(rc, page, box);
  const x = box.frame.x * PT + box.inset.x;
  const width = box.frame.w * PT - 2 * box.inset.x;
  const lines = paragraphs(
    rc,
    sk,
    box.paras,
    width,
    fill,
    tag,
    page.master === 'TITLE' ? naturalPitch : (size) => rc.measure.lineHeight(size),
    worksheetPage(rc, page),
    look,
    placeholder,
  );
  const content = lines.reduce((h, l) => Math.max(h, l.bottom), 0);
  const room = box.frame.h * PT - box.inset.top - box.inset.bottom;
  const shift = box.valign === 'bottom' ? room - content : box.valign === 'middle' ? (room - content) / 2 : 0;
  const top = box.frame.y * PT + box.inset.top + Math.max(0, shift) + FIRST_LINE_DROP;
  if (fillRole)
    sk.ops.push({
      kind: 'rect',
      x: box.frame.x * PT,
      y: box.frame.y * PT,
      w: box.frame.w * PT,
      h: box.frame.h * PT,
      fill: `#${fill}`,
    });
  for (const l of lines) sk.ops.push(...l.place(x, top));
}

interface PlacedLine {
  bottom: number;
  place: (left: number, top: number) => Op[];
}

/** How a text box's paragraphs are drawn: what stands behind them, their tag, line pitch, and the template's looks. */
interface ParaSetting {
  rc: RenderCtx;
  sk: Sketch;
  width: number;
  fill: string;
  tag: number;
  pitchOf: (size: number, family: PrintFamily) => number;
  pageRef?: string | undefined;
  look?: TitleLook | undefined;
  placeholder?: InPlaceholder | undefined;
}

/** Paragraphs wrapped exactly as layout wrapped them, each line at the pitch the clients use, markers in the hanging indent. */
function paragraphs(
  rc: RenderCtx,
  sk: Sketch,
  paras: readonly Para[],
  width: number,
  fill: string,
  tag: number,
  pitchOf: (size: number, family: PrintFamily) => number,
  pageRef?: string,
  look?: TitleLook,
  placeholder?: InPlaceholder,
): PlacedLine[] {
  const setting: ParaSetting = { rc, sk, width, fill, tag, pitchOf, pageRef, look, placeholder };
  const out: PlacedLine[] = [];
  let y = 0;
  let number = 0;
  paras.forEach((para, i) => {
    y += i === 0 && para.spaceBeforePt === 0 ? 0 : para.spaceBeforePt;
    if (para.marker?.kind === 'number') number = para.marker.n;
    const drawn = drawnPara(setting, para, number);
    const top = y;
    drawn.text.lines.forEach((_, li) => out.push(placedLine(drawn, para, li, top + li * drawn.pitch, width)));
    y += drawn.text.lines.length * drawn.pitch + (para.spaceAfterPt ?? 0);
  });
  return out;
}

interface DrawnPara {
  text: TextLayout;
  marker: TextLayout | undefined;
  pitch: number;
  tag: TagRef;
}

/** A paragraph's text and marker laid out in the print font, in its colour, at the pitch its lines are drawn. */
function drawnPara(set: ParaSetting, para: Para, number: number): DrawnPara {
  const { rc, sk, look, placeholder } = set;
  const color = look?.colour ?? placeholder?.colour ?? `#${rc.palette.text(para.role, set.fill)}`;
  // Layout measured the worksheet page with a stand-in as the paragraph's last run: the real one takes its place.
  const written = shown(
    para.role === 'worksheetPage' && set.pageRef !== undefined && para.runs.length > 0
      ? [...para.runs.slice(0, -1), { ...para.runs.at(-1)!, text: set.pageRef }]
      : para.runs,
  );
  const runs = look ? written.map((r) => ({ ...r, bold: look.bold })) : written;
  const family = HEADING_ROLES.has(para.role) ? sk.families.heading : sk.families.body;
  const spacing = para.lineSpacing;
  const natural = set.pitchOf(para.sizePt, family);
  const pitch = !spacing ? natural : 'pct' in spacing ? natural * spacing.pct : spacing.pts;
  const leading = leadingFor(para.sizePt, family);
  const tag = sk.tag(set.tag, para.marker ? 'LI' : 'P');
  const own = para.marker?.kind === 'bullet' ? placeholder?.bullets?.[para.level === 2 ? 2 : 1] : undefined;
  const bullet = own?.char ?? (para.level === 2 ? '–' : '•');
  const marker = para.marker
    ? sk.text(
        para.marker.kind === 'bullet' ? bullet : `${number}.`,
        { size: para.sizePt, color: own?.colour ?? color, leading, family },
        para.hangPt + 40,
      )
    : undefined;
  // Wrapped as the clients wrap it: greedily at the font's widths (layout's own lines keep a safety
  // margin), less the little both clients' pair kerning saves on a line, which is drawn here unkerned.
  const text = sk.text(
    runs,
    {
      size: para.sizePt,
      color,
      leading,
      align: look?.align ?? (para.align === 'left' ? (placeholder?.align ?? 'left') : para.align),
      family,
    },
    (set.width - para.indentPt) * KERNING_ALLOWANCE,
  );
  return { text, marker, pitch, tag };
}

/** Line `li` of a drawn paragraph, `at` points under the box's text top; the first carries the marker. */
function placedLine(drawn: DrawnPara, para: Para, li: number, at: number, width: number): PlacedLine {
  const { text, marker, pitch, tag } = drawn;
  return {
    bottom: at + pitch,
    place: (left, top) => [
      ...(marker && li === 0
        ? [
            {
              kind: 'text' as const,
              layout: marker,
              tag,
              x: left + para.indentPt - para.hangPt,
              y: top + at,
              width: para.hangPt + 40,
            },
          ]
        : []),
      { kind: 'text', layout: text, line: li, tag, x: left + para.indentPt, y: top + at, width: width - para.indentPt },
    ],
  };
}

/** Runs as the slide shows them: in capitals where the template's text style sets them so (layout measured them so). */
function shown(runs: Run[]): Run[] {
  return runs.some((r) => r.caps) ? runs.map((r) => (r.caps ? { ...r, text: r.text.toUpperCase() } : r)) : runs;
}

/** The worksheet page an exercise slide names, as the deck writes it (layout measured a stand-in). */
function worksheetPage(rc: RenderCtx, page: SlidePage): string | undefined {
  const slide = rc.model.slides.find((s) => s.id === page.slideId);
  if (slide?.kind !== 'exercise') return undefined;
  const n = rc.worksheetPages[slide.exercise.id];
  return n === undefined
    ? say(rc.model.locale, 'see-worksheets')
    : say(rc.model.locale, 'worksheet-page-long', { page: n });
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
