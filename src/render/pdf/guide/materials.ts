// Materials checklist: what to bring, how many, and which modules and exercises need it, with a box to tick when packed.
import { exerciseNumber, type Locale, listOf, numeral, say } from '../../../i18n/locale.js';
import type { DeckModel } from '../../../model/deck.js';
import { anchor, fullWidth, heading } from '../boxes.js';
import type { Box, Ctx, Tag } from '../document.js';
import { INK, mm, SPACE } from '../style.js';
import { table } from '../table.js';
import { tickBox } from '../widgets.js';
import type { Refs } from './refs.js';

/** "Exercises 1, 3 and 5", or "All exercises" when every exercise of the day needs it. */
function usedBy(locale: Locale, refs: readonly string[], r: Refs, total: number): string {
  const nums: number[] = [];
  const other: string[] = [];
  for (const ref of refs) {
    const n = r.exercise(ref)?.number ?? Number(/^Exercise\s+(\d+)$/i.exec(ref.trim())?.[1] ?? NaN);
    if (Number.isNaN(n)) other.push(ref);
    else if (!nums.includes(n)) nums.push(n);
  }
  nums.sort((a, b) => a - b);
  if (total > 2 && nums.length === total && other.length === 0) return say(locale, 'materials-all-exercises');
  const numbers = nums.map((n) => numeral(locale, n));
  const parts = [
    ...(nums.length === 0
      ? []
      : nums.length === 1
        ? [exerciseNumber(locale, nums[0]!)]
        : [say(locale, 'materials-exercises', { list: listOf(locale, numbers) })]),
    ...other,
  ];
  return parts.join('; ');
}

/** The checklist table; nothing when the content lists no materials. */
export function materials(ctx: Ctx, parent: Tag, model: DeckModel, r: Refs, onPlaced: (page: number) => void): Box[] {
  const list = model.guide.materials;
  if (list.length === 0) return [];
  const total = model.agenda.items.reduce((n, i) => n + i.exercises.length, 0);
  const col = fullWidth(ctx);
  const boxW = mm(10);
  const countW = mm(42);
  const forW = mm(48);
  return [
    anchor((p) => onPlaced(p.page)),
    heading(ctx, parent, say(ctx.locale, 'materials-checklist'), 2, col, { before: SPACE.xxl }),
    ...table(ctx, parent, col, {
      widths: [boxW, col.width - boxW - countW - forW, countW, forW],
      align: ['center', 'left', 'left', 'left'],
      header: [
        { text: '' },
        { text: say(ctx.locale, 'materials-item') },
        { text: say(ctx.locale, 'materials-how-many') },
        { text: say(ctx.locale, 'materials-needed-for') },
      ],
      rows: list.map((m) => [
        { widget: tickBox() },
        { text: m.item, style: { bold: true } },
        { text: m.count ?? '—', style: m.count ? {} : { color: INK.muted } },
        {
          text: [...m.modules, usedBy(ctx.locale, m.exercises, r, total)].filter(Boolean).join('; '),
          style: { color: INK.muted },
        },
      ]),
      minRowHeight: mm(8),
      keepTogether: true,
      before: SPACE.s,
    }),
  ];
}
