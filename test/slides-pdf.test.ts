// slides.pdf draws the laid-out slides a second time with pdfkit: one page per slide at the slides' size, fonts
// embedded, tagged, an outline of slide titles, and every word where LibreOffice puts it when it renders deck.pptx.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../src/build.js';
import { slideTexts } from './support/artefacts.js';
import { FIXTURES } from './support/fixtures.js';
import { pdfFonts, pdfInfo, qpdfCheck } from './support/pdf-text.js';
import { convert } from './support/pptx-overflow.js';
import { agreement, pdfWords } from './support/slide-agreement.js';
import { realClients } from './support/tools.js';

const CONTENT = join(import.meta.dirname, '..', 'content');
const real = realClients('pdftotext', 'pdfinfo', 'pdffonts', 'qpdf');
const office = realClients('soffice', 'pdftotext');
let out: string;
let stress: string;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'wk-slides-'));
  stress = mkdtempSync(join(tmpdir(), 'wk-slides-stress-'));
  expect((await build({ contentDir: CONTENT, outDir: out })).diagnostics).toEqual([]);
  expect((await build({ contentDir: join(FIXTURES, 'stress'), outDir: stress })).diagnostics).toEqual([]);
}, 60_000);

afterAll(() => {
  rmSync(out, { recursive: true, force: true });
  rmSync(stress, { recursive: true, force: true });
});

describe('slides.pdf', () => {
  it.skipIf(!real)('has one page per slide at the deck’s size, every font embedded, tagged, passing qpdf', () => {
    for (const client of ['northwind', 'brightpath', 'mueller-soehne']) {
      const file = join(out, client, 'slides.pdf');
      const info = pdfInfo(file);
      expect(Number(info.Pages), client).toBe(slideTexts(join(out, client, 'deck.pptx')).length);
      expect(info['Page size']).toMatch(/^959\.9\d* x 540 pts/);
      expect(info.Tagged).toBe('yes');
      expect(pdfFonts(file).filter((f) => !f.embedded)).toEqual([]);
      expect(qpdfCheck(file).ok).toBe(true);
    }
  });

  it.skipIf(!real)('lists every slide title in the outline, in the client’s language', () => {
    const outline = execFileSync('qpdf', ['--json', '--json-key=outlines', join(out, 'mueller-soehne', 'slides.pdf')], {
      encoding: 'utf8',
    });
    const titles = [...outline.matchAll(/"title": "([^"]*)"/g)].map((m) => JSON.parse(`"${m[1]}"`) as string);
    expect(titles.length).toBe(slideTexts(join(out, 'mueller-soehne', 'deck.pptx')).length);
    expect(titles).toContain('Agenda');
    expect(titles.some((t) => t.startsWith('Welcome, Müller & Söhne'))).toBe(true);
    expect(pdfInfo(join(out, 'mueller-soehne', 'slides.pdf')).Title).toContain('Folien');
  });

  // As PowerPoint opens the deck: without LibreOffice's own autofit shrink (PowerPoint applies it only on edit).
  it.skipIf(!office)(
    'puts every word where LibreOffice puts it when it renders the deck',
    () => {
      const measured: string[] = [];
      for (const [dir, client, least] of [
        [out, 'northwind', 0.97],
        [out, 'brightpath', 0.97],
        [out, 'mueller-soehne', 0.97],
        // Lines that fit their box by a hair wrap where LibreOffice's kerning and rounding put them, which the
        // drawing here meets within 0.4%: a slide or two per deck still wraps one word differently.
        [stress, 'unicode', 0.95],
        [stress, 'short', 0.95],
      ] as const) {
        const converted = convert(new Uint8Array(readFileSync(join(dir, client, 'deck.pptx'))));
        const theirs = converted.pages.map((p) => p.words.map((w) => ({ x: w.x0, y: w.y0, text: w.text })));
        const { share, missesByPage } = agreement(pdfWords(join(dir, client, 'slides.pdf')), theirs);
        measured.push(`${client} ${(share * 100).toFixed(1)}% ${JSON.stringify(missesByPage)}`);
        expect(share, `${client}: ${measured.at(-1)}`).toBeGreaterThanOrEqual(least);
      }
      console.log(`slides.pdf against LibreOffice, words within 6 pt: ${measured.join('; ')}`);
    },
    120_000,
  );
});

