// Image slide (the picture carries its alt text as its description): drawn as laid out, with its speaker notes.
import type { Slide } from '../../../model/deck.js';
import { standardPage, type SlideRenderer } from './common.js';

/** Renders a page of a image slide. */
export const renderImage: SlideRenderer<Extract<Slide, { kind: 'image' }>> = (rc, slide, page, ps) => standardPage(rc, slide, page, ps);
