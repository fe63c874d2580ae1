// A module in the guide: its clock times and objectives, then each slide beside its talking points and each exercise in full.
import { clockSpan, say } from '../../../i18n/locale.js';
import type { AgendaItem, DeckModel, GuideModule, GuideSlideEntry } from '../../../model/deck.js';
import type { Box, Ctx, Tag } from '../document.js';
import type { Refs } from './refs.js';
import { anchor, fullWidth, heading, indent, label, paragraph, type Column } from '../boxes.js';
import { blocks, stringList } from '../blocks.js';
import { metaLine, minutesText } from '../parts.js';
import { INK, SPACE, TYPE, mm } from '../style.js';
import { thumbnail } from '../handouts/index.js';
import type { Thumbnails } from './thumbnails.js';
import { exerciseEntry } from './exercise.js';
import { RAIL, onRail } from './rail.js';

/** Width of a slide thumbnail beside its talking points, in points. */
const THUMB_W = mm(42);

function slideEntry(ctx: Ctx, parent: Tag, s: GuideSlideEntry, r: Refs, col: Column, item: AgendaItem | undefined, head: string, slideSize: { width: number; height: number }, thumbnails?: Thumbnails): Box[] {
  const source = item?.source;
  const sect = ctx.tag(parent, 'Div');
  const src = s.notes[0]?.source ?? source;
  // The slide itself, small, at the right of its heading and talking points (which make room for it).
  const figure = thumbnails ? ctx.tag(sect, 'Figure', { alt: s.title }) : undefined;
  const draw = figure ? thumbnails!(s.slideId, figure) : undefined;
  const content = draw ? { left: col.left + RAIL, width: col.width - RAIL - THUMB_W - SPACE.l } : indent(col, RAIL);
  const title = (): Box => heading(ctx, sect, s.title, 3, content, { before: 0, ...(src ? { source: src } : {}) });
  const railed = onRail(ctx, sect, r.slideLabel(s.slideId, src), title, col, src, item?.slideStarts[s.slideId]);
  const scale = THUMB_W / (slideSize.width * 72);
  const thumbH = slideSize.height * 72 * scale;
  const first: Box = draw
    ? {
        ...railed,
        draw(p, top) {
          railed.draw(p, top);
          thumbnail(p, draw, col.left + col.width - THUMB_W, top + SPACE.m + 2, scale, THUMB_W, thumbH);
        },
      }
    : railed;
  const out: Box[] = [anchor((p) => p.runningHead(head)), first];
  if (s.notes.length === 0) {
    out.push(...paragraph(ctx, sect, say(ctx.locale, 'no-talking-points'), { size: TYPE.label + 0.5, italic: true, color: INK.muted }, content, { before: 0 }));
  } else {
    out.push(...blocks(ctx, sect, s.notes, content, { before: 0, headingLevel: 4 }));
  }
  // Short notes: the entry still reaches below its thumbnail, so the next entry's rule never crosses it.
  if (draw) {
    const height = out.reduce((h, b, i) => h + b.height + (i > 1 ? (b.before ?? 0) : 0), 0);
    const needed = SPACE.m + 2 + thumbH + SPACE.s;
    if (height < needed) out.push({ height: needed - height, draw: () => undefined, keep: false });
    out[1] = { ...out[1]!, keep: true };
  }
  return out;
}

/** Share of the page that must be free for a module to start on it rather than on a new page. */
const MODULE_MIN_ROOM = 0.55;

/**
 * A module section. It starts on a new page, so a facilitator can turn to "what now" at a glance,
 * unless the previous module ended in the upper part of its page (55% or more of it free): then it
 * follows on that page after a wide gap, instead of leaving most of a page blank.
 */
export function moduleSection(ctx: Ctx, parent: Tag, m: GuideModule, model: DeckModel, r: Refs, onPlaced: (page: number) => void, thumbnails?: Thumbnails): Box[] {
  const col = fullWidth(ctx);
  const sect = ctx.tag(parent, 'Sect', { title: m.title });
  const item = model.agenda.items.find((i) => i.kind === 'module' && i.id === m.id);
  const slides = item && item.slideIds.length > 0 ? say(ctx.locale, 'slides', { range: r.slides(item.slideIds, item.source) }) : '';
  const head = `${m.title} · ${clockSpan(ctx.locale, m.start, m.end)}`;
  const out: Box[] = [
    anchor(
      (p) => {
        p.runningHead(head);
        onPlaced(p.page);
      },
      { minRoom: MODULE_MIN_ROOM * (ctx.frame.bottom - ctx.frame.top) },
    ),
    heading(ctx, sect, m.title, 1, col, { before: SPACE.xxl * 2, ...(item ? { source: item.source } : {}) }),
    ...metaLine(ctx, sect, [clockSpan(ctx.locale, m.start, m.end), minutesText(ctx, m.minutes), slides], col, item?.source),
  ];
  if (m.objectives.length > 0) {
    out.push(label(ctx, sect, say(ctx.locale, 'objectives'), col, { before: SPACE.m }));
    out.push(...stringList(ctx, sect, m.objectives, false, col, item?.source ?? { file: '', line: 1, column: 1 }));
  }
  for (const entry of m.entries) {
    if (entry.kind === 'slide') out.push(...slideEntry(ctx, sect, entry, r, col, item, head, model.theme.slide, thumbnails));
    else out.push(...exerciseEntry(ctx, sect, entry, model, r, col));
  }
  return out;
}
