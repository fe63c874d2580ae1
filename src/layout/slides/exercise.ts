// Exercise slide for projection: the task is the slide. A compact strip of details under the title, then the
// instructions and the task (a quiz's questions with each option on its own line, a scale or categories as tiles)
// across the full width at the body size; what does not fit continues, pages evened out.

import { say } from '../../i18n/locale.js';
import type { Block, Slide, Source, TaskChips } from '../../model/deck.js';
import type { Measure } from '../../text/measure.js';
import { bodySizes, type FlowItem, flowItems, rhythmOf } from '../blocks.js';
import { balancedFlow, pageBottom, paginateFlow, type Region, textWidthPt } from '../flow.js';
import { PT } from '../geometry.js';
import {
  bodySteps,
  type Ctx,
  captionSize,
  contentPage,
  type Draft,
  fitTitle,
  flowSizes,
  placeAfter,
  type TitleFit,
  tableTooWide,
} from '../page.js';
import {
  cutsWord,
  heightOf,
  numberWidth,
  para,
  paraLines,
  settingInsetX,
  textBox,
  textTop as textTopOf,
  withSpaceBefore,
} from '../text.js';
import type { Element, Para, TextBox } from '../types.js';
import { exerciseStrip } from './exercise-strip.js';

type ExerciseSlide = Extract<Slide, { kind: 'exercise' }>;

/** Space between the details and the title's text under them (the title's line has its own leading above its capitals); on a template's body, between them and the task. */
const STRIP_GAP = 0;
const LINE_GAP = 0.15;

/** Pages of an exercise slide. */
export function layoutExercise(ctx: Ctx, slide: ExerciseSlide): Draft[] {
  const { t, strip, first } = detailsAndTitle(ctx, slide);
  // The task at the body size, never smaller: it is read from the back of the room. A client's template sets its own
  // body size (often 28 pt) in its own, smaller text area: there the task takes the step down where that keeps it on
  // one slide, and continues at it, as the template's text does.
  const steps = bodySteps(ctx);
  const sizes = ctx.geo.template ? steps : steps.slice(0, 1);
  const pages = sizes.map((size) => taskPages(ctx, slide, t, first, size));
  const flow = pages.find((p) => p.length === 1) ?? pages[pages.length - 1]!;
  const placed = placeAfter(ctx, flow, slide.after, first, t.next);
  return placed.map((els, i) => contentPage(slide, t, i === 0 ? [strip, ...els] : els, i > 0));
}

/** The task's pages at `size`: instructions, task, tiles; the details and any text after the exercise are the caller's. */
function taskPages(ctx: Ctx, slide: ExerciseSlide, t: TitleFit, first: Region, size: number): Element[][] {
  // A scale or categories stand under the text as a row of tiles at the text's size; tiles too narrow for a word, or
  // taking more than half the room, are written as a line instead.
  const row = slide.chips ? chipRow(ctx.measure, slide.chips, first.w, size) : undefined;
  const chips = row && row.height <= 0.5 * (first.bottom - first.top) ? row : undefined;
  const text = [
    ...slide.exercise.instructions,
    ...(slide.task ?? []),
    ...(slide.chips && !chips ? [chipsLine(slide.chips, slide.source)] : []),
  ];
  const sizes = flowSizes(ctx, size);
  const under = (r: Region): Region => (chips ? { ...r, bottom: r.bottom - chips.height - CHIP_GAP } : r);
  const items = (examples: number) =>
    taskItems(ctx, slide, [...text, ...exampleBlocks(ctx, slide, examples)], size, first);
  // A sort shows as many of its example statements as leave the task on one page; the task itself continues only
  // when it does not fit a page without them, its pages evened out, the tiles under its end.
  const all = slide.examples?.length ?? 0;
  let flow: Element[][] | undefined;
  for (let k = all; k >= 0 && !flow; k--) {
    const one = paginateFlow(ctx.measure, items(k), under(first), under(first), sizes);
    if (one.length === 1) flow = one;
  }
  // A quiz that does not fit one slide goes into two columns where that takes fewer slides.
  const columns = !flow && slide.questions?.length ? quizColumns(ctx, slide, first, t.next, size) : undefined;
  if (!flow && columns && columns.length < paginateFlow(ctx.measure, items(all), first, t.next, sizes).length)
    flow = columns;
  if (!flow) {
    flow = balancedFlow(ctx.measure, items(all), first, t.next, sizes);
    const region = flow.length > 1 ? t.next : first;
    // No room for the tiles under the end of the task: every page keeps that room, so the end comes with the tiles.
    if (chips && pageBottom(flow[flow.length - 1]!, region.top) + CHIP_GAP + chips.height > region.bottom)
      flow = balancedFlow(ctx.measure, items(all), under(first), under(t.next), sizes);
  }
  if (chips) {
    const region = flow.length > 1 ? t.next : first;
    const last = flow[flow.length - 1]!;
    flow[flow.length - 1] = [
      ...last,
      ...chips.place(region.x, last.length > 0 ? pageBottom(last, region.top) + CHIP_GAP : region.top),
    ];
  }
  return flow;
}

