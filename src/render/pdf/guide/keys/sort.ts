// Sort key: each statement with the category it belongs in.
import type { KeyRenderer } from './types.js';
import { label } from '../../boxes.js';
import { table } from '../../table.js';
import { INK, SPACE, mm } from '../../style.js';

/** Statement → category, numbered as on the worksheet. */
export const sortKey: KeyRenderer<'sort'> = (ctx, parent, key, g, col) => {
  const numW = mm(9);
  const ansW = Math.min(mm(40), col.width * 0.3);
  return [
    label(ctx, parent, 'Answer key', col, { before: SPACE.l }),
    ...table(ctx, parent, col, {
      widths: [numW, col.width - numW - ansW, ansW],
      align: ['right', 'left', 'left'],
      header: [{ text: '#' }, { text: 'Statement' }, { text: 'Belongs in' }],
      rows: key.items.map((it, i) => [{ text: String(i + 1), style: { color: INK.muted } }, { text: it.text }, { text: it.answer, style: { bold: true } }]),
      before: SPACE.xs,
      source: g.exercise.source,
    }),
  ];
};
