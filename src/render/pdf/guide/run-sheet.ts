// The run sheet: every agenda item with its clock times, minutes, slides, and the exercises inside it.
import type { DeckModel } from '../../../model/deck.js';
import type { Box, Ctx, Tag } from '../document.js';
import type { Refs } from './refs.js';
import { anchor, fullWidth, heading, paragraph } from '../boxes.js';
import { table, type CellSpec } from '../table.js';
import { groupingText } from '../parts.js';
import { INK, SPACE, TYPE, mm } from '../style.js';

/** The run sheet table, breaks shaded, exercises as indented sub-rows with their own times; times come from the model as they are. */
export function runSheet(ctx: Ctx, parent: Tag, model: DeckModel, r: Refs, onPlaced: (page: number) => void): Box[] {
  const col = fullWidth(ctx);
  const a = model.agenda;
  const rows: CellSpec[][] = [];
  const fills: (string | undefined)[] = [];
  const rules: ('strong' | 'normal' | 'none')[] = [];
  const sources = [];
  for (const item of a.items) {
    const isBreak = item.kind === 'break';
    rows.push([
      { text: `${item.start}–${item.end}`, style: { bold: true } },
      { text: String(item.minutes) },
      { text: item.title, style: { bold: true, ...(isBreak ? { italic: true, color: INK.muted } : {}) } },
      { text: isBreak ? '' : r.slides(item.slideIds, item.source) },
    ]);
    fills.push(isBreak ? INK.fill : undefined);
    rules.push(rows.length === 1 ? 'none' : 'strong');
    sources.push(item.source);
    for (const e of item.exercises) {
      const info = r.exercise(e.id);
      const page = r.worksheetPage(e.id);
      const details = [groupingText(e.grouping), info?.materials.join(', '), page !== undefined ? `Worksheet p. ${page}` : undefined].filter(Boolean).join(' · ');
      const slideId = r.exerciseSlide(e.id, item.id);
      rows.push([
        { text: `${e.start}–${e.end}`, style: { color: INK.muted }, indent: SPACE.s },
        { text: String(e.minutes), style: { color: INK.muted } },
        { text: `Exercise ${e.number} · ${e.title}`, note: details, indent: SPACE.m },
        { text: slideId ? r.slides([slideId], info?.source ?? item.source) : '', style: { color: INK.muted } },
      ]);
      fills.push(undefined);
      rules.push('normal');
      sources.push(info?.source ?? item.source);
    }
  }
  const breaks = a.items.filter((i) => i.kind === 'break').length;
  const timeW = mm(28);
  const minW = mm(12);
  const slideW = mm(20);
  return [
    anchor(
      (p) => {
        p.runningHead('Run sheet');
        onPlaced(p.page);
      },
      { newPage: true },
    ),
    heading(ctx, parent, 'Run sheet', 1, col, { before: 0 }),
    ...paragraph(ctx, parent, `${a.start}–${a.end}  ·  ${a.minutes} minutes  ·  ${a.items.length - breaks} modules, ${breaks} break${breaks === 1 ? '' : 's'}`, { size: TYPE.label + 0.5, color: INK.muted }, col, { keepLast: true }),
    ...table(ctx, parent, col, {
      widths: [timeW, minW, col.width - timeW - minW - slideW, slideW],
      align: ['left', 'right', 'left', 'left'],
      header: [{ text: 'Time' }, { text: 'Min' }, { text: 'Item' }, { text: 'Slides' }],
      rows,
      rowFill: (i) => fills[i],
      rowRule: (i) => rules[i] ?? 'normal',
      rowSources: sources,
      before: SPACE.m,
    }),
  ];
}
