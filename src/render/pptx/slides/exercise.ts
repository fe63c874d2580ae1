// Exercise slide: fills in the worksheet page number and puts clock timing before the setup and debrief notes.
import { clockSpan, say } from '../../../i18n/locale.js';
import type { Para } from '../../../layout/types.js';
import type { Slide } from '../../../model/deck.js';
import { type SlideRenderer, standardPage } from './common.js';

type ExerciseSlide = Extract<Slide, { kind: 'exercise' }>;

/** Renders a page of an exercise slide. */
export const renderExercise: SlideRenderer<ExerciseSlide> = (rc, slide, page, ps) => {
  const ex = slide.exercise;
  const { locale } = rc.model;
  const worksheet = rc.worksheetPages[ex.id];
  if (ex.hasWorksheet && worksheet === undefined && page.part === 0)
    rc.diagnostics.push({
      rule: 'pptx/worksheet-page-unknown',
      message: `No worksheet page is known for exercise "${ex.id}"; the slide says "see worksheets".`,
      source: ex.source,
    });
  const written =
    worksheet === undefined ? say(locale, 'see-worksheets') : say(locale, 'worksheet-page-long', { page: worksheet });
  // Layout measured the page with a stand-in as the paragraph's last run: the real one takes its place and its look.
  const fillIn = (p: Para) =>
    p.role === 'worksheetPage' && p.runs.length > 0
      ? [...p.runs.slice(0, -1), { ...p.runs.at(-1)!, text: written }]
      : undefined;
  const timing = rc.model.agenda.items.flatMap((i) => i.exercises).find((e) => e.id === ex.id);
  const extra = timing
    ? [say(locale, 'notes-timing', { span: clockSpan(locale, timing.start, timing.end), minutes: timing.minutes })]
    : [];
  standardPage(rc, slide, page, ps, { fillIn }, extra);
};
