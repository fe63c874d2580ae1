// worksheets.pdf: a cover, then one section per exercise with a worksheet, each on its own pages, free of answers.
import { exerciseNumber, groupingText, say } from '../../../i18n/locale.js';
import type { WorksheetBody, WorksheetSection, WorksheetsModel } from '../../../model/deck.js';
import { Memo } from '../../../util/memo.js';
import type { WorksheetPages, WorksheetsResult } from '../../contract.js';
import { blocks } from '../blocks.js';
import { fullWidth } from '../boxes.js';
import type { Box, Ctx } from '../document.js';
import { createPdf, type Pdf } from '../document.js';
import { exerciseHeader, minutesText } from '../parts.js';
import { SPACE } from '../style.js';
import { renderActionPlan } from './action-plan.js';
import { worksheetCover } from './cover.js';
import { renderQuiz } from './quiz.js';
import { renderReflection } from './reflection.js';
import { renderScenario } from './scenario.js';
import { renderSelfAssessment } from './self-assessment.js';
import { renderSort } from './sort.js';
import type { BodyRenderer } from './types.js';

const BODIES: { [K in WorksheetBody['kind']]: BodyRenderer<K> } = {
  sort: renderSort,
  reflection: renderReflection,
  'self-assessment': renderSelfAssessment,
  scenario: renderScenario,
  quiz: renderQuiz,
  'action-plan': renderActionPlan,
};

function renderBody(ctx: Ctx, parent: Parameters<BodyRenderer<'sort'>>[1], section: WorksheetSection): Box[] {
  const col = fullWidth(ctx);
  const body = section.body;
  // The cast is safe: BODIES is keyed by kind, so the renderer picked matches the body's kind.
  const render = BODIES[body.kind] as BodyRenderer<typeof body.kind>;
  return render(ctx, parent, body as never, col, section.exercise.source);
}

/** Clients whose worksheets were rendered last, each with the inputs they were rendered from; oldest first. */
const lastRendered = new Memo<string, { key: string; result: Promise<WorksheetsResult> }>({ entries: 8 });

/**
 * Renders the participant worksheets. Reads only `model.worksheets` (answer-free by
 * type) and never the guide. `pages` gives the 1-based page each section starts on.
 *
 * Watch mode re-renders a client's kit after every save, and a save to slides or notes leaves
 * the worksheets' inputs as they were: the same inputs give the same bytes, so the last ones are
 * reused. The type admits nothing else of the model, so the key holds everything the bytes depend on.
 */
export function renderWorksheets(model: WorksheetsModel): Promise<WorksheetsResult> {
  const { workshop, client, theme, worksheets, buildDate, locale } = model;
  const key = JSON.stringify(
    { workshop, client, theme, worksheets, buildDate, locale } satisfies Required<WorksheetsModel>,
    bytesAsText,
  );
  const last = lastRendered.get(client.id);
  if (last?.key === key) {
    // Most recently used last: the oldest is the one to forget.
    lastRendered.touch(client.id);
    return last.result;
  }
  const entry = lastRendered.set(client.id, { key, result: render(model) });
  entry.result.catch(() => lastRendered.get(client.id) === entry && lastRendered.delete(client.id));
  return entry.result;
}

/** Images in the key: their bytes, not JSON's object of numbered entries. */
function bytesAsText(_key: string, value: unknown): unknown {
  return value instanceof Uint8Array
    ? `bytes:${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64')}`
    : value;
}

/**
 * The page each exercise's section starts on, without printing the file: what the deck, the slides and the guide
 * cite when the kit holds no worksheets. The sections are laid out and placed as for the file, so the pages are its.
 */
export function worksheetPages(model: WorksheetsModel): WorksheetPages {
  const { pdf, boxes, pages } = layOut(model);
  pdf.place(boxes);
  return pages;
}

async function render(model: WorksheetsModel): Promise<WorksheetsResult> {
  const { pdf, boxes, pages } = layOut(model);
  const bytes = await pdf.finish(boxes);
  return { bytes, diagnostics: pdf.ctx.diagnostics, pages };
}

/** The document and its boxes; `pages` is filled in as the boxes are placed. */
function layOut(model: WorksheetsModel): { pdf: Pdf; boxes: Box[]; pages: WorksheetPages } {
  const pdf = createPdf({ model, kind: say(model.locale, 'worksheets-title') });
  const { ctx } = pdf;
  const pages: WorksheetPages = {};
  const col = fullWidth(ctx);
  const cover = ctx.tag(ctx.root, 'Sect');
  const boxes: Box[] = worksheetCover(ctx, cover, model, pages);
  for (const section of model.worksheets) {
    const e = section.exercise;
    const sect = ctx.tag(ctx.root, 'Sect', { title: exerciseNumber(ctx.locale, e.number) });
    boxes.push(
      ...exerciseHeader(ctx, sect, e, col, [minutesText(ctx, e.minutes), groupingText(ctx.locale, e.grouping)], {
        newPage: true,
        onPlaced: (page) => {
          pages[e.id] = page;
        },
      }),
      ...blocks(ctx, sect, e.instructions, col, { before: SPACE.m }),
      ...renderBody(ctx, sect, section),
    );
  }
  return { pdf, boxes, pages };
}
