// An exercise slide's details in one compact strip: number, time, grouping and worksheet page, so the task itself has
// the slide. "Exercise 3 · 10 minutes · In small groups · Worksheet p. 4".
import { exerciseNumber, groupingText, type Locale, say } from '../../i18n/locale.js';
import type { Run, Slide } from '../../model/deck.js';
import { PT } from '../geometry.js';
import type { Ctx } from '../page.js';
import { para, paraLines } from '../text.js';
import { textBox } from '../text-box.js';
import type { TextBox } from '../types.js';

type Exercise = Extract<Slide, { kind: 'exercise' }>['exercise'];

const SEPARATOR = '   ·   ';
/** Lines the strip may take (labels renamed at length); past them the grouping, then the time, is shortened at a word. */
const MAX_LINES = 2;

/** What the worksheet page is measured with: the longer of "Worksheet p. 888" and "see worksheets"; the renderer writes the real one. */
export function worksheetStandIn(locale: Locale): string {
  const page = say(locale, 'worksheet-page-long', { page: 888 });
  const none = say(locale, 'see-worksheets');
  return none.length > page.length ? none : page;
}

/**
 * The strip at `at`, at `size`: a line of plain text, two at most. The worksheet page is its last run, in a paragraph
 * of role `worksheetPage`, which the renderers fill in.
 */
export function exerciseStrip(ctx: Ctx, ex: Exercise, at: { x: number; y: number; w: number }, size: number): TextBox {
  const { locale } = ctx;
  const widthPt = at.w * PT;
  const build = (number: string, time: string, grouping: string) => {
    const items: Run[][] = [
      ...(number ? [[{ text: number, bold: true }]] : []),
      [{ text: time, bold: true }],
      ...(grouping ? [[{ text: grouping }]] : []),
      ...(ex.hasWorksheet ? [[{ text: worksheetStandIn(locale) }]] : []),
    ];
    const runs = items.flatMap((item, i) => (i === 0 ? item : [{ text: SEPARATOR }, ...item]));
    return para(ctx.measure, runs, size, widthPt, { role: ex.hasWorksheet ? 'worksheetPage' : 'detail' });
  };
  const fits = (p: ReturnType<typeof build>) =>
    paraLines(ctx.measure, p, widthPt).length <= MAX_LINES && !paraLines(ctx.measure, p, widthPt).some((l) => l.broken);
  let number = exerciseNumber(locale, ex.number);
  let time = say(locale, 'minutes-long', { n: ex.minutes });
  let grouping = groupingText(locale, ex.grouping);
  // Labels renamed at length: the grouping gives way first, then the time, then the number, each shortened at a word.
  grouping = shortened(grouping, (v) => fits(build(number, time, v))) ?? '';
  time = shortened(time, (v) => fits(build(number, v, grouping))) ?? time;
  number = shortened(number, (v) => fits(build(v, time, grouping))) ?? '';
  return textBox([build(number, time, grouping)], at);
}

/** The most words of `text` (with an ellipsis when some are left out) that `fits` accepts; undefined when not even one word does. */
function shortened(text: string, fits: (value: string) => boolean): string | undefined {
  if (fits(text)) return text;
  const words = text.split(/\s+/).filter(Boolean);
  let lo = 0;
  let hi = words.length - 1;
  // Fewer words are never longer, so the longest prefix that fits is found by halving.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(`${words.slice(0, mid).join(' ')}…`)) lo = mid;
    else hi = mid - 1;
  }
  return lo > 0 ? `${words.slice(0, lo).join(' ')}…` : undefined;
}
