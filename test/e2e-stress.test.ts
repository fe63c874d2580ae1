// Content built to break things: a 14-row comparison in three long columns, a 50-character Unicode client
// name, a yellow brand, long lists and tables, a client starting 13:30 and one with a shortened running order.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../src/build.js';
import { pdfPages, slideTexts, squash } from './support/artefacts.js';
import { FIXTURES } from './support/fixtures.js';
import { pdfFonts, pdfInfo, qpdfCheck } from './support/pdf-text.js';
import { convert, overflowing } from './support/pptx-overflow.js';
import { realClients } from './support/tools.js';

const CONTENT = join(FIXTURES, 'stress');
const NAME = 'Ærø Łódź Öresund Ünal Konsultacje i Partnerzy S.A.';
const real = realClients('soffice', 'pdftotext', 'pdfinfo', 'pdffonts', 'qpdf');
let out: string;
const file = (client: string, name: string) => join(out, client, name);

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'wk-stress-'));
  const result = await build({ contentDir: CONTENT, outDir: out });
  expect(result.diagnostics).toEqual([]);
  expect(result.clients).toEqual(['short', 'unicode']);
});

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('stress content', () => {
  it('has a 50-character client name', () => {
    expect([...NAME].length).toBe(50);
  });

  it.skipIf(!real)('opens in LibreOffice with no word outside its box and the Unicode name intact', () => {
    for (const client of ['unicode', 'short']) {
      const converted = convert(new Uint8Array(readFileSync(file(client, 'deck.pptx'))));
      expect(converted.pages.length).toBe(slideTexts(file(client, 'deck.pptx')).length);
      expect(overflowing(converted), client).toEqual([]);
      if (client === 'unicode') {
        const shown = squash(converted.pages.map((p) => p.words.map((w) => w.text).join(' ')).join(' '));
        expect(shown).toContain(NAME);
      }
    }
  });

  it('splits the 14-row comparison with the header on every page and drops no row', () => {
    const slides = slideTexts(file('unicode', 'deck.pptx')).map(squash);
    const pages = slides.filter((t) => t.startsWith('Fourteen rows'));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toContain('Management Leadership Where they overlap');
    for (let i = 1; i <= 14; i++) expect(pages.join(' ')).toContain(`Aspect number ${i} with a longer name`);
    expect(slides.join(' ')).toContain('A takeaway line after the comparison');
    for (let i = 1; i <= 20; i++) expect(slides.join(' ')).toContain(`Bullet point number ${i}:`);
  });

  it('sets no text on a slide below 14 pt (the footer, slide number and progress marker aside)', () => {
    for (const client of ['unicode', 'short']) {
      const zip = unzipSync(new Uint8Array(readFileSync(file(client, 'deck.pptx'))));
      const sizes = Object.entries(zip)
        .filter(([name]) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
        .flatMap(([, data]) =>
          strFromU8(data)
            .split('<p:sp>')
            .filter((shape) => !/<p:ph type="(ftr|sldNum)"/.test(shape) && !shape.includes('name="Progress"')),
        )
        .flatMap((shape) => [...shape.matchAll(/<a:(?:rPr|endParaRPr)\b[^>]*\bsz="(\d+)"/g)].map((m) => Number(m[1])));
      expect(sizes.length).toBeGreaterThan(100);
      expect(Math.min(...sizes), client).toBeGreaterThanOrEqual(1400);
    }
  });

  it.skipIf(!real)('prints worksheets and guides on each client paper, fonts embedded, qpdf clean', () => {
    const paper = { unicode: '612 x 792', short: '595.28 x 841.89' } as const;
    for (const client of ['unicode', 'short'] as const) {
      for (const name of ['worksheets.pdf', 'facilitator-guide.pdf']) {
        const path = file(client, name);
        expect(qpdfCheck(path).ok, `${client}/${name}`).toBe(true);
        expect(pdfInfo(path)['Page size']).toContain(paper[client]);
        expect(pdfFonts(path).every((f) => f.embedded)).toBe(true);
      }
    }
    for (const name of ['worksheets.pdf', 'facilitator-guide.pdf'])
      expect(squash(pdfPages(file('unicode', name)).join(' '))).toContain(NAME);
  });

  it.skipIf(!real)('keeps model answers out of the worksheets and in the guide', () => {
    for (const client of ['unicode', 'short']) {
      const sheets = pdfPages(file(client, 'worksheets.pdf')).join(' ');
      const guide = pdfPages(file(client, 'facilitator-guide.pdf')).join(' ');
      for (const marker of ['MODEL-ANSWER-ONE', 'MODEL-ANSWER-TWO', 'MODEL-ANSWER-THREE']) {
        expect(sheets).not.toContain(marker);
        expect(guide).toContain(marker);
      }
      for (let i = 1; i <= 12; i++) expect(squash(sheets)).toContain(`Question ${i}, which asks`);
    }
  });

  it.skipIf(!real)('times the run sheet from 13:30 and leaves out what the short client excluded', () => {
    const guide = squash(pdfPages(file('unicode', 'facilitator-guide.pdf')).join(' '));
    for (const span of ['13:30–14:00', '14:00–14:45', '14:45–15:00', '15:00–16:00']) expect(guide).toContain(span);
    const short = [
      slideTexts(file('short', 'deck.pptx')).join(' '),
      ...['worksheets.pdf', 'facilitator-guide.pdf'].map((n) => pdfPages(file('short', n)).join(' ')),
    ].map(squash);
    for (const text of short) {
      expect(text).not.toContain('Fourteen rows');
      expect(text).not.toContain('Sort twenty-five statements');
    }
    const shortGuide = squash(pdfPages(file('short', 'facilitator-guide.pdf')).join(' '));
    for (const span of ['08:00–08:30', '08:30–08:40', '08:40–09:40']) expect(shortGuide).toContain(span);
  });
});
