// An exercise's task as flow items: its instructions and task text, a sort's example statements, and a quiz's
// questions with their options; a quiz too long for one slide set in two columns.

import { say } from '../../i18n/locale.js';
import type { Block, Slide } from '../../model/deck.js';
import type { Measure } from '../../text/measure.js';
import { type FlowItem, rhythmOf } from '../blocks.js';
import { bodyItems, flowSizes } from '../body-flow.js';
import { pageBottom, paginateFlow, type Region, textWidthPt } from '../flow.js';
import { PT } from '../geometry.js';
import type { Ctx } from '../page.js';
import { numberWidth, para, withSpaceBefore } from '../text.js';
import { heightOf, settingInsetX, textBox } from '../text-box.js';
import type { Element, Para } from '../types.js';

type ExerciseSlide = Extract<Slide, { kind: 'exercise' }>;

/** Space between the details and the task on a template's body, and between a quiz's instructions and its columns. */
export const LINE_GAP = 0.15;

/** "For example" and the first `n` of a sort's example statements (none for `n` 0). */
export function exampleBlocks(ctx: Ctx, slide: ExerciseSlide, n: number): Block[] {
  const examples = (slide.examples ?? []).slice(0, n);
  if (examples.length === 0) return [];
  return [
    { kind: 'heading', depth: 3, content: [{ text: say(ctx.locale, 'sort-examples') }], source: slide.source },
    {
      kind: 'list',
      ordered: false,
      start: 1,
      items: examples.map((text) => ({ content: [{ text }], children: [] })),
      source: slide.source,
    },
  ];
}

/**
 * The instructions and task as flow items at `size`, then a quiz's questions: each a numbered paragraph, each option
 * a paragraph of its own under it with its letter in bold, the question kept on one page with its options.
 */
export function taskItems(
  ctx: Ctx,
  slide: ExerciseSlide,
  blocks: readonly Block[],
  size: number,
  region: Region,
): FlowItem[] {
  const widthPt = textWidthPt(region);
  const items = bodyItems(ctx, blocks, size, region);
  // Questions and their options are set in a template placeholder's lines and its space before a question; an option
  // keeps to its question (no space before it) whatever the template says.
  for (const question of questionParas(ctx.measure, slide, size, widthPt, region.setting))
    items.push(...question.map((p) => ({ kind: 'para' as const, para: p })));
  return items;
}

/** A quiz's questions, each its numbered prompt and its options under it, set `widthPt` wide. */
function questionParas(
  m: Measure,
  slide: ExerciseSlide,
  size: number,
  widthPt: number,
  setting: Region['setting'],
): Para[][] {
  const rhythm = rhythmOf(setting);
  const questions = slide.questions ?? [];
  const hang = Math.ceil(Math.max(size * 1.1, numberWidth(m, questions.length, size) + size * 0.45));
  return questions.map((q, i) => [
    para(m, [{ text: q.prompt }], size, widthPt, {
      level: 1,
      marker: { kind: 'number', n: i + 1 },
      indentPt: hang,
      hangPt: hang,
      spaceBeforePt: rhythm.before(1, Math.round(size * 0.55)),
      ...rhythm.set(1),
      keepWithNext: q.options.length > 0,
    }),
    ...q.options.map((option, j) =>
      para(m, [{ text: String.fromCharCode(65 + j), bold: true }, { text: `  ${option}` }], size, widthPt, {
        level: 1,
        indentPt: hang,
        spaceBeforePt: 0,
        ...rhythm.set(1),
        keepWithNext: j < q.options.length - 1,
      }),
    ),
  ]);
}

/** Room between a quiz's two columns, inches. */
const COLUMN_GAP = 0.5;
/** The narrowest column a quiz is set in two of, in ems of its text: a question's prompt still reads in a few lines. */
const MIN_COLUMN_EMS = 13;

/**
 * A quiz too long for one slide, in two columns: the instructions across the first slide, then the questions down
 * its left column and its right, and on as many further slides as needed, each question whole in one column; the
 * last slide's questions shared between its columns. Undefined where the columns would be too narrow, a question is
 * taller than a column, or the instructions do not fit the first slide.
 */
export function quizColumns(
  ctx: Ctx,
  slide: ExerciseSlide,
  first: Region,
  next: Region,
  size: number,
): Element[][] | undefined {
  const inset = (r: Region) => (r.setting ? settingInsetX(r.setting) / PT : 0);
  const width = Math.min(...[first, next].map((r) => (r.w - 2 * inset(r) - COLUMN_GAP) / 2));
  if (width * PT < MIN_COLUMN_EMS * size) return undefined;
  const blocks = [...slide.exercise.instructions, ...(slide.task ?? [])];
  const intro = paginateFlow(ctx.measure, bodyItems(ctx, blocks, size, first), first, first, flowSizes(ctx, size));
  if (intro.length > 1) return undefined;
  const introBottom = intro[0]!.length > 0 ? pageBottom(intro[0]!, first.top) + LINE_GAP : first.top;
  // Each question's prompt and options, spaced from the question above it in the column by `gap`.
  const gap = Math.round(size * 0.9);
  const questions = questionParas(ctx.measure, slide, size, width * PT, undefined).map((q) => [
    withSpaceBefore(q[0]!, 0),
    ...q.slice(1),
  ]);
  const height = (qs: readonly Para[][]) => heightOf(stacked(qs, gap));
  if (questions.some((q) => height([q]) > next.bottom - next.top)) return undefined;
  // Columns in reading order: the first slide's two under the instructions, then two a slide.
  const column = (page: number, c: number) => {
    const r = page === 0 ? first : next;
    return { x: r.x + inset(r) + c * (width + COLUMN_GAP), top: page === 0 ? introBottom : r.top, bottom: r.bottom };
  };
  const pages: Para[][][][] = [[[], []]];
  let [page, c] = [0, 0];
  for (const q of questions) {
    // An empty column of a later slide holds any question (checked above); the first slide's may not.
    while (column(page, c).top + height([...pages[page]![c]!, q]) > column(page, c).bottom + 0.001) {
      if (pages[page]![c]!.length === 0 && page > 0) break;
      [page, c] = c === 0 ? [page, 1] : [page + 1, 0];
      pages[page] ??= [[], []];
    }
    pages[page]![c]!.push(q);
  }
  // The last slide's questions shared out, the left column the longer, where both columns still hold theirs.
  const last = pages[pages.length - 1]!;
  const all = last.flat();
  const shared = [all.slice(0, Math.ceil(all.length / 2)), all.slice(Math.ceil(all.length / 2))];
  const room = column(pages.length - 1, 0);
  if (shared.every((qs) => room.top + height(qs) <= room.bottom + 0.001)) pages[pages.length - 1] = shared;
  return pages.map((cols, i) => [
    ...(i === 0 ? intro[0]! : []),
    ...cols.flatMap((qs, k) => {
      if (qs.length === 0) return [];
      const at = column(i, k);
      return [textBox(stacked(qs, gap), { x: at.x, y: at.top, w: width })];
    }),
  ]);
}

/** Questions one under another in a column, each after the first `gap` points below the one above. */
function stacked(questions: readonly Para[][], gap: number): Para[] {
  return questions.flatMap((q, k) => (k === 0 ? q : [withSpaceBefore(q[0]!, gap), ...q.slice(1)]));
}
