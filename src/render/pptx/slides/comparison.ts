// Comparison: drawn as laid out, with its speaker notes.
import type { Slide } from '../../../model/deck.js';
import { standardPage, type SlideRenderer } from './common.js';

/** Renders a page of a comparison slide. */
export const renderComparison: SlideRenderer<Extract<Slide, { kind: 'comparison' }>> = (rc, slide, page, ps) => standardPage(rc, slide, page, ps);
