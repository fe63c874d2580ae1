// Styles catalogue: drawn as laid out, with its speaker notes.
import type { Slide } from '../../../model/deck.js';
import { standardPage, type SlideRenderer } from './common.js';

/** Renders a page of a styles slide. */
export const renderStyles: SlideRenderer<Extract<Slide, { kind: 'styles' }>> = (rc, slide, page, ps) => standardPage(rc, slide, page, ps);
