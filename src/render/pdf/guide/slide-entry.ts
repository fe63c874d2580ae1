// A module's slide entries in the guide: a slide beside its talking points, or a run without any as one line.
import { say } from '../../../i18n/locale.js';
import type { AgendaItem, GuideSlideEntry, Inline, Source } from '../../../model/deck.js';
import { blocks } from '../blocks.js';
import { anchor, type Column, heading, indentStart } from '../boxes.js';
import type { Box, Ctx, Tag } from '../document.js';
import { thumbnail } from '../handouts/index.js';
import { INK, mm, SPACE, TYPE } from '../style.js';
import type { TextLayout } from '../text.js';
import { onRail, RAIL } from './rail.js';
import type { Refs } from './refs.js';
import type { Thumbnails } from './thumbnails.js';

/** Width of a slide thumbnail beside its talking points, in points. */
const THUMB_W = mm(42);

/** Space between the thumbnails of a run of slides without talking points, side by side. */
const THUMB_GAP = SPACE.m;

/** What every slide entry of one module is drawn with. */
export interface EntryEnv {
  ctx: Ctx;
  r: Refs;
  col: Column;
  item: AgendaItem | undefined;
  /** The running head of the module's pages. */
  head: string;
  thumbnails: Thumbnails | undefined;
  thumb: { scale: number; height: number };
}

/** How an entry opens: its rail label, its first box beside it, and the slide whose clock time stands under the label. */
interface EntryStart {
  /** Made after the section's figure, read before the first box. */
  label: () => string;
  first: (sect: Tag, content: Column) => Box;
  slideId: string;
  source: Source | undefined;
  /** The slide whose thumbnail stands at the right of the entry's text. */
  beside?: GuideSlideEntry;
}

/** An entry's section and its opening boxes: the anchor that sets the page's running head and the first box on the rail. */
function entryHead(
  env: EntryEnv,
  parent: Tag,
  start: EntryStart,
): { sect: Tag; content: Column; boxes: Box[]; thumbBeside: boolean } {
  const { ctx, col, thumbnails, thumb } = env;
  const sect = ctx.tag(parent, 'Div');
  // The slide itself, small, at the right of its heading and talking points (which make room for it).
  const figure = start.beside && thumbnails ? ctx.tag(sect, 'Figure', { alt: start.beside.title }) : undefined;
  const draw = start.beside && figure ? thumbnails!(start.beside.slideId, figure) : undefined;
  // Mirrored in a right-to-left kit: the rail on the right, the thumbnail on the left.
  const beside = col.width - RAIL - THUMB_W - SPACE.l;
  const content = draw
    ? { left: ctx.rtl ? col.left + THUMB_W + SPACE.l : col.left + RAIL, width: beside }
    : indentStart(ctx, col, RAIL);
  const railed = onRail(
    ctx,
    sect,
    start.label(),
    () => start.first(sect, content),
    col,
    start.source,
    env.item?.slideStarts[start.slideId],
  );
  const first: Box = draw
    ? {
        ...railed,
        draw(p, top) {
          railed.draw(p, top);
          const x = ctx.rtl ? col.left : col.left + col.width - THUMB_W;
          thumbnail(p, draw, x, top + SPACE.m + 2, thumb.scale, THUMB_W, thumb.height);
        },
      }
    : railed;
  return { sect, content, boxes: [anchor((p) => p.runningHead(env.head)), first], thumbBeside: draw !== undefined };
}

export function slideEntry(env: EntryEnv, parent: Tag, s: GuideSlideEntry): Box[] {
  const { ctx } = env;
  const src = s.notes[0]?.source ?? env.item?.source;
  const { sect, content, boxes, thumbBeside } = entryHead(env, parent, {
    label: () => env.r.slideLabel(s.slideId, src),
    first: (sect, content) => heading(ctx, sect, s.title, 3, content, { before: 0, ...(src ? { source: src } : {}) }),
    slideId: s.slideId,
    source: src,
    beside: s,
  });
  // A slide without talking points is its heading alone: the guide prints no placeholder for what is not there.
  const out: Box[] = [...boxes, ...blocks(ctx, sect, s.notes, content, { before: 0, headingLevel: 4 })];
  if (thumbBeside) keepBesideThumbnail(out, env.thumb.height);
  return endEntry(out);
}

/**
 * The thumbnail stands beside the heading and the first lines: they stay on one page with it, so it
 * never reaches into the footer. Short notes: the entry still reaches below the thumbnail (the next
 * entry's rule never crosses it), and that space stays with it too.
 */
