// Sort worksheet: the statements as table rows with a tick box under each category.
import { say } from '../../../i18n/locale.js';
import { INK, mm, SPACE, TYPE } from '../style.js';
import { table } from '../table.js';
import { naturalWidth } from '../text.js';
import { tickBox } from '../widgets.js';
import { minContentWidth } from '../words.js';
import type { BodyRenderer } from './types.js';

/** Statement rows × category columns, a tick box in every category cell. */
export const renderSort: BodyRenderer<'sort'> = (ctx, parent, body, col, source) => {
  const numW = mm(9);
  // Category columns are as wide as their names need, within a band that keeps room for the statements.
  const natural = body.categories.map(
    (c) => naturalWidth(ctx.text(c, { size: TYPE.label, bold: true, color: INK.text }, 10_000)) + 12,
  );
  const budget = col.width * 0.5;
  let catW = natural.map((w) => Math.min(mm(34), Math.max(mm(20), w)));
  const sum = catW.reduce((a, b) => a + b, 0);
  if (sum > budget) catW = catW.map((w) => (w * budget) / sum);
  const stmtW = col.width - numW - catW.reduce((a, b) => a + b, 0);
  // Category names are set smaller rather than broken mid-word when many share the width.
  const headerSize = Math.max(
    7,
    Math.min(
      TYPE.label,
      ...body.categories.map((c, i) => {
        const need = minContentWidth([{ text: c }], { size: TYPE.label, bold: true, color: INK.text }) + 12;
        return (TYPE.label * catW[i]!) / need;
      }),
    ),
  );
  return table(ctx, parent, col, {
    widths: [numW, stmtW, ...catW],
    align: ['right', 'left', ...body.categories.map(() => 'center' as const)],
    header: [
      { text: say(ctx.locale, 'number-sign') },
      { text: say(ctx.locale, 'statement') },
      ...body.categories.map((text) => ({ text, style: { size: headerSize } })),
    ],
    rows: body.items.map((text, i) => [
      { text: String(i + 1), style: { color: INK.muted } },
      { text },
      ...body.categories.map(() => ({ widget: tickBox() })),
    ]),
    grid: true,
    minRowHeight: mm(9),
    before: SPACE.l,
    source,
  });
};
