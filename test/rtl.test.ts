// Hebrew and Arabic in every PDF and in the preview: printed in Noto Sans Hebrew and Noto Sans Arabic (embedded
// subsets), Arabic joined and Hebrew pointed by fontkit's shaping, each line put in display order by the bidi
// algorithm and started at the right, copied text in logical order; a right-to-left kit's documents mirrored (tables
// from the right, numbers and markers on the right, furniture swapped); nothing outside its box on slides.pdf or in
// LibreOffice's rendering of the deck; the preview drawing what slides.pdf draws.
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { chromium } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../src/build.js';
import { meanDifference } from './support/image-difference.js';
import { boxesOf, type Converted, convert, parseBbox, slideOrder, type Word } from './support/pptx-overflow.js';
import { validatePptx } from './support/pptx-validate.js';
import { realClients } from './support/tools.js';

const ROOT = join(import.meta.dirname, '..');
const FIXTURE = join(ROOT, 'test', 'fixtures', 'rtl-print');
const office = realClients('soffice', 'pdftotext', 'pdffonts', 'qpdf');
const browserAvailable = realClients('chromium', 'pdftoppm');

/** The fixture's paragraphs, as written (logical order). */
const HEBREW_RUNS = ['ברוכים הבאים לסדנה של', 'PowerPoint Pro', 'בשעה', '12:30', 'שנת', '2027'];
const ARABIC = 'مرحبا بكم في ورشة العمل (الجزء الأول) لا تنسوا';
const QUOTED = 'שלום עולם';
const LIST = ['פריט ראשון', 'פריט שני עם', 'Excel', 'פריט שלישי'];

let content: string;
let out: string;

beforeAll(async () => {
  content = mkdtempSync(join(tmpdir(), 'wk-rtl-'));
  out = mkdtempSync(join(tmpdir(), 'wk-rtl-out-'));
  cpSync(FIXTURE, content, { recursive: true });
  // A Hebrew kit: the client's language, and the tool's words from a catalogue file (a few of them in Hebrew).
  writeFileSync(
    join(content, 'clients', 'hebrew.yaml'),
    `name: 'חברת אקמי & Co. "תל אביב" <HQ>'\ndate: 2027-03-02\nstart: "09:00"\nlang: he-IL\n` +
      'outputs: [deck, slides, handouts, worksheets, guide, pack]\nattendees: [דנה כהן, Omar Haddad, سارة العلي]\n',
  );
  mkdirSync(join(content, 'i18n'));
  const words: Record<string, string> = {
    time: 'שעה',
    'agenda-time': 'שעה',
    objectives: 'מטרות',
    'page-of': '"עמוד {page} מתוך {pages}"',
    'worksheets-title': 'דפי עבודה למשתתפים',
    'guide-title': 'מדריך למנחה',
  };
  writeFileSync(
    join(content, 'i18n', 'he.yaml'),
    readFileSync(join(ROOT, 'docs', 'catalogue.en.yaml'), 'utf8').replace(/^([a-z-]+): .*$/gm, (line, key: string) =>
      words[key] ? `${key}: ${words[key]}` : line,
    ),
  );
  const result = await build({ contentDir: content, outDir: out, clients: ['acme', 'hebrew'] });
  expect(result.diagnostics).toEqual([]);
}, 300_000);

