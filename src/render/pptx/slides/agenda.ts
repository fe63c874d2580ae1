// Agenda: drawn as laid out, with its speaker notes.
import type { Slide } from '../../../model/deck.js';
import { standardPage, type SlideRenderer } from './common.js';

/** Renders a page of a agenda slide. */
export const renderAgenda: SlideRenderer<Extract<Slide, { kind: 'agenda' }>> = (rc, slide, page, ps) => standardPage(rc, slide, page, ps);
