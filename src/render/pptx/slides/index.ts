// One renderer per slide kind, dispatched by table.
import type { SlideKind } from '../../../model/deck.js';
import { renderAgenda } from './agenda.js';
import { renderClosing } from './closing.js';
import type { SlideRenderer } from './common.js';
import { renderComparison } from './comparison.js';
import { renderContent } from './content.js';
import { renderExercise } from './exercise.js';
import { renderImage } from './image.js';
import { renderQuote } from './quote.js';
import { renderSection } from './section.js';
import { renderStyles } from './styles.js';
import { renderTable } from './table.js';
import { renderTitle } from './title.js';

/** The renderer of each slide kind. */
export const RENDERERS: { [K in SlideKind]: SlideRenderer<Extract<import('../../../model/deck.js').Slide, { kind: K }>> } = {
  title: renderTitle,
  agenda: renderAgenda,
  section: renderSection,
  content: renderContent,
  table: renderTable,
  comparison: renderComparison,
  styles: renderStyles,
  exercise: renderExercise,
  quote: renderQuote,
  image: renderImage,
  closing: renderClosing,
};
