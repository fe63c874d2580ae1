// Closing slide: drawn as laid out, with its speaker notes.
import type { Slide } from '../../../model/deck.js';
import { standardPage, type SlideRenderer } from './common.js';

/** Renders a page of a closing slide. */
export const renderClosing: SlideRenderer<Extract<Slide, { kind: 'closing' }>> = (rc, slide, page, ps) => standardPage(rc, slide, page, ps);
