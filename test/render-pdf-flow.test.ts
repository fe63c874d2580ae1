// Pagination of the PDFs: where tables split, and when a guide module may start on a page already begun.
import { describe, expect, it } from 'vitest';
import { fullWidth, heading } from '../src/render/pdf/boxes.js';
import { type Box, createPdf } from '../src/render/pdf/document.js';
import { renderGuide } from '../src/render/pdf/guide/index.js';
import { table } from '../src/render/pdf/table.js';
import { pdfInfo, pdfText, toFile } from './support/pdf-text.js';
import { sampleModel, sampleSlideNumbers, sampleWorksheetPages } from './support/sample-model-pdf.js';
import { realClients } from './support/tools.js';

const tools = realClients('pdftotext', 'pdfinfo');

/**
 * A PDF with `above` pt of blank space, then a heading kept with a 12-row table whose rows hold
 * `lines` lines of text; returns, per page, the row labels and whether the heading or header is there.
 */
async function rowsPerPage(above: number, lines = 1): Promise<{ rows: string[]; header: boolean }[]> {
  const pdf = createPdf({ model: sampleModel(), kind: 'Flow test' });
  const { ctx } = pdf;
  const col = fullWidth(ctx);
  const spacer: Box = { height: above, draw: () => undefined };
  const text = Array.from({ length: lines }, () => 'A line of text in the second column').join('\n');
  const rows = Array.from({ length: 12 }, (_, i) => [
    { text: `Row${String(i + 1).padStart(2, '0')}` },
    { text: [{ text }] },
  ]);
  const title = heading(ctx, ctx.root, 'TableTitle', 2, col);
  const boxes = [
    spacer,
    { ...title, keep: true },
    ...table(ctx, ctx.root, col, {
      widths: [col.width / 3, (2 * col.width) / 3],
      header: [{ text: 'Label' }, { text: 'Text' }],
      rows,
    }),
  ];
  const file = toFile(await pdf.finish(boxes), 'flow');
  const pages = Number(pdfInfo(file).Pages);
  return Array.from({ length: pages }, (_, i) => {
    const page = pdfText(file, { first: i + 1, last: i + 1 });
    return { rows: page.match(/Row\d\d/g) ?? [], header: /TableTitle|Label/.test(page) };
  });
}

describe.runIf(tools)('PDF pagination', () => {
  it('never leaves a table header with fewer than three rows at the foot of a page, nor one row alone at the top', async () => {
    const room = (() => {
      const { ctx } = createPdf({ model: sampleModel(), kind: 'Flow test' });
      return ctx.frame.bottom - ctx.frame.top;
    })();
    // Blank space from "the whole table fits below" to "barely a header fits": every split point.
    for (let above = room * 0.3; above < room; above += 9) {
      const all = await rowsPerPage(above);
      expect(
        all.filter((p) => p.header && p.rows.length === 0),
        `a header without rows after ${above} pt`,
      ).toEqual([]);
      const pages = all.map((p) => p.rows).filter((p) => p.length > 0);
      expect(pages.flat()).toHaveLength(12);
      if (pages.length === 1) continue;
      expect(pages[0]!.length, `split after ${above} pt`).toBeGreaterThanOrEqual(3);
      expect(pages[pages.length - 1]!.length, `split after ${above} pt`).toBeGreaterThanOrEqual(2);
    }
  });

  it('splits a table of rows too tall to keep three together anywhere, never leaving its header alone', async () => {
    const room = (() => {
      const { ctx } = createPdf({ model: sampleModel(), kind: 'Flow test' });
      return ctx.frame.bottom - ctx.frame.top;
    })();
    for (let above = 0; above < room; above += 40) {
      const all = await rowsPerPage(above, 16);
      expect(
        all.filter((p) => p.header && p.rows.length === 0),
        `a header without rows after ${above} pt`,
      ).toEqual([]);
      expect(all.flatMap((p) => p.rows)).toHaveLength(12);
      // Each page but the last holds as many rows as fit: none is left mostly empty.
      const counts = all.map((p) => p.rows.length).filter((n) => n > 0);
      expect(
        Math.min(...counts.slice(1, -1), Infinity),
        `after ${above} pt: ${counts.join(', ')}`,
      ).toBeGreaterThanOrEqual(2);
    }
  });

  it('starts a guide module on the page the previous one ended on only when more than half of it is free', async () => {
    const model = sampleModel();
    const file = toFile((await renderGuide(model, sampleSlideNumbers, sampleWorksheetPages)).bytes, 'guide');
    const titles = new Set(model.guide.modules.map((m) => m.title));
    // A module's heading is the one line holding just its title (contents and run sheet lines hold more).
    const headings: { title: string; line: number; lines: number }[] = [];
    for (let p = 1; p <= Number(pdfInfo(file).Pages); p++) {
      const lines = pdfText(file, { first: p, last: p }).split('\n');
      lines.forEach((l, i) => titles.has(l.trim()) && headings.push({ title: l.trim(), line: i, lines: lines.length }));
    }
    expect(headings.map((h) => h.title).sort()).toEqual([...titles].sort());
    const midPage = headings.filter((h) => h.line > 5);
    // The sample's short welcome module leaves most of its page free: the next module follows on it.
    expect(midPage.length).toBeGreaterThan(0);
    for (const h of midPage) expect(h.line / h.lines, h.title).toBeLessThan(0.5);
  });
});
