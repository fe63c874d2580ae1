// Exercise slide: a side panel with number, time, grouping, activity and worksheet page; instructions and the task beside it.
import type { Block, Slide, Source, TaskChips } from '../../model/deck.js';
import { pageBottom, type Region } from '../flow.js';
import { PT } from '../geometry.js';
import { bodySteps, type Ctx, contentPage, type Draft, fitTitle, flowAtBestSize, flowAtSize, placeAfter } from '../page.js';
import { cutsWord, heightOf, para, textBox } from '../text.js';
import type { Element } from '../types.js';
import { exercisePanel, PANEL_W } from './exercise-panel.js';

type ExerciseSlide = Extract<Slide, { kind: 'exercise' }>;

const PANEL_GAP = 0.45;

/** Pages of an exercise slide; instructions too long for the first page continue at full width. */
export function layoutExercise(ctx: Ctx, slide: ExerciseSlide): Draft[] {
  const t = fitTitle(ctx, slide.title);
  const panel = exercisePanel(ctx, slide.exercise, { x: t.first.x, y: t.first.top, w: PANEL_W, h: t.first.bottom - t.first.top });
  const right: Region = { x: t.first.x + PANEL_W + PANEL_GAP, w: t.first.w - PANEL_W - PANEL_GAP, top: t.first.top, bottom: t.first.bottom };
  // The task itself (quiz questions, sort examples...) follows the instructions, set at one size with them.
  // A scale or categories stand under the text as a row of tiles at the text's size, room for which is
  // kept on the first page; tiles that would take more than half the text area are written as a line instead.
  const steps = bodySteps(ctx);
  const rowAt = (s: number) => {
    const row = slide.chips ? chipRow(slide.chips, right.w, s) : undefined;
    return row && row.height <= 0.5 * (right.bottom - right.top) ? row : undefined;
  };
  const tiled = steps.filter((s) => !slide.chips || rowAt(s));
  const asLine: Block[] = slide.chips && tiled.length === 0 ? [chipsLine(slide.chips, slide.source)] : [];
  const text = [...slide.exercise.instructions, ...(slide.task ?? []), ...asLine];
  const above = (row: ReturnType<typeof rowAt>): Region => (row ? { ...right, bottom: right.bottom - row.height - CHIP_GAP } : right);
  const sizes = tiled.length > 0 ? tiled : steps;
  // The body size or the step down where all fits one page; else split at the step down, the pages
  // evened out (the rest continues at full width), so no page holds a lonely last line.
  const fitting = sizes.find((s) => flowAtSize(ctx, text, above(rowAt(s)), t.next, s).length === 1);
  const textSize = fitting ?? sizes[sizes.length - 1]!;
  const chips = rowAt(textSize);
  const flow = text.length === 0 ? [[]] : fitting ? flowAtSize(ctx, text, above(chips), t.next, textSize) : flowAtBestSize(ctx, text, above(chips), t.next, textSize);
  if (chips) flow[0] = [...flow[0]!, ...chips.place(right.x, flow[0]!.length > 0 ? pageBottom(flow[0]!, right.top) + CHIP_GAP : right.top)];
  const pages = placeAfter(ctx, flow, slide.after, right, t.next);
  return pages.map((els, i) => contentPage(slide, t, i === 0 ? [panel, ...els] : els, i > 0));
}

const CHIP_GAP = 0.25;
const CHIP_INSET = 10;
const CHIP_STRIP = 0.06;

/**
 * A label, then one tile per scale point or category side by side, at the size of the text above;
 * undefined when a tile is too narrow for one of its words ("Sometimes" cut letter by letter reads
 * as nothing), so the caller tries the step down or writes the chips as a line.
 */
function chipRow(chips: TaskChips, width: number, size: number): { height: number; place: (x: number, y: number) => Element[] } | undefined {
  const gap = 0.12;
  const n = Math.max(1, chips.items.length);
  const w = (width - gap * (n - 1)) / n;
  const textW = w * PT - 2 * CHIP_INSET;
  if (textW <= 0) return undefined;
  const build = (s: number) => {
    const label = para([{ text: chips.label }], s, width * PT, { role: 'label' });
    const tiles = chips.items.map((item) => [
      ...(item.head ? [para([{ text: item.head }], Math.round(s * 1.4), textW, { role: 'cardTitle', align: 'center' })] : []),
      para([{ text: item.text }], s, textW, { align: 'center', spaceBeforePt: item.head ? 2 : 0 }),
    ]);
    const tileH = Math.max(...tiles.map((ps) => heightOf(ps, CHIP_INSET)));
    const whole = !cutsWord(label, width * PT) && tiles.every((ps) => ps.every((p) => !cutsWord(p, textW)));
    return { label, tiles, labelH: heightOf([label]), tileH, whole };
  };
  const chosen = build(size);
  if (!chosen.whole) return undefined;
  return {
    height: chosen.labelH + 0.08 + CHIP_STRIP + chosen.tileH,
    place(x, y) {
      const els: Element[] = [textBox([chosen.label], { x, y, w: width })];
      const top = y + chosen.labelH + 0.08;
      chosen.tiles.forEach((ps, i) => {
        const left = x + i * (w + gap);
        els.push({ kind: 'shape', role: 'accent', frame: { x: left, y: top, w, h: CHIP_STRIP } });
        els.push(textBox(ps, { x: left, y: top + CHIP_STRIP, w }, { style: 'card', insetPt: CHIP_INSET, valign: 'middle', minH: chosen.tileH }));
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
