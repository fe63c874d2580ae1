// A module in the guide: its clock times and objectives, then each slide beside its talking points (runs of slides without any merged into one line) and each exercise in full.
import { clockSpan, say } from '../../../i18n/locale.js';
import type { DeckModel, GuideModule, GuideSlideEntry } from '../../../model/deck.js';
import { stringList } from '../blocks.js';
import { anchor, fullWidth, heading, label } from '../boxes.js';
import type { Box, Ctx, Tag } from '../document.js';
import type { PageSoFar } from '../flow.js';
import { metaLine, minutesText } from '../parts.js';
import { SPACE } from '../style.js';
import { exerciseEntry } from './exercise.js';
import type { Refs } from './refs.js';
import { type EntryEnv, runEntry, slideEntry, thumbSize } from './slide-entry.js';
import type { Thumbnails } from './thumbnails.js';

/** The module's entries, with each run of two or more slides without talking points merged into one. */
function entries(env: EntryEnv, sect: Tag, m: GuideModule, model: DeckModel): Box[] {
  const out: Box[] = [];
  for (let i = 0; i < m.entries.length; i++) {
    const entry = m.entries[i]!;
    if (entry.kind === 'exercise') {
      out.push(...exerciseEntry(env.ctx, sect, entry, model, env.r, env.col));
      continue;
    }
    const run: GuideSlideEntry[] = [];
    for (let j = i; j < m.entries.length; j++) {
      const e = m.entries[j]!;
      if (e.kind !== 'slide' || e.notes.length > 0) break;
      run.push(e);
    }
    if (run.length > 1) {
      out.push(...runEntry(env, sect, run));
      i += run.length - 1;
    } else out.push(...slideEntry(env, sect, entry));
  }
  return out;
}

/** Share of the page that must be free for a module to start on it rather than on a new page. */
const MODULE_MIN_ROOM = 0.55;

/** The same when the page holds no more than one entry of the module before (or the end of one). */
const MODULE_MIN_ROOM_SPARSE = 0.4;

/**
 * A module section. It starts on a new page, so a facilitator can turn to "what now" at a glance,
 * unless the page the previous module ended on holds little: 55% or more of it free, or no more than
 * one entry begun on it (the end of the one before may be there too) and 40% or more free. Then it
 * follows on that page after a wide gap, rather than leave a page with one short entry on it. Its
 * heading, times and objectives keep with its first entry's start, so they never end a page alone.
 */
export function moduleSection(
  ctx: Ctx,
  parent: Tag,
  m: GuideModule,
  model: DeckModel,
  r: Refs,
  onPlaced: (page: number) => void,
  thumbnails?: Thumbnails,
  afterModule = false,
): Box[] {
  const col = fullWidth(ctx);
  const sect = ctx.tag(parent, 'Sect', { title: m.title });
  const item = model.agenda.items.find((i) => i.kind === 'module' && i.id === m.id);
  const slides =
    item && item.slideIds.length > 0 ? say(ctx.locale, 'slides', { range: r.slides(item.slideIds, item.source) }) : '';
  const head = `${m.title} · ${clockSpan(ctx.locale, m.start, m.end)}`;
  const room = ctx.frame.bottom - ctx.frame.top;
  // After the run sheet and materials a module starts on a new page unless most of it is free.
  const minRoom = afterModule
    ? (page: PageSoFar) => (page.items <= 1 ? MODULE_MIN_ROOM_SPARSE : MODULE_MIN_ROOM) * room
    : MODULE_MIN_ROOM * room;
  const opening: Box[] = [
    anchor(
      (p) => {
        p.runningHead(head);
        onPlaced(p.page);
      },
      { minRoom },
    ),
    heading(ctx, sect, m.title, 1, col, { before: SPACE.xxl * 2, ...(item ? { source: item.source } : {}) }),
    ...metaLine(
      ctx,
      sect,
      [clockSpan(ctx.locale, m.start, m.end), minutesText(ctx, m.minutes), slides],
      col,
      item?.source,
    ),
  ];
  if (m.objectives.length > 0) {
    opening.push(label(ctx, sect, say(ctx.locale, 'objectives'), col, { before: SPACE.m }));
    opening.push(...stringList(ctx, sect, m.objectives, false, col, item?.source ?? { file: '', line: 1, column: 1 }));
  }
  const body = entries({ ctx, r, col, item, head, thumbnails, thumb: thumbSize(model.theme.slide) }, sect, m, model);
  return [...opening.map((b) => (body.length > 0 ? { ...b, keep: true } : b)), ...body];
}
