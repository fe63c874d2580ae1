// Table slide: drawn as laid out, with its speaker notes.
import type { Slide } from '../../../model/deck.js';
import { standardPage, type SlideRenderer } from './common.js';

/** Renders a page of a table slide. */
export const renderTable: SlideRenderer<Extract<Slide, { kind: 'table' }>> = (rc, slide, page, ps) => standardPage(rc, slide, page, ps);
