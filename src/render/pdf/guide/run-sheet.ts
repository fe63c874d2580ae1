// The run sheet: every agenda item with its clock times, minutes, slides, and the exercises inside it.
import { clock, clockSpan, exerciseHeading, groupingText, numeral, say } from '../../../i18n/locale.js';
import type { Agenda, AgendaExercise, AgendaItem, DeckModel, Source, TimeSpan } from '../../../model/deck.js';
import type { ExerciseInfo } from '../../../model/exercise.js';
import { anchor, fullWidth, heading, paragraph } from '../boxes.js';
import type { Box, Ctx, Tag } from '../document.js';
import { INK, mm, SPACE, TYPE } from '../style.js';
import { table } from '../table.js';
import { type CellSpec, TABLE_PAD_X } from '../table-spec.js';
import { naturalWidth } from '../text.js';
import type { Refs } from './refs.js';
import { lateStartBoxes, recoveryBoxes } from './run-sheet-late.js';

/** The run sheet table, breaks shaded, exercises as indented sub-rows with their own times; times come from the model as they are. */
export function runSheet(ctx: Ctx, parent: Tag, model: DeckModel, r: Refs, onPlaced: (page: number) => void): Box[] {
  const col = fullWidth(ctx);
  const { rows, fills, rules, sources } = runSheetRows(ctx, model.agenda, r);
  const header = [
    { text: say(ctx.locale, 'time') },
    { text: say(ctx.locale, 'run-sheet-min') },
    { text: say(ctx.locale, 'run-sheet-item') },
    { text: say(ctx.locale, 'run-sheet-slides') },
  ];
  const widths = columnWidths(ctx, header, rows, col.width);
  return [
    anchor(
      (p) => {
        p.runningHead(say(ctx.locale, 'run-sheet'));
        onPlaced(p.page);
      },
      { newPage: true },
    ),
    heading(ctx, parent, say(ctx.locale, 'run-sheet'), 1, col, { before: 0 }),
    ...paragraph(ctx, parent, summaryText(ctx, model.agenda), { size: TYPE.label + 0.5, color: INK.muted }, col, {
      keepLast: true,
    }),
    ...lateStartBoxes(ctx, parent, model.agenda, col),
    ...table(ctx, parent, col, {
      widths,
      align: ['left', 'right', 'left', 'left'],
      header,
      rows,
      rowFill: (i) => fills[i],
      rowRule: (i) => rules[i] ?? 'normal',
      rowSources: sources,
      before: SPACE.m,
    }),
    ...recoveryBoxes(ctx, parent, model.agenda, col),
  ];
}

/** The table's body rows, each with its fill, the weight of the rule above it and the source it points back to. */
interface RunSheetRows {
  rows: CellSpec[][];
  fills: (string | undefined)[];
  rules: ('strong' | 'normal' | 'none')[];
  sources: Source[];
}

/** A row per agenda item, each followed by a sub-row per exercise in it; the first row has no rule under the header. */
function runSheetRows(ctx: Ctx, agenda: Agenda, r: Refs): RunSheetRows {
  const out: RunSheetRows = { rows: [], fills: [], rules: [], sources: [] };
  const push = (row: CellSpec[], source: Source, rule: 'strong' | 'normal', fill?: string) => {
    out.rows.push(row);
    out.fills.push(fill);
    out.rules.push(out.rows.length === 1 ? 'none' : rule);
    out.sources.push(source);
  };
  for (const item of agenda.items) {
    const isBreak = item.kind === 'break';
    if (item.buffer) push(bufferRow(ctx, item.buffer), item.source, 'strong');
    const note = [
      item.fixed ? say(ctx.locale, 'fixed-at', { time: clock(ctx.locale, item.start) }) : undefined,
      item.optional ? say(ctx.locale, 'optional') : undefined,
    ].filter(Boolean);
    push(
      [
        { text: clockSpan(ctx.locale, item.start, item.end), style: { bold: true } },
        { text: numeral(ctx.locale, item.minutes) },
        {
          text: item.title,
          style: { bold: true, ...(isBreak ? { italic: true, color: INK.muted } : {}) },
          ...(note.length ? { note: note.join(' · ') } : {}),
        },
        { text: isBreak ? '' : r.slides(item.slideIds, item.source) },
      ],
      item.source,
      'strong',
      isBreak ? INK.fill : undefined,
    );
    for (const e of item.exercises) {
      const info = r.exercise(e.id);
      push(exerciseRow(ctx, e, item, info, r), info?.source ?? item.source, 'normal');
    }
  }
  const last = agenda.items.at(-1);
  if (agenda.bufferAtEnd && last) push(bufferRow(ctx, agenda.bufferAtEnd), last.source, 'strong');
  return out;
}

