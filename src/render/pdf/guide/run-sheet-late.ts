// The run sheet's words for a late room: a late start and what it dropped, and what to drop to recover time.
import { droppedList, lateStartSentences } from '../../../i18n/late-start.js';
import { say } from '../../../i18n/locale.js';
import type { Agenda } from '../../../model/deck.js';
import { type Column, label, paragraph } from '../boxes.js';
import type { Box, Ctx, Tag } from '../document.js';
import { INK, SPACE, TYPE } from '../style.js';

/** Under the summary: the late start, set apart so it is read before the table. */
export function lateStartBoxes(ctx: Ctx, parent: Tag, agenda: Agenda, col: Column): Box[] {
  const sentences = lateStartSentences(ctx.locale, agenda);
  if (!sentences) return [];
  const [first, second] = sentences;
  return paragraph(
    ctx,
    parent,
    [{ text: `${first} `, bold: true }, { text: second }],
    { size: TYPE.body, color: INK.text },
    col,
    { before: SPACE.s, keepLast: true },
  );
}

/** After the table: for 10, 15 and 20 minutes, the smallest set of optional items to drop, or that there is not enough. */
export function recoveryBoxes(ctx: Ctx, parent: Tag, agenda: Agenda, col: Column): Box[] {
  const recovery = agenda.recovery;
  if (!recovery) return [];
  const lines = recovery.options.flatMap((o) =>
    paragraph(
      ctx,
      parent,
      o.drop
        ? say(ctx.locale, 'recovery-drop', { n: o.minutes, list: droppedList(ctx.locale, o.drop) })
        : say(ctx.locale, 'recovery-none', { n: o.minutes, available: recovery.available }),
      { size: TYPE.body, color: INK.text },
      col,
      { before: SPACE.xs },
    ),
  );
  return [label(ctx, parent, say(ctx.locale, 'recovery-title'), col, { before: SPACE.l }), ...lines];
}
