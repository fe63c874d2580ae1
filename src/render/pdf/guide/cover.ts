// Guide cover: who, where, when and how long, then the contents with page numbers.
import { clockSpan, duration, type LabelKey, numeral, say } from '../../../i18n/locale.js';
import type { DeckModel } from '../../../model/deck.js';
import { fullWidth } from '../boxes.js';
import type { Box, Ctx, Tag } from '../document.js';
import { type ContentsEntry, contents, coverTitle, facts, minutesText } from '../parts.js';

/** "3 h 30 min" for long spans, so nobody divides by 60 at the lectern. */
export function durationText(ctx: Ctx, minutes: number): string {
  if (minutes < 60) return minutesText(ctx, minutes);
  return say(ctx.locale, 'length-with-hours', {
    duration: minutesText(ctx, minutes),
    hours: duration(ctx.locale, minutes),
  });
}

/** The cover page of the facilitator guide. */
export function guideCover(ctx: Ctx, parent: Tag, model: DeckModel, toc: ContentsEntry[]): Box[] {
  const col = fullWidth(ctx);
  const c = model.client;
  const a = model.agenda;
  const breaks = a.items.filter((i) => i.kind === 'break');
  const w = (key: LabelKey) => say(ctx.locale, key);
  const breakText =
    breaks.length === 0
      ? w('no-breaks')
      : say(ctx.locale, 'breaks-minutes', {
          n: breaks.length,
          list: breaks.map((b) => numeral(ctx.locale, b.minutes)).join(' + '),
        });
  return [
    ...coverTitle(ctx, parent, model, w('guide-title'), col),
    ...facts(
      ctx,
      parent,
      [
        [w('client'), c.name],
        [w('date'), c.dateText],
        [w('time'), clockSpan(ctx.locale, a.start, a.end)],
        [w('length'), say(ctx.locale, 'length-value', { duration: durationText(ctx, a.minutes), breaks: breakText })],
        [w('location'), c.location],
        [w('facilitator'), c.facilitator],
        [w('audience'), model.workshop.audience],
      ],
      col,
    ),
    ...contents(ctx, parent, w('contents'), toc, col),
  ];
}
