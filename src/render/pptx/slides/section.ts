// Section divider: drawn as laid out, with its speaker notes.
import type { Slide } from '../../../model/deck.js';
import { standardPage, type SlideRenderer } from './common.js';

/** Renders a page of a section slide. */
export const renderSection: SlideRenderer<Extract<Slide, { kind: 'section' }>> = (rc, slide, page, ps) => standardPage(rc, slide, page, ps);
