// A text box drawn as the clients set it: its paragraphs wrapped exactly as layout wrapped them, each line at the
// pitch the clients use, markers in the hanging indent, in a template placeholder's colour, bullets and alignment.

import { say } from '../../../i18n/locale.js';
import { clickOf, pageClicks } from '../../../layout/clicks.js';
import { HEADING_ROLES } from '../../../layout/text.js';
import type { Para, SlidePage, TextBox } from '../../../layout/types.js';
import type { Run } from '../../../model/deck.js';
import type { DeckTemplate, TemplateRole, TitleLook } from '../../../template/types.js';
import { isRightToLeftLanguage, paragraphDirection } from '../../../text/rtl.js';
import { type RenderCtx, textFill } from '../../context.js';
import type { PrintFamily } from '../fonts.js';
import type { TextLayout } from '../text.js';
import type { Op, TagRef } from './drawing.js';
import { FIRST_LINE_DROP, KERNING_ALLOWANCE, leadingFor, naturalPitch, PT, type Sketch } from './sketch.js';

/** How a template's text placeholder shows the running text set in it: its colour, its bullets at list levels 1 and 2. */
export type InPlaceholder = {
  colour?: string;
  align?: 'center' | 'right';
  bullets?: NonNullable<DeckTemplate['bullets']>[TemplateRole];
};

/** Card and panel boxes carry their fill; plain text sits on what is behind it. */
const BOX_FILL: Partial<Record<TextBox['style'], 'surface'>> = { card: 'surface', panel: 'surface' };

export function textBox(
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
    pageClicks(page),
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

export interface PlacedLine {
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
  clicks?: ReadonlyMap<number, number> | undefined;
}

/** Paragraphs wrapped exactly as layout wrapped them, each line at the pitch the clients use, markers in the hanging indent. */
export function paragraphs(
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
  clicks?: ReadonlyMap<number, number>,
): PlacedLine[] {
  const setting: ParaSetting = { rc, sk, width, fill, tag, pitchOf, pageRef, look, placeholder, clicks };
  const out: PlacedLine[] = [];
  let y = 0;
  let number = 0;
  paras.forEach((para, i) => {
    y += i === 0 && para.spaceBeforePt === 0 ? 0 : para.spaceBeforePt;
    if (para.marker?.kind === 'number') number = para.marker.n;
    const drawn = drawnPara(setting, para, number);
    const top = y;
    const click = setting.clicks ? clickOf(setting.clicks, para) : 0;
    drawn.text.lines.forEach((_, li) => out.push(placedLine(drawn, para, li, top + li * drawn.pitch, width, click)));
    y += drawn.text.lines.length * drawn.pitch + (para.spaceAfterPt ?? 0);
  });
  return out;
}

interface DrawnPara {
  text: TextLayout;
  marker: TextLayout | undefined;
  pitch: number;
  tag: TagRef;
  /** Runs right to left: its marker hangs on the right. */
  rtl: boolean;
}

/**
 * Whether a paragraph runs right to left: as layout says (`Para.rtl`), or by its first strong letter and the kit's
 * language where layout does not say.
 */
function runsRtl(rc: RenderCtx, para: Para): boolean {
  if (para.rtl) return true;
  const text = para.runs.map((r) => r.text).join('');
  return paragraphDirection(text, isRightToLeftLanguage(rc.model.locale.tag)) === 'rtl';
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
  const rtl = runsRtl(rc, para);
  const direction = rtl ? 'rtl' : 'ltr';
  const marker = para.marker
    ? sk.text(
        para.marker.kind === 'bullet' ? bullet : `${number}.`,
        {
          size: para.sizePt,
          color: own?.colour ?? color,
          leading,
          family,
          ...(rtl ? { align: 'right' as const, direction } : {}),
        },
        para.hangPt + 40,
      )
    : undefined;
  // A right-to-left paragraph layout has not yet marked starts at the right, as its own would.
  const start = para.align === 'left' && rtl && !para.rtl ? 'right' : para.align;
  // Wrapped as the clients wrap it: greedily at the font's widths (layout's own lines keep a safety
  // margin), less the little both clients' pair kerning saves on a line, which is drawn here unkerned.
  const text = sk.text(
    runs,
    {
      size: para.sizePt,
      color,
      leading,
      align: look?.align ?? (start === 'left' ? (placeholder?.align ?? 'left') : start),
      family,
      direction,
    },
    (set.width - para.indentPt) * KERNING_ALLOWANCE,
  );
  return { text, marker, pitch, tag, rtl };
}

/** Line `li` of a drawn paragraph, `at` points under the box's text top; the first carries the marker. */
function placedLine(drawn: DrawnPara, para: Para, li: number, at: number, width: number, click: number): PlacedLine {
  const { text, marker, pitch, tag, rtl } = drawn;
  // Mirrored for a right-to-left paragraph: the text ends the indent short of the left edge, the marker hangs right.
  const textX = rtl ? 0 : para.indentPt;
  const markerWidth = para.hangPt + 40;
  const markerX = rtl ? width - (para.indentPt - para.hangPt) - markerWidth : para.indentPt - para.hangPt;
  // Where the preview links the line to, and the click it appears on.
  const marks = {
    ...(para.source ? { source: `${para.source.file}:${para.source.line}:${para.source.column}` } : {}),
    ...(click > 0 ? { click } : {}),
  };
  return {
    bottom: at + pitch,
    place: (left, top) => [
      ...(marker && li === 0
        ? [
            {
              kind: 'text' as const,
              layout: marker,
              tag,
              x: left + markerX,
              y: top + at,
              width: markerWidth,
              ...marks,
            },
          ]
        : []),
      {
        kind: 'text',
        layout: text,
        line: li,
        tag,
        x: left + textX,
        y: top + at,
        width: width - para.indentPt,
        ...marks,
      },
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
