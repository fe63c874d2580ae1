// Exercise slide: a side panel with number, time, grouping, activity and worksheet page; instructions beside it.
import type { ExerciseKind, Slide } from '../../model/deck.js';
import type { Region } from '../flow.js';
import { PT } from '../geometry.js';
import { contentPage, fitTitle, flowAtBestSize, placeAfter, type Ctx, type Draft } from '../page.js';
import { heightOf, largestFitting, para, textBox } from '../text.js';
import type { Element, Para } from '../types.js';

type ExerciseSlide = Extract<Slide, { kind: 'exercise' }>;

const PANEL_W = 3.3;
const PANEL_GAP = 0.45;
const INSET = 16;
/** What "Worksheet p. N" is measured with; the renderer writes the real number. */
export const WORKSHEET_STANDIN = 'p. 888';

const KIND_LABEL: Record<ExerciseKind, string> = {
  sort: 'Sort',
  reflection: 'Reflection',
  'self-assessment': 'Self-assessment',
  scenario: 'Scenario',
  quiz: 'Quiz',
  'action-plan': 'Action plan',
};

/** The label shown for an exercise kind. */
export function kindLabel(kind: ExerciseKind): string {
  return KIND_LABEL[kind];
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
    const ps: Para[] = [para([{ text: `Exercise ${ex.number}` }], label + 2, widthPt, { role: 'label' })];
    const pair = (k: string, v: string, role: 'detail' | 'worksheetPage' = 'detail') => {
      ps.push(para([{ text: k }], label, widthPt, { role: 'muted', spaceBeforePt: Math.round(s * 0.7) }));
      ps.push(para([{ text: v, bold: true }], s, widthPt, { role, spaceBeforePt: 2 }));
    };
    pair('Time', `${ex.minutes} minutes`);
    pair('Grouping', capitalise(ex.grouping));
    pair('Activity', kindLabel(ex.kind));
    if (ex.hasWorksheet) pair('Worksheet', WORKSHEET_STANDIN, 'worksheetPage');
    return ps;
  };
  const size = largestFitting(22, theme.sizes.minBody, panelH, (s) => heightOf(build(s), INSET)) ?? theme.sizes.minBody;
  const paras = build(size);
  const panel: Element = { ...textBox(paras, { x: t.first.x, y: t.first.top, w: PANEL_W }, { style: 'panel', insetPt: INSET }), frame: { x: t.first.x, y: t.first.top, w: PANEL_W, h: panelH } };
  const right: Region = { x: t.first.x + PANEL_W + PANEL_GAP, w: t.first.w - PANEL_W - PANEL_GAP, top: t.first.top, bottom: t.first.bottom };
  const flow = ex.instructions.length > 0 ? flowAtBestSize(ctx, ex.instructions, right, t.next) : [[]];
  const pages = placeAfter(ctx, flow, slide.after, right, t.next);
  return pages.map((els, i) => contentPage(slide, t, i === 0 ? [panel, ...els] : els, i > 0));
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
