// Agenda: the running order as a table of clock times, sessions (with their exercises) and minutes; breaks stand out.
import { clockSpan, duration, exerciseNumber, groupingText, type Locale, numeral, say } from '../../i18n/locale.js';
import type { Agenda, AgendaItem, Slide } from '../../model/deck.js';
import { bodySteps } from '../body-flow.js';
import { PT } from '../geometry.js';
import { type Ctx, contentPage, type Draft, fitTitle } from '../page.js';
import { useSpace } from '../space.js';
import { cell, columnWidths, rowHeight, splitBalanced, tableBox } from '../table.js';
import { para } from '../text.js';
import { textBox } from '../text-box.js';
import type { Cell, Element } from '../types.js';

type AgendaSlide = Extract<Slide, { kind: 'agenda' }>;

/** Pages of the agenda, the table split (header repeated) when the day is long. */
export function layoutAgenda(ctx: Ctx, slide: AgendaSlide): Draft[] {
  const { theme } = ctx;
  const t = fitTitle(ctx, slide.title);
  const { agenda } = ctx.model;
  const summarySize = Math.max(theme.sizes.minBody, 16);
  const summary = textBox(
    [para(ctx.measure, [{ text: summaryLine(ctx.locale, agenda) }], summarySize, t.first.w * PT, { role: 'muted' })],
    { x: t.first.x, y: t.first.top, w: t.first.w },
  );
  const firstTop = summary.frame.y + summary.frame.h + 0.1;

  const firstRoom = (b: AgendaTable) => t.first.bottom - firstTop - b.header.height;
  const nextRoom = (b: AgendaTable) => t.next.bottom - t.next.top - b.header.height;
  const pagesAt = (s: number, detail: ExerciseDetail) => {
    const b = agendaTable(ctx, slide.items, t.first.w, s, detail);
    return {
      b,
      split: splitBalanced(
        b.rows.map((r) => r.height),
        firstRoom(b),
        nextRoom(b),
      ),
    };
  };

  // One page reads best: the body size (or the step down) where it fits, with exercises one per line, then on one
  // line per session, then left to the guide; only a day too long for all three is split.
  const steps = bodySteps(ctx);
  let chosen: ReturnType<typeof pagesAt> | undefined;
  for (const detail of ['lines', 'inline', 'none'] as const) {
    for (const s of steps) {
      const at = pagesAt(s, detail);
      if (!chosen && at.split.length === 1) chosen = at;
    }
    if (chosen) break;
  }
  chosen ??= pagesAt(steps[steps.length - 1]!, 'lines');
  const { b } = chosen;
  // A table without rows still shows its header.
  const split = chosen.split.length > 0 ? chosen.split : [0];
  const drafts: Draft[] = [];
  let from = 0;
  split.forEach((count, i) => {
    const region = i === 0 ? t.first : t.next;
    const elements: Element[] = i === 0 ? [summary] : [];
    const top = i === 0 ? firstTop : region.top;
    if (count > 0 || split.length === 1)
      elements.push(tableBox('agenda', { x: region.x, y: top }, b.widths, b.header, b.rows.slice(from, from + count)));
    from += count;
    drafts.push(contentPage(slide, t, useSpace(elements, region), i > 0));
  });
  return drafts;
}

type ExerciseDetail = 'lines' | 'inline' | 'none';

/** The agenda's table measured: its header, its rows and its column widths. */
interface AgendaTable {
  header: { cells: Cell[]; height: number };
  rows: { cells: Cell[]; height: number }[];
  widths: number[];
}

/** The agenda's table at size `s`, its exercises shown as `detail` says, its columns filling `width` inches. */
function agendaTable(
  ctx: Ctx,
  items: readonly AgendaItem[],
  width: number,
  s: number,
  detail: ExerciseDetail,
): AgendaTable {
  const head = (key: 'agenda-time' | 'agenda-session' | 'agenda-minutes') => [
    { runs: [{ text: say(ctx.locale, key) }], sizePt: s },
  ];
  const header = [
    cell(head('agenda-time'), 'header'),
    cell(head('agenda-session'), 'header'),
    cell(head('agenda-minutes'), 'header', 'right'),
  ];
  const rows = items.map((i) => agendaRow(ctx.locale, i, s, ctx.theme.sizes.minBody, detail));
  const widths = columnWidths(ctx.measure, [header, ...rows], width, { fill: true });
  return {
    header: { cells: header, height: rowHeight(ctx.measure, header, widths) },
    rows: rows.map((cells) => ({ cells, height: rowHeight(ctx.measure, cells, widths) })),
    widths,
  };
}

function agendaRow(locale: Locale, item: AgendaItem, s: number, minBody: number, detail: ExerciseDetail): Cell[] {
  const time = cell(
    [{ runs: [{ text: clockSpan(locale, item.start, item.end) }], sizePt: s }],
    item.kind === 'break' ? 'break' : 'time',
  );
  const minutes = cell(
    [{ runs: [{ text: numeral(locale, item.minutes) }], sizePt: s }],
    item.kind === 'break' ? 'break' : 'body',
    'right',
  );
  if (item.kind === 'break')
    return [
      time,
      cell([{ runs: [{ text: item.title || say(locale, 'break'), italic: true }], sizePt: s }], 'break'),
      minutes,
    ];
  const sub = Math.max(minBody, s - 4);
  const session = cell(
    [
      { runs: [{ text: item.title, bold: true }], sizePt: s },
      ...(detail === 'lines'
        ? item.exercises.map((e) => ({
            runs: [
              {
                text: say(locale, 'agenda-exercise', {
                  exercise: exerciseNumber(locale, e.number),
                  title: e.title,
                  minutes: e.minutes,
                  grouping: groupingText(locale, e.grouping),
                }),
              },
            ],
            sizePt: sub,
            role: 'muted' as const,
          }))
        : detail === 'inline' && item.exercises.length > 0
          ? [
              {
                runs: [
                  {
                    text: item.exercises
                      .map((e) => `${say(locale, 'exercise-short', { n: e.number })} ${e.title}`)
                      .join('  ·  '),
                  },
                ],
                sizePt: sub,
                role: 'muted' as const,
              },
            ]
          : []),
    ],
    'body',
  );
  return [time, session, minutes];
}

/** "09:00–12:30 · 3 h 30 min, including a 15-minute break". */
function summaryLine(locale: Locale, agenda: Agenda): string {
  const breaks = agenda.items.filter((i) => i.kind === 'break');
  const facts = { span: clockSpan(locale, agenda.start, agenda.end), duration: duration(locale, agenda.minutes) };
  if (breaks.length === 0) return say(locale, 'agenda-summary', facts);
  return breaks.length === 1
    ? say(locale, 'agenda-with-break', { ...facts, minutes: breaks[0]!.minutes })
    : say(locale, 'agenda-with-breaks', { ...facts, n: breaks.length });
}