/** Time in hand: before a fixed break, or before the planned end after a late start's drops. */
function bufferRow(ctx: Ctx, buffer: TimeSpan): CellSpec[] {
  const muted = { italic: true, color: INK.muted };
  return [
    { text: clockSpan(ctx.locale, buffer.start, buffer.end), style: { color: INK.muted } },
    { text: numeral(ctx.locale, buffer.minutes), style: { color: INK.muted } },
    { text: say(ctx.locale, 'run-sheet-buffer'), style: muted },
    { text: '' },
  ];
}

/** An exercise's muted sub-row: its times, its grouping, materials and worksheet page under its heading, its slide. */
function exerciseRow(
  ctx: Ctx,
  e: AgendaExercise,
  item: AgendaItem,
  info: ExerciseInfo | undefined,
  r: Refs,
): CellSpec[] {
  const page = r.worksheetPage(e.id);
  const details = [
    e.optional ? say(ctx.locale, 'optional') : undefined,
    groupingText(ctx.locale, e.grouping),
    info?.materials.join(', '),
    page !== undefined ? say(ctx.locale, 'worksheet-page-long', { page }) : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  const slideId = r.exerciseSlide(e.id, item.id);
  return [
    { text: clockSpan(ctx.locale, e.start, e.end), style: { color: INK.muted }, indent: SPACE.s },
    { text: numeral(ctx.locale, e.minutes), style: { color: INK.muted } },
    { text: exerciseHeading(ctx.locale, e), note: details, indent: SPACE.m },
    { text: slideId ? r.slides([slideId], info?.source ?? item.source) : '', style: { color: INK.muted } },
  ];
}

/** The line under the heading: the day's span and length, and how many modules and breaks fill it. */
function summaryText(ctx: Ctx, agenda: Agenda): string {
  const breaks = agenda.items.filter((i) => i.kind === 'break').length;
  return say(ctx.locale, 'run-sheet-summary', {
    span: clockSpan(ctx.locale, agenda.start, agenda.end),
    duration: say(ctx.locale, 'minutes-long', { n: agenda.minutes }),
    modules: say(ctx.locale, 'modules-count', { n: agenda.items.length - breaks }),
    breaks: say(ctx.locale, 'breaks-count', { n: breaks }),
  });
}

/** Time, minutes, item and slides columns; the item takes what the other three leave. */
function columnWidths(ctx: Ctx, header: CellSpec[], rows: CellSpec[][], width: number): number[] {
  // Wide enough for the longest time on one line ("11:30 AM–12:15 PM" is longer than "11:30–12:15"),
  // and for each header word ("Diapositives") unbroken.
  const timeW = Math.max(mm(28), headerWidth(ctx, header[0]!), ...rows.map((row) => timeWidth(ctx, row[0]!)));
  const minW = Math.max(mm(12), headerWidth(ctx, header[1]!));
  const slideW = Math.max(mm(20), headerWidth(ctx, header[3]!));
  return [timeW, minW, width - timeW - minW - slideW, slideW];
}

/** The width a time cell needs to stay on one line, its indent and the table's padding included. */
function timeWidth(ctx: Ctx, cell: CellSpec): number {
  const natural = naturalWidth(
    ctx.text(
      cell.text ?? '',
      { size: TYPE.body, color: INK.text, bold: cell.style?.bold === true, leading: 1.3 },
      10_000,
    ),
  );
  return Math.ceil(natural + (cell.indent ?? 0) + 2 * TABLE_PAD_X + 1);
}

/** The width a header cell needs for its words on one line (headers are bold, label size). */
function headerWidth(ctx: Ctx, cell: CellSpec): number {
  return Math.ceil(
    naturalWidth(ctx.text(cell.text ?? '', { size: TYPE.label, color: INK.text, bold: true, leading: 1.3 }, 10_000)) +
      2 * TABLE_PAD_X +
      1,
  );
}