/**
 * The title and the details. The details are a line over the title's text, in the top of the title's frame, so the
 * task has all the body: where a title of one line leaves that room above its text (on the built-in themes it
 * always does; a longer title there fits the rest of the frame, as a long title fits the whole). A template's title
 * keeps its own frame and size: there the details are the first line of the body.
 */
function detailsAndTitle(ctx: Ctx, slide: ExerciseSlide): { t: TitleFit; strip: TextBox; first: Region } {
  const size = captionSize(ctx, ctx.theme.sizes.body);
  const { geo } = ctx;
  const measured = exerciseStrip(ctx, slide.exercise, { x: geo.title.x, y: 0, w: geo.title.w }, size);
  const h = measured.frame.h;
  const textTop = (fit: TitleFit) => textTopOf(ctx.measure, fit.box);
  // Clear of the top bar.
  const highest = geo.topBar.y + geo.topBar.h + 0.1;
  const whole = fitTitle(ctx, slide.title);
  const fits = textTop(whole) - STRIP_GAP - h >= highest - 0.001;
  // On a template the details are always the body's first line, lined up with its text: over a one-line title and
  // under a two-line one, they would move from slide to slide.
  if (geo.template) {
    const inset = whole.first.setting ? settingInsetX(whole.first.setting) / PT : 0;
    const strip = {
      ...measured,
      frame: { ...measured.frame, x: whole.first.x + inset, y: whole.first.top, w: whole.first.w - 2 * inset },
    };
    return { t: whole, strip, first: { ...whole.first, top: strip.frame.y + h + LINE_GAP } };
  }
  const t = fits ? whole : fitTitle(ctx, slide.title, Math.max(0, highest + h + STRIP_GAP - geo.title.y));
  const y = textTop(t) - STRIP_GAP - h;
  // The title's frame starts under the details, so the two boxes do not overlap; its text stays where it was.
  const bottom = t.box.frame.y + t.box.frame.h;
  const box = y + h > t.box.frame.y ? { ...t.box, frame: { ...t.box.frame, y: y + h, h: bottom - y - h } } : t.box;
  return { t: { ...t, box }, strip: { ...measured, frame: { ...measured.frame, y } }, first: t.first };
}

