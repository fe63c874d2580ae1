// Quote slide: drawn as laid out, with its speaker notes.
import type { Slide } from '../../../model/deck.js';
import { standardPage, type SlideRenderer } from './common.js';

/** Renders a page of a quote slide. */
export const renderQuote: SlideRenderer<Extract<Slide, { kind: 'quote' }>> = (rc, slide, page, ps) => standardPage(rc, slide, page, ps);
