// The renderer of each slide kind: every kind draws its laid-out pages with its notes, the exercise slide also fills in its worksheet page and timing.
import type { Slide } from '../../../model/deck.js';
import { type SlideRenderer, standardPage } from './common.js';
import { renderExercise } from './exercise.js';

/** Renders one physical page of a slide of any kind. */
export const renderSlide: SlideRenderer = (rc, slide: Slide, page, ps) =>
  slide.kind === 'exercise' ? renderExercise(rc, slide, page, ps) : standardPage(rc, slide, page, ps);