afterAll(() => {
  rmSync(content, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

/** pdftotext's text without the embedding marks poppler puts around runs of the other direction. */
function text(file: string, ...args: string[]): string {
  return execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' }).replace(/[\u202a-\u202e]/g, '');
}

function words(file: string, page: number): Word[] {
  const xml = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-'], {
    encoding: 'utf8',
  });
  return parseBbox(xml)[0]!.words;
}

/** A word on a page; poppler's boxes give right-to-left words in the order their glyphs are drawn. */
function wordAt(ws: Word[], w: string, near?: Word): Word {
  const drawn = [...w].reverse().join('');
  const bare = (t: string) => t.replace(/[“”"]/g, '');
  const found = ws.filter((x) => bare(x.text) === w || bare(x.text) === drawn);
  const middle = (x: Word) => (x.y0 + x.y1) / 2;
  const hit = near ? found.find((x) => Math.abs(middle(x) - middle(near)) < 4) : found[0];
  if (!hit) throw new Error(`no word ${w} in ${ws.map((x) => x.text).join(' ')}`);
  return hit;
}

function pageWith(file: string, needle: string): number {
  const pages = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).split('\f');
  const i = pages.findIndex((p) => p.replace(/[\u202a-\u202e]/g, '').includes(needle));
  if (i < 0) throw new Error(`${needle} not in ${file}`);
  return i + 1;
}

describe('the kits’ bytes', () => {
  it('are the same built with every cache off on one thread (shaped glyphs are written in a fixed order)', () => {
    const again = mkdtempSync(join(tmpdir(), 'wk-rtl-again-'));
    try {
      const r = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'src/cli.ts', '--content', content, '--out', again, '--jobs', '1'],
        { cwd: ROOT, encoding: 'utf8', env: { ...process.env, WORKSHOP_KIT_NO_CACHE: '1' } },
      );
      expect(r.status, r.stderr).toBe(0);
      for (const client of ['acme', 'hebrew'])
        for (const file of readdirSync(join(out, client)))
          expect(
            readFileSync(join(again, client, file)).equals(readFileSync(join(out, client, file))),
            `${client}/${file}`,
          ).toBe(true);
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  }, 300_000);
});

describe.skipIf(!office)('Hebrew and Arabic in the PDFs', () => {
  it('are printed in Noto Sans Hebrew and Noto Sans Arabic, embedded as subsets, in files qpdf accepts', () => {
    for (const client of ['acme', 'hebrew'])
      for (const pdf of ['slides.pdf', 'handouts.pdf', 'facilitator-guide.pdf', 'worksheets.pdf', 'session-pack.pdf']) {
        const path = join(out, client, pdf);
        const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' });
        expect(fonts, `${client} ${pdf}`).toMatch(
          /[A-Z]{6}\+NotoSansHebrew-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes/,
        );
        expect(fonts, `${client} ${pdf}`).toMatch(
          /[A-Z]{6}\+NotoSansHebrew-Bold\s+CID TrueType\s+Identity-H\s+yes yes yes/,
        );
        expect(fonts, `${client} ${pdf}`).toMatch(
          /[A-Z]{6}\+NotoSans(Arabic)-(Regular|Bold)\s+CID TrueType\s+Identity-H\s+yes yes yes/,
        );
        expect(execFileSync('qpdf', ['--check', path], { encoding: 'utf8' })).toContain(
          'No syntax or stream encoding errors',
        );
      }
  });

  it('copy out in logical order, each run whole, with pdftotext and pdftotext -layout', () => {
    for (const client of ['acme', 'hebrew'])
      for (const args of [[], ['-layout']]) {
        for (const pdf of ['slides.pdf', 'handouts.pdf', 'facilitator-guide.pdf']) {
          const t = text(join(out, client, pdf), ...args);
          for (const run of [...HEBREW_RUNS, ARABIC, QUOTED, ...LIST, 'Omar & Co.', 'דנה', 'מנהלת'])
            expect(t, `${client} ${pdf} ${args}`).toContain(run);
          // Not drawn in code-point order: that reads backwards.
          expect(t).not.toContain('לש הנדסל');
          expect(t).not.toContain([...'مرحبا'].reverse().join(''));
        }
        const sheets = text(join(out, client, 'worksheets.pdf'), ...args);
        for (const run of ['מתי הובלתם שינוי', 'לאחרונה', 'ما الذي تعلمته اليوم؟', 'כתבו כמה שורות לכל שאלה'])
          expect(sheets, `${client} worksheets.pdf ${args}`).toContain(run);
        // On a page mostly written right to left poppler gives whole lines in reading order (on one mostly in
        // English, it sets the runs of a line side by side as they stand: "?)מתי ... (לאחרונה").
        if (client === 'hebrew') expect(sheets).toContain('מתי הובלתם שינוי (לאחרונה)?');
      }
    // The session pack: the attendees' names on the sign-in sheet, the tents and the certificates.
    for (const client of ['acme', 'hebrew']) {
      const pack = text(join(out, client, 'session-pack.pdf'));
      for (const name of ['דנה כהן', 'Omar Haddad', 'سارة العلي']) expect(pack, client).toContain(name);
    }
    // The client's name with its Hebrew word and every character that needs escaping somewhere.
    for (const client of ['acme', 'hebrew']) {
      const cover = text(join(out, client, 'worksheets.pdf')).split('\f')[0]!;
      const name =
        client === 'acme' ? ['Acme & Co.', '"', 'אקמי', 'HQ>', 'O’Brien'] : ['חברת אקמי', 'Co', '&', 'תל אביב', 'HQ'];
      for (const part of name) expect(cover, client).toContain(part);
    }
  });

  it('draw each line in display order, a right-to-left paragraph from the right, an English one from the left', () => {
    const slides = join(out, 'acme', 'slides.pdf');
    const ws = words(slides, pageWith(slides, 'PowerPoint Pro'));
    const first = wordAt(ws, 'ברוכים');
    // Hebrew reads from the right: the first word right of the English name, the name right of the year.
    expect(first.x0).toBeGreaterThan(wordAt(ws, 'PowerPoint', first).x1);
    expect(wordAt(ws, 'PowerPoint', first).x0).toBeLessThan(wordAt(ws, 'Pro', first).x0);
    expect(wordAt(ws, 'Pro', first).x1).toBeLessThan(wordAt(ws, 'של', first).x0);
    expect(wordAt(ws, 'בשעה', first).x1).toBeLessThan(wordAt(ws, 'PowerPoint', first).x0);
    expect(wordAt(ws, ',12:30', first).x0).toBeGreaterThan(wordAt(ws, '.2027', first).x1);
    // Arabic likewise.
    const ar = wordAt(ws, 'مرحبا');
    expect(ar.x0).toBeGreaterThan(wordAt(ws, 'بكم', ar).x1);
    expect(wordAt(ws, 'بكم', ar).x0).toBeGreaterThan(wordAt(ws, 'العمل', ar).x1);
    // The right-to-left paragraphs end at the right edge; the English one starts at the left, its Hebrew quote inside it.
    const english = wordAt(ws, 'The');
    expect(Math.abs(first.x1 - ar.x1)).toBeLessThan(2);
    expect(first.x1).toBeGreaterThan(wordAt(ws, 'moved', english).x1 + 100);
    expect(english.x0).toBeLessThan(wordAt(ws, '.2027', first).x0 - 30);
    const quote = wordAt(ws, 'שלום', english);
    expect(quote.x0).toBeGreaterThan(wordAt(ws, 'עולם', english).x1);
    expect(quote.x1).toBeLessThan(wordAt(ws, 'and', english).x0);
    // The Hebrew list hangs its bullets on the right.
    const list = join(out, 'acme', 'slides.pdf');
    const lw = words(list, pageWith(list, 'פריט ראשון'));
    const item = wordAt(lw, 'ראשון');
    expect(wordAt(lw, '•', item).x0).toBeGreaterThan(wordAt(lw, 'פריט', item).x1);
  });

  it('a right-to-left kit mirrors its documents: tables from the right, numbers and furniture swapped', () => {
    for (const [client, rtl] of [
      ['acme', false],
      ['hebrew', true],
    ] as const) {
      const guide = join(out, client, 'facilitator-guide.pdf');
      const runSheet = words(guide, 2);
      const time = wordAt(runSheet, rtl ? 'שעה' : 'Time');
      const slidesHeader = wordAt(runSheet, 'Slides', time);
      // The run sheet's first column (the time) at the left of an English kit, at the right of a Hebrew one.
      expect(time.x0 > slidesHeader.x0, client).toBe(rtl);
      const sheets = join(out, client, 'worksheets.pdf');
      const q = words(sheets, pageWith(sheets, 'מתי הובלתם'));
      const question = wordAt(q, 'מתי');
      const number = q.find((w) => /^(1\.|\.1)$/.test(w.text) && Math.abs(w.y0 - question.y0) < 4)!;
      expect(number.x0 > question.x1, client).toBe(rtl);
      // Page numbers at the foot: at the right of an English kit, at the left of a Hebrew one.
      const foot = q.filter((w) => w.y0 > 780);
      const page = wordAt(foot, rtl ? 'עמוד' : 'Page');
      const title = wordAt(foot, 'Leading');
      expect(page.x0 < title.x0, client).toBe(rtl);
    }
  });

  it('keep slides.pdf text inside the deck’s boxes, and the deck (valid) inside them in LibreOffice', () => {
    for (const client of ['acme', 'hebrew']) {
      const deck = new Uint8Array(readFileSync(join(out, client, 'deck.pptx')));
      expect(validatePptx(deck), client).toEqual([]);
      const files = unzipSync(deck);
      const xml = execFileSync('pdftotext', ['-bbox', join(out, client, 'slides.pdf'), '-'], { encoding: 'utf8' });
      const printed = { pages: parseBbox(xml), slides: slideOrder(files), files };
      expect(printed.pages.length).toBe(printed.slides.length);
      expect(outside(printed), `${client} slides.pdf`).toEqual([]);
      expect(outside(convert(deck)), `${client} deck.pptx in LibreOffice`).toEqual([]);
    }
  }, 300_000);
});

describe.skipIf(!browserAvailable)('the preview', () => {
  let server: ChildProcess | undefined;

  afterAll(() => {
    if (server && server.exitCode === null) server.kill('SIGKILL');
  });

  it('draws the right-to-left slides as slides.pdf draws them', async () => {
    server = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'preview', '--content', content], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const url = await new Promise<string>((resolve, reject) => {
      let said = '';
      server!.stdout!.on('data', (chunk: Buffer) => {
        said += chunk.toString();
        const m = /Preview: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(said);
        if (m) resolve(m[1]!);
      });
      server!.on('exit', (code) => reject(new Error(`preview exited ${code}: ${said}`)));
    });
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      await page.goto(`${url}?client=acme`);
      const pdf = join(out, 'acme', 'slides.pdf');
      const count = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).split('\f').length - 1;
      await page.waitForFunction((n) => document.querySelectorAll('[data-slide] svg').length === n, count);
      await page.evaluate(() => document.fonts.ready);
      // The right-to-left stretches are drawn as the PDF orders them, not reordered by the browser.
      const rtlTexts = await page.$$eval('text[direction="rtl"]', (els) => els.map((e) => e.textContent));
      expect(rtlTexts.some((t) => t?.includes('ברוכים הבאים לסדנה של'))).toBe(true);
      const width = Math.round(await page.$eval('[data-slide="1"]', (el) => el.getBoundingClientRect().width));
      const dir = mkdtempSync(join(tmpdir(), 'wk-rtl-preview-'));
      try {
        execFileSync('pdftoppm', ['-png', '-scale-to-x', String(width), '-scale-to-y', '-1', pdf, join(dir, 'p')]);
        const pngs = readdirSync(dir).sort();
        for (const needle of ['PowerPoint Pro', 'פריט ראשון']) {
          const n = pageWith(pdf, needle);
          const shot = PNG.sync.read(await page.locator(`[data-slide="${n}"]`).screenshot());
          const printed = PNG.sync.read(readFileSync(join(dir, pngs[n - 1]!)));
          // Measured 0.28–0.46 % on these slides; a stretch drawn in the wrong order or place is several times that.
          expect(meanDifference(shot, printed), `slide ${n}`).toBeLessThan(1.2);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    } finally {
      await browser.close();
    }
  }, 180_000);
});

/**
 * Words of each slide not inside one of its text boxes or table frames: across within 2.5 pt, and down by the middle
 * of the word. poppler's word boxes span a font's whole ascent and descent, and Noto Sans Arabic's reach far above
 * and below its letters (`overflowing` in support/pptx-overflow.ts holds the whole box to the frame).
 */
function outside(c: Converted): { slide: number; words: string[] }[] {
  const out: { slide: number; words: string[] }[] = [];
  c.slides.forEach((part, i) => {
    const { text, tables } = boxesOf(c.files, part);
    const bad = (c.pages[i]?.words ?? [])
      .filter((w) => w.text.trim())
      .filter(
        (w) =>
          ![...text, ...tables].some(
            (b) =>
              w.x0 >= b.x - 2.5 &&
              w.x1 <= b.x + b.w + 2.5 &&
              (w.y0 + w.y1) / 2 >= b.y &&
              (w.y0 + w.y1) / 2 <= b.y + b.h,
          ),
      )
      .map((w) => w.text);
    if (bad.length > 0) out.push({ slide: i + 1, words: bad });
  });
  return out;
}
