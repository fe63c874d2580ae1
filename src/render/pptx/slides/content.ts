// Content slide: drawn as laid out, with its speaker notes.
import type { Slide } from '../../../model/deck.js';
import { standardPage, type SlideRenderer } from './common.js';

/** Renders a page of a content slide. */
export const renderContent: SlideRenderer<Extract<Slide, { kind: 'content' }>> = (rc, slide, page, ps) => standardPage(rc, slide, page, ps);
