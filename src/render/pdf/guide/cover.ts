// Guide cover: who, where, when and how long, then the contents with page numbers.
import type { DeckModel } from '../../../model/deck.js';
import type { Box, Ctx, Tag } from '../document.js';
import { fullWidth } from '../boxes.js';
import { contents, coverTitle, facts, minutesText, type ContentsEntry } from '../parts.js';

/** "3 h 30 min" for long spans, so nobody divides by 60 at the lectern. */
export function durationText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return minutesText(minutes);
  return `${minutesText(minutes)} (${h} h${m ? ` ${m} min` : ''})`;
}

/** The cover page of the facilitator guide. */
export function guideCover(ctx: Ctx, parent: Tag, model: DeckModel, toc: ContentsEntry[]): Box[] {
  const col = fullWidth(ctx);
  const c = model.client;
  const a = model.agenda;
  const breaks = a.items.filter((i) => i.kind === 'break');
  const breakText = breaks.length === 0 ? 'no breaks' : `${breaks.length} break${breaks.length === 1 ? '' : 's'} (${breaks.map((b) => b.minutes).join(' + ')} min)`;
  return [
    ...coverTitle(ctx, parent, model, 'Facilitator guide', col),
    ...facts(ctx, parent, [
      ['Client', c.name],
      ['Date', c.dateText],
      ['Time', `${a.start}–${a.end}`],
      ['Length', `${durationText(a.minutes)}, including ${breakText}`],
      ['Location', c.location],
      ['Facilitator', c.facilitator],
      ['Audience', model.workshop.audience],
    ], col),
    ...contents(ctx, parent, 'Contents', toc, col),
  ];
}