describe('handouts.pdf', () => {
  it.skipIf(!real)(
    'has two slides a page on the client’s paper, text large enough to read, a heading for each module instead of its divider, and none of the speaker notes',
    async () => {
      for (const [client, paper] of [
        ['northwind', /^595\.28 x 841\.89 pts \(A4\)/],
        ['brightpath', /^612 x 792 pts \(letter\)/],
      ] as const) {
        const file = join(out, client, 'handouts.pdf');
        const slides = slideTexts(join(out, client, 'deck.pptx'));
        const info = pdfInfo(file);
        expect(info['Page size']).toMatch(paper);
        // Two a page, less the cover, the dividers and the closing slide; a module's heading may start a page.
        expect(Number(info.Pages), client).toBeLessThan(Math.ceil(slides.length / 2));
        expect(Number(info.Pages), client).toBeGreaterThanOrEqual(Math.ceil((slides.length - 8) / 2));
        expect(qpdfCheck(file).ok).toBe(true);
        expect(pdfFonts(file).filter((f) => !f.embedded)).toEqual([]);
        const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
        for (const title of ['Agenda', 'Why we are here', 'Two jobs, one organisation'])
          expect(text, client).toContain(title);
        expect(text, client).not.toContain('Thank you');
        // The agenda's cells (the smallest text on a slide) print at 7 pt or more: their words stand at least that high.
        const bbox = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
        const cell = [
          ...bbox.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">Welcome<\/word>/g),
        ].map((m) => Number(m[2]) - Number(m[1]));
        expect(cell.length, client).toBeGreaterThan(0);
        for (const h of cell) expect(h, client).toBeGreaterThanOrEqual(7);
        // Speaker notes stay in the deck and the guide.
        expect(text).not.toContain('On screen as people arrive');
        expect(text).not.toMatch(/Planned: \d/);
      }
    },
  );

  it.skipIf(!real)('takes another number of slides a page from `handouts:`', async () => {
    const { cpSync, writeFileSync } = await import('node:fs');
    const dir = mkdtempSync(join(tmpdir(), 'wk-handouts-'));
    try {
      cpSync(join(FIXTURES, 'base'), join(dir, 'content'), { recursive: true });
      const client = join(dir, 'content', 'clients', 'acme.yaml');
      writeFileSync(
        client,
        `${readFileSync(client, 'utf8').replace(/^name: .*$/m, `name: 'Acme & "Söhne" <Ωμέγα>'`)}handouts: 6\n`,
      );
      expect((await build({ contentDir: join(dir, 'content'), outDir: join(dir, 'out') })).diagnostics).toEqual([]);
      const slides = slideTexts(join(dir, 'out', 'acme', 'deck.pptx')).length;
      // Six a page (the cover, dividers and closing left out), against the default two for the other client.
      expect(Number(pdfInfo(join(dir, 'out', 'acme', 'handouts.pdf')).Pages)).toBeLessThanOrEqual(
        Math.ceil(slides / 6),
      );
      const short = slideTexts(join(dir, 'out', 'short', 'deck.pptx')).length;
      expect(Number(pdfInfo(join(dir, 'out', 'short', 'handouts.pdf')).Pages)).toBeGreaterThan(Math.ceil(short / 6));
      expect(
        execFileSync('pdftotext', [join(dir, 'out', 'acme', 'handouts.pdf'), '-'], { encoding: 'utf8' }),
      ).toContain('Acme & “Söhne” <Ωμέγα>');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('slide thumbnails in the guide', () => {
  it.skipIf(!real)('shows each slide, drawn small beside its talking points', () => {
    const guide = join(out, 'northwind', 'facilitator-guide.pdf');
    // The right-hand column, where thumbnails sit: the slides' own words, which the talking points do not repeat.
    const right = execFileSync('pdftotext', ['-x', '430', '-y', '0', '-W', '200', '-H', '900', guide, '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ' ');
    for (const words of [
      'The new job arrived without a manual',
      'Phones face down; check them at the break',
      'Three questions for today',
    ])
      expect(right).toContain(words);
    // Not the exercises' answers: thumbnails show the slides, and slides hold none.
    expect(qpdfCheck(guide).ok).toBe(true);
  });
});
