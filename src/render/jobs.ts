// The render jobs a worker (or the main thread) can run, and their results: plain data, so they cross postMessage as they are.

import type { Diagnostic } from '../diagnostics.js';
import type { DeckModel } from '../model/deck.js';
import type { SlideNumbers, WorksheetPages } from './contract.js';
import type { RenderedKit } from './index.js';
import type { SlideDrawing } from './pdf/slides/drawing.js';

export type Job =
  | { kind: 'kit'; model: DeckModel }
  | { kind: 'worksheets'; model: DeckModel }
  | { kind: 'guide'; model: DeckModel; numbers: SlideNumbers; pages: WorksheetPages; drawings?: SlideDrawing[] };

export interface PdfDone {
  bytes: Uint8Array;
  diagnostics: Diagnostic[];
  ms: number;
  pages?: WorksheetPages;
}

export type JobResult<J extends Job> = J extends { kind: 'kit' } ? RenderedKit : PdfDone;

/** Runs one job in the current thread. */
export async function runJob(job: Job): Promise<RenderedKit | PdfDone> {
  const started = performance.now();
  // A job's text may be set in the content's own font files (a drawing made in another thread is): this thread must know them.
  const { suppliedFamilies } = await import('../text/measure.js');
  suppliedFamilies(job.model.theme.fontFiles);
  if (job.kind === 'kit') {
    const { renderKit } = await import('./index.js');
    return renderKit(job.model);
  }
  if (job.kind === 'worksheets') {
    const { renderWorksheets } = await import('./pdf/worksheets/index.js');
    const r = await renderWorksheets(job.model);
    return { bytes: r.bytes, diagnostics: r.diagnostics, pages: r.pages, ms: performance.now() - started };
  }
  const { renderGuide } = await import('./pdf/guide/index.js');
  const r = await renderGuide(job.model, job.numbers, job.pages, job.drawings);
  return { bytes: r.bytes, diagnostics: r.diagnostics, ms: performance.now() - started };
}

/** Loads the renderers and parses the fonts, so the first job pays for neither (a worker does this while the main thread loads content). */
export async function warmUp(): Promise<void> {
  const [{ FONT_KEYS, fontFor }, { faceMetrics }] = await Promise.all([import('./pdf/fonts.js'), import('../text/slide-fonts.js'), import('./index.js')]);
  for (const key of FONT_KEYS) fontFor(key);
  for (const bold of [false, true]) for (const italic of [false, true]) faceMetrics({ bold, italic });
}
