// Exercise slide: a side panel with number, time, grouping, activity and worksheet page; instructions beside it.
import { exerciseNumber, groupingText, kindText, say, type Locale } from '../../i18n/locale.js';
import type { Slide } from '../../model/deck.js';
import type { Region } from '../flow.js';
import { PT } from '../geometry.js';
import { contentPage, fitTitle, flowAtBestSize, placeAfter, type Ctx, type Draft } from '../page.js';
import { heightOf, largestFitting, para, textBox } from '../text.js';
import type { Element, Para } from '../types.js';

type ExerciseSlide = Extract<Slide, { kind: 'exercise' }>;

const PANEL_W = 3.3;
const PANEL_GAP = 0.45;
const INSET = 16;
/** What the worksheet page is measured with: the longer of "p. 888" and "see worksheets"; the renderer writes the real one. */
export function worksheetStandIn(locale: Locale): string {
  const page = say(locale, 'worksheet-page', { page: 888 });
  const none = say(locale, 'see-worksheets');
  return none.length > page.length ? none : page;
}

/** Pages of an exercise slide; instructions too long for the first page continue at full width. */
export function layoutExercise(ctx: Ctx, slide: ExerciseSlide): Draft[] {
  const { theme } = ctx;
  const t = fitTitle(ctx, slide.title);
  const ex = slide.exercise;
  const panelH = t.first.bottom - t.first.top;
  const widthPt = PANEL_W * PT - 2 * INSET;
  const build = (s: number): Para[] => {
    const label = Math.max(theme.sizes.minBody, s - 6);
    const ps: Para[] = [para([{ text: exerciseNumber(ctx.locale, ex.number) }], label + 2, widthPt, { role: 'label' })];
    // What the room needs first, largest: how long, then with whom; what and where smaller.
    const pair = (k: string, v: string, size: number, role: 'detail' | 'worksheetPage' | 'cardTitle' = 'detail') => {
      ps.push(para([{ text: k }], label, widthPt, { role: 'muted', spaceBeforePt: Math.round(s * 0.7) }));
      ps.push(para([{ text: v, bold: true }], size, widthPt, { role, spaceBeforePt: 2 }));
    };
    const { locale } = ctx;
    pair(say(locale, 'time'), say(locale, 'minutes-long', { n: ex.minutes }), Math.round(s * 1.6), 'cardTitle');
    pair(say(locale, 'grouping'), groupingText(locale, ex.grouping), Math.round(s * 1.2));
    pair(say(locale, 'activity'), kindText(locale, ex.kind), s);
    if (ex.hasWorksheet) pair(say(locale, 'worksheet'), worksheetStandIn(locale), s, 'worksheetPage');
    return ps;
  };
  const size = largestFitting(22, theme.sizes.minBody, panelH, (s) => heightOf(build(s), INSET)) ?? theme.sizes.minBody;
  const paras = build(size);
  const panel: Element = { ...textBox(paras, { x: t.first.x, y: t.first.top, w: PANEL_W }, { style: 'panel', insetPt: INSET }), frame: { x: t.first.x, y: t.first.top, w: PANEL_W, h: panelH } };
  const right: Region = { x: t.first.x + PANEL_W + PANEL_GAP, w: t.first.w - PANEL_W - PANEL_GAP, top: t.first.top, bottom: t.first.bottom };
  // The task itself (quiz questions, sort categories...) follows the instructions, set at one size with them.
  const text = [...ex.instructions, ...(slide.task ?? [])];
  const flow = text.length > 0 ? flowAtBestSize(ctx, text, right, t.next) : [[]];
  const pages = placeAfter(ctx, flow, slide.after, right, t.next);
  return pages.map((els, i) => contentPage(slide, t, i === 0 ? [panel, ...els] : els, i > 0));
}
