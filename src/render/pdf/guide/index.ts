// facilitator-guide.pdf: cover, run sheet, materials checklist, then every module with slides, talking points, exercises and keys.
import { clockSpan, say } from '../../../i18n/locale.js';
import type { DeckModel } from '../../../model/deck.js';
import type { RenderResult, SlideNumbers, WorksheetPages } from '../../contract.js';
import type { Box } from '../document.js';
import { createPdf } from '../document.js';
import type { ContentsEntry } from '../parts.js';
import type { SlideDrawing } from '../slides/drawing.js';
import { guideCover } from './cover.js';
import { materials } from './materials.js';
import { moduleSection } from './module.js';
import { refs } from './refs.js';
import { runSheet } from './run-sheet.js';
import { thumbnailsOf } from './thumbnails.js';

/**
 * Renders the facilitator guide. Slide numbers and worksheet pages come from the
 * other renderers (the guide prints them, it never guesses); clock times come from the model. Each slide entry shows
 * the slide's drawing when `drawings` are given.
 */
export async function renderGuide(
  model: DeckModel,
  slideNumbers: SlideNumbers,
  worksheetPages: WorksheetPages,
  drawings?: readonly SlideDrawing[],
): Promise<RenderResult> {
  const pdf = createPdf({ model, kind: say(model.locale, 'guide-title') });
  const { ctx } = pdf;
  const thumbnails = drawings ? thumbnailsOf(ctx, drawings) : undefined;
  const r = refs(model, slideNumbers, worksheetPages, ctx.diagnostics);
  const placed = new Map<string, number>();
  const at = (key: string) => (page: number) => {
    if (!placed.has(key)) placed.set(key, page);
  };
  const toc: ContentsEntry[] = [
    { title: say(model.locale, 'run-sheet'), page: () => placed.get('run-sheet') },
    ...(model.guide.materials.length > 0
      ? [{ title: say(model.locale, 'materials-checklist'), page: () => placed.get('materials') }]
      : []),
    ...model.guide.modules.map((m) => ({
      title: m.title,
      note: clockSpan(model.locale, m.start, m.end),
      page: () => placed.get(`module:${m.id}`),
    })),
  ];
  const cover = ctx.tag(ctx.root, 'Sect');
  const overview = ctx.tag(ctx.root, 'Sect', { title: say(model.locale, 'run-sheet') });
  const boxes: Box[] = [
    ...guideCover(ctx, cover, model, toc),
    ...runSheet(ctx, overview, model, r, at('run-sheet')),
    ...materials(ctx, overview, model, r, at('materials')),
  ];
  model.guide.modules.forEach((m, i) =>
    boxes.push(...moduleSection(ctx, ctx.root, m, model, r, at(`module:${m.id}`), thumbnails, i > 0)),
  );
  const bytes = await pdf.finish(boxes);
  return { bytes, diagnostics: ctx.diagnostics };
}