/** "For example" and the first `n` of a sort's example statements (none for `n` 0). */
function exampleBlocks(ctx: Ctx, slide: ExerciseSlide, n: number): Block[] {
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
function taskItems(ctx: Ctx, slide: ExerciseSlide, blocks: readonly Block[], size: number, region: Region): FlowItem[] {
  const widthPt = textWidthPt(region);
  const items = textItems(ctx, blocks, size, region);
  // Questions and their options are set in a template placeholder's lines and its space before a question; an option
  // keeps to its question (no space before it) whatever the template says.
  for (const question of questionParas(ctx.measure, slide, size, widthPt, region.setting))
    items.push(...question.map((p) => ({ kind: 'para' as const, para: p })));
  return items;
}

/** The instructions and task text (not a quiz's questions) as flow items at `size`, set as `region` sets text. */
function textItems(ctx: Ctx, blocks: readonly Block[], size: number, region: Region): FlowItem[] {
  const { minBody, small } = ctx.theme.sizes;
  return flowItems(
    ctx.measure,
    blocks,
    bodySizes(size, minBody, small),
    textWidthPt(region),
    tableTooWide(ctx),
    region.setting,
  );
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
function quizColumns(
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
  const intro = paginateFlow(ctx.measure, textItems(ctx, blocks, size, first), first, first, flowSizes(ctx, size));
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

const CHIP_GAP = 0.25;
const CHIP_INSET = 8;
const CHIP_STRIP = 0.06;
const TILE_GAP = 0.12;

/**
 * A label ("Scale:", "Categories:"), then one tile per scale point or category side by side, at the size of the text
 * above. The label stands level with the tiles, on their left, where it takes a quarter of the row or less (else above
 * them). Undefined when a tile is too narrow for one of its words ("Sometimes" cut letter by letter reads as nothing),
 * so the caller writes the chips as a line.
 */
function chipRow(
  m: Measure,
  chips: TaskChips,
  width: number,
  size: number,
): { height: number; place: (x: number, y: number) => Element[] } | undefined {
  const label = para(m, [{ text: chips.label }], size, width * PT, { role: 'label' });
  if (cutsWord(m, label, width * PT)) return undefined;
  const labelW = (Math.max(...paraLines(m, label, width * PT).map((l) => l.widthPt)) + 4) / PT;
  const beside = paraLines(m, label, width * PT).length === 1 && labelW + 0.25 <= width / 4;
  const tilesX = beside ? labelW + 0.25 : 0;
  const n = Math.max(1, chips.items.length);
  const w = (width - tilesX - TILE_GAP * (n - 1)) / n;
  const textW = w * PT - 2 * CHIP_INSET;
  if (textW <= 0) return undefined;
  const tiles = chips.items.map((item) => [
    ...(item.head
      ? [para(m, [{ text: item.head }], Math.round(size * 1.2), textW, { role: 'cardTitle', align: 'center' })]
      : []),
    para(m, [{ text: item.text }], size, textW, { align: 'center', spaceBeforePt: 0 }),
  ]);
  if (tiles.some((ps) => ps.some((p) => cutsWord(m, p, textW)))) return undefined;
  const tileH = Math.max(...tiles.map((ps) => heightOf(ps, CHIP_INSET)));
  const labelH = heightOf([label]);
  const above = beside ? 0 : labelH + 0.08;
  return {
    height: above + CHIP_STRIP + tileH,
    place(x, y) {
      const top = y + above;
      const labelY = beside ? top + CHIP_STRIP + (tileH - labelH) / 2 : y;
      const els: Element[] = [textBox([label], { x, y: labelY, w: beside ? labelW : width })];
      tiles.forEach((ps, i) => {
        const left = x + tilesX + i * (w + TILE_GAP);
        els.push({ kind: 'shape', role: 'accent', frame: { x: left, y: top, w, h: CHIP_STRIP } });
        els.push(
          textBox(
            ps,
            { x: left, y: top + CHIP_STRIP, w },
            { style: 'card', insetPt: CHIP_INSET, valign: 'middle', minH: tileH },
          ),
        );
      });
      return els;
    },
  };
}

function chipsLine(chips: TaskChips, source: Source): Block {
  return {
    kind: 'paragraph',
    content: [
      { text: `${chips.label} `, bold: true },
      {
        text: chips.items
          .filter((i) => i.text !== '')
          .map((i) => (i.head ? `${i.head} = ${i.text}` : i.text))
          .join(' · '),
      },
    ],
    source,
  };
}