function keepBesideThumbnail(out: Box[], thumbH: number): void {
  const needed = SPACE.m + 2 + thumbH + SPACE.s;
  let height = 0;
  for (let i = 1; i < out.length && height < needed; i++) {
    height += out[i]!.height + (i > 1 ? (out[i]!.before ?? 0) : 0);
    if (height < needed || i === 1) out[i] = { ...out[i]!, keep: true };
  }
  if (height < needed) out.push({ height: needed - height, draw: () => undefined, keep: false });
}

/** An entry's last box never keeps with what follows: a heading alone would otherwise carry the next module's opening with it. */
function endEntry(out: Box[]): Box[] {
  out[out.length - 1] = { ...out[out.length - 1]!, keep: false };
  return out;
}

export function thumbSize(slideSize: { width: number; height: number }): { scale: number; height: number } {
  const scale = THUMB_W / (slideSize.width * 72);
  return { scale, height: slideSize.height * 72 * scale };
}

/**
 * Consecutive slides without talking points, as one compact entry: "Slides 14–16" on the rail and
 * their titles on one line, each title its own tagged span, then their thumbnails side by side.
 */
export function runEntry(env: EntryEnv, parent: Tag, run: readonly GuideSlideEntry[]): Box[] {
  const { ctx, r, thumbnails, thumb } = env;
  const source = env.item?.source;
  const ids = run.map((s) => s.slideId);
  const titles = run.map((s) => s.title);
  const { sect, content, boxes } = entryHead(env, parent, {
    label: () => say(ctx.locale, 'slides', { range: r.slides(ids, source) }),
    first: (sect, content) => titleLine(ctx, sect, titles, content, source),
    slideId: ids[0]!,
    source,
  });
  if (!thumbnails) return endEntry(boxes);
  const draws = run.map((s) => thumbnails(s.slideId, ctx.tag(sect, 'Figure', { alt: s.title })));
  const { scale, height: thumbH } = thumb;
  const perRow = Math.max(1, Math.floor((content.width + THUMB_GAP) / (THUMB_W + THUMB_GAP)));
  for (let i = 0; i < draws.length; i += perRow) {
    const row = draws.slice(i, i + perRow);
    boxes.push({
      height: thumbH,
      before: i === 0 ? SPACE.xs : THUMB_GAP,
      // The rows keep with the titles above them and the room below.
      keep: true,
      draw(p, top) {
        row.forEach((draw, c) => {
          const step = c * (THUMB_W + THUMB_GAP);
          const x = ctx.rtl ? content.left + content.width - THUMB_W - step : content.left + step;
          if (draw) thumbnail(p, draw, x, top, scale, THUMB_W, thumbH);
        });
      },
    });
  }
  // Room below the last row, as below a thumbnail beside talking points.
  boxes.push({ height: SPACE.s, draw: () => undefined, keep: false });
  return boxes;
}

/**
 * Slide titles on one line set as a level-3 heading, joined by a muted " · " that never starts a line;
 * each title is drawn into its own span of the heading, the separators are decoration.
 */
function titleLine(ctx: Ctx, parent: Tag, titles: readonly string[], col: Column, source?: Source): Box {
  const h3 = ctx.tag(parent, 'H3');
  const spans = titles.map(() => ctx.tag(h3, 'Span'));
  const runs: Inline = titles.flatMap((text, i) => [...(i > 0 ? [{ text: '\u00a0· ' }] : []), { text, bold: true }]);
  const layout = ctx.text(runs, { size: TYPE.h3, color: INK.text, leading: 1.22 }, col.width, source);
  return {
    height: layout.height + SPACE.xs,
    before: 0,
    keep: true,
    ...(source ? { source } : {}),
    draw(p, top) {
      // Titles are bold and separators regular, so a segment's font says which it is.
      let k = 0;
      let inTitle = true;
      layout.lines.forEach((line, i) => {
        for (const seg of line.segments) {
          const bold = seg.font.endsWith('-bold');
          if (bold && !inTitle) k++;
          inTitle = bold;
          const one: TextLayout = {
            ...layout,
            lines: [{ segments: [bold ? seg : { ...seg, color: INK.muted }], width: line.width }],
          };
          p.line(
            one,
            0,
            bold ? spans[Math.min(k, spans.length - 1)]! : null,
            col.left,
            top + i * layout.lineHeight,
            col.width,
          );
        }
      });
    },
  };
}
