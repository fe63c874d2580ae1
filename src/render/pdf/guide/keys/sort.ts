// Sort key: each statement with the category it belongs in.
import { say } from '../../../../i18n/locale.js';
import { label } from '../../boxes.js';
import { INK, mm, SPACE } from '../../style.js';
import { table } from '../../table.js';
import type { KeyRenderer } from './types.js';

/** Statement → category, numbered as on the worksheet. */
export const sortKey: KeyRenderer<'sort'> = (ctx, parent, key, g, col) => {
  const numW = mm(9);
  const ansW = Math.min(mm(40), col.width * 0.3);
  return [
    label(ctx, parent, say(ctx.locale, 'answer-key'), col, { before: SPACE.l }),
    ...table(ctx, parent, col, {
      widths: [numW, col.width - numW - ansW, ansW],
      align: ['right', 'left', 'left'],
      header: [
        { text: say(ctx.locale, 'number-sign') },
        { text: say(ctx.locale, 'statement') },
        { text: say(ctx.locale, 'belongs-in') },
      ],
      rows: key.items.map((it, i) => [
        { text: String(i + 1), style: { color: INK.muted } },
        { text: it.text },
        { text: it.answer, style: { bold: true } },
      ]),
      before: SPACE.xs,
      source: g.exercise.source,
    }),
  ];
};
