// Exercise slide for projection: the task is the slide. A compact strip of details under the title, then the
// instructions and the task (a quiz's questions with each option on its own line, a scale or categories as tiles)
// across the full width at the body size; what does not fit continues, pages evened out.

import type { Slide } from '../../model/deck.js';
import { balancedFlow } from '../balance.js';
import { bodySteps, captionSize, flowSizes, placeAfter } from '../body-flow.js';
import { pageBottom, paginateFlow, type Region } from '../flow.js';
import { PT } from '../geometry.js';
import { type Ctx, contentPage, type Draft, fitTitle, type TitleFit } from '../page.js';
import { settingInsetX, textTop as textTopOf } from '../text-box.js';
import type { Element, TextBox } from '../types.js';
import { CHIP_GAP, chipRow, chipsLine } from './exercise-chips.js';
import { exerciseStrip } from './exercise-strip.js';
import { exampleBlocks, LINE_GAP, quizColumns, taskItems } from './exercise-task.js';

type ExerciseSlide = Extract<Slide, { kind: 'exercise' }>;

/**
 * Space between the details and the title's text under them (the title's line has its own leading above its
 * capitals).
 */
const STRIP_GAP = 0;

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
