// Title slide: drawn as laid out, with its speaker notes.
import type { Slide } from '../../../model/deck.js';
import { standardPage, type SlideRenderer } from './common.js';

/** Renders a page of a title slide. */
export const renderTitle: SlideRenderer<Extract<Slide, { kind: 'title' }>> = (rc, slide, page, ps) => standardPage(rc, slide, page, ps);
