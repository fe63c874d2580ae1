// The interface between build.ts and the renderers: bytes out, diagnostics instead of exceptions.
import type { Diagnostic } from '../diagnostics.js';

export type { SlideNumbers } from '../layout/types.js';

/** 1-based page in worksheets.pdf where each exercise's section starts. */
export type WorksheetPages = Record<string, number>;

export interface RenderResult {
  bytes: Uint8Array;
  diagnostics: Diagnostic[];
}

export interface WorksheetsResult extends RenderResult {
  pages: WorksheetPages;
}
