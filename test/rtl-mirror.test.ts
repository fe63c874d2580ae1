// The parts of a right-to-left kit's PDFs that read from the right beside an English kit's that read from the left:
// the self-assessment's rating grid and score boxes (worksheets), its key (guide), the session pack's head beside a
// logo, the certificate's objective columns and its date and signature lines. The bundled Hebrew client runs the
// English self-assessment module here, with a logo and attendees whose names hold the characters XML escapes.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../src/build.js';
import type { LabelKey } from '../src/i18n/catalogue-types.js';
import { resolveLocale, say } from '../src/i18n/locale.js';
import { parseBbox, type Word } from './support/pptx-overflow.js';
import { realClients } from './support/tools.js';

const ROOT = join(import.meta.dirname, '..');
const poppler = realClients('pdftotext', 'pdftoppm');
const KITS = [
  ['northwind', 'en-GB', false],
  ['tel-aviv', 'he-IL', true],
] as const;

let content: string;
let out: string;

beforeAll(async () => {
  content = mkdtempSync(join(tmpdir(), 'wk-rtl-mirror-'));
  out = mkdtempSync(join(tmpdir(), 'wk-rtl-mirror-out-'));
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  const telAviv = join(content, 'clients', 'tel-aviv.yaml');
  writeFileSync(
    telAviv,
    readFileSync(telAviv, 'utf8')
      .replace('minutes: 45\n', 'minutes: 80\noutputs: [worksheets, guide, pack]\n')
      .replace('lang: he-IL\n', 'lang: he-IL\nbrand:\n  logo: assets/northwind-logo.png\n')
      .replace('  - he-wrap-up\n', '  - expert-to-leader\n  - he-wrap-up\n') +
      `attendees: [דנה כהן, 'Chris <Lee> & "O''Neil"']\n`,
  );
  const northwind = join(content, 'clients', 'northwind.yaml');
  writeFileSync(
    northwind,
    readFileSync(northwind, 'utf8').replace(/^paper:/m, 'outputs: [worksheets, guide, pack]\npaper:'),
  );
  const result = await build({ contentDir: content, outDir: out, clients: KITS.map(([id]) => id) });
  expect(result.diagnostics).toEqual([]);
}, 300_000);

afterAll(() => {
  rmSync(content, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

const label = (lang: string, key: LabelKey) => say(resolveLocale(lang), key);

function pages(file: string): string[] {
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
    .replace(/[\u202a-\u202e]/g, '')
    .split('\f');
}

/** The words of the last page of `file` that holds `needle`. */
function wordsOf(file: string, needle: string, which: 'first' | 'last' = 'first'): Word[] {
  const all = pages(file);
  const i = which === 'first' ? all.findIndex((p) => p.includes(needle)) : all.findLastIndex((p) => p.includes(needle));
  if (i < 0) throw new Error(`${needle} not in ${file}`);
  const xml = execFileSync('pdftotext', ['-bbox', '-f', String(i + 1), '-l', String(i + 1), file, '-'], {
    encoding: 'utf8',
  });
  return parseBbox(xml)[0]!.words;
}

/** The words spelling `text` (the first word of it when it has several), in logical or drawn order. */
function all(ws: Word[], text: string): Word[] {
  const w = text.split(' ')[0]!;
  const drawn = [...w].reverse().join('');
  const found = ws.filter((x) => x.text === w || x.text === drawn);
  if (found.length === 0) throw new Error(`no word ${w} in ${ws.map((x) => x.text).join(' ')}`);
  return found;
}
const first = (ws: Word[], text: string) => all(ws, text)[0]!;
const lowest = (ws: Word[], text: string) => all(ws, text).reduce((a, b) => (b.y0 > a.y0 ? b : a));

describe.skipIf(!poppler)('a right-to-left kit reads from the right where an English one reads from the left', () => {
  it.each(KITS)('the self-assessment grid and score boxes (%s)', (client, lang, rtl) => {
    const ws = wordsOf(join(out, client, 'worksheets.pdf'), label(lang, 'your-scores'));
    const number = first(ws, label(lang, 'number-sign'));
    const statement = first(ws, label(lang, 'statement'));
    // The number column at the kit's start, its heading against the statement's, which starts at that side too.
    expect(number.x0 > statement.x0, client).toBe(rtl);
    expect(rtl ? number.x0 - statement.x1 : statement.x0 - number.x1, client).toBeLessThan(20);
    // The scale's points from the statement outwards: 1 nearest it.
    const header = ws.filter((w) => Math.abs(w.y0 - number.y0) < 3);
    const one = header.find((w) => w.text === '1')!;
    const five = header.find((w) => w.text === '5')!;
    expect(one.x0 > five.x0, client).toBe(rtl);
    // The first dimension's score box in the first place of its row: "Big picture:" then "Communication:".
    const big = first(ws, 'Big');
    const communication = first(ws, 'Communication:');
    expect(Math.abs(big.y0 - communication.y0)).toBeLessThan(3);
    expect(big.x0 > communication.x0, client).toBe(rtl);
    // Its label ends at the grid's edge on the kit's start side (the box stands after it).
    if (rtl) expect(first(ws, 'picture:').x1).toBeGreaterThan(number.x1 - 3);
    else expect(big.x0).toBeLessThan(number.x0 + 3);
  });

  it.each(KITS)('the self-assessment key in the guide (%s)', (client, lang, rtl) => {
    const ws = wordsOf(join(out, client, 'facilitator-guide.pdf'), label(lang, 'counts-toward'));
    const towards = first(ws, label(lang, 'counts-toward'));
    const heads = ws.filter((w) => Math.abs(w.y0 - towards.y0) < 3);
    const number = first(heads, label(lang, 'number-sign'));
    const statement = first(heads, label(lang, 'statement'));
    expect(number.x0 > statement.x0, client).toBe(rtl);
    expect(rtl ? number.x0 - statement.x1 : statement.x0 - number.x1, client).toBeLessThan(20);
    expect(towards.x0 < statement.x0, client).toBe(rtl);
  });

  it.each(KITS)('the session pack’s head beside the logo (%s)', (client, lang, rtl) => {
    const ws = wordsOf(join(out, client, 'session-pack.pdf'), label(lang, 'sign-in-signature'));
    // The title (the largest type) starts where the line of facts under it does; the logo (not text) takes the other end.
    const title = ws.filter((w) => w.y1 - w.y0 > 20);
    const below = Math.max(...title.map((w) => w.y1));
    const after = ws.filter((w) => w.y0 > below);
    const factsTop = Math.min(...after.map((w) => w.y0));
    const facts = after.filter((w) => w.y0 < factsTop + 2);
    expect(title.length).toBeGreaterThan(0);
    if (rtl) expect(Math.max(...title.map((w) => w.x1)) - Math.max(...facts.map((w) => w.x1))).toBeGreaterThan(-2);
    else expect(Math.min(...title.map((w) => w.x0)) - Math.min(...facts.map((w) => w.x0))).toBeLessThan(2);
    if (rtl) expect(Math.max(...title.map((w) => w.x1)) - Math.max(...facts.map((w) => w.x1))).toBeLessThan(2);
    else expect(Math.min(...title.map((w) => w.x0)) - Math.min(...facts.map((w) => w.x0))).toBeGreaterThan(-2);
  });

  it.each(KITS)('the certificate: objective columns and the date and signature lines (%s)', (client, lang, rtl) => {
    const objectives = label(lang, 'certificate-objectives').toUpperCase();
    const ws = wordsOf(join(out, client, 'session-pack.pdf'), objectives);
    const heading = first(ws, objectives);
    const date = lowest(ws, label(lang, 'date'));
    const facilitator = lowest(ws, label(lang, 'facilitator'));
    expect(date.x0 > facilitator.x0, client).toBe(rtl);
    const items = ws.filter((w) => w.y0 > heading.y1 + 2 && w.y1 < date.y0 - 40 && w.text !== '•');
    const top = Math.min(...items.map((w) => w.y0));
    const opening = items.filter((w) => w.y0 < top + 2);
    // The first objective opens the first column: the rightmost of a right-to-left kit, the leftmost of an English one.
    if (rtl) expect(Math.max(...opening.map((w) => w.x1))).toBeGreaterThan(Math.max(...items.map((w) => w.x1)) - 12);
    else expect(Math.min(...opening.map((w) => w.x0))).toBeLessThan(Math.min(...items.map((w) => w.x0)) + 1);
    // The Hebrew kit's objectives stand in two columns (its logo leaves less room), so its test tells their order apart.
    const columns = new Set(items.map((w) => (w.x0 + w.x1) / 2 > 421));
    if (rtl) expect(columns.size).toBe(2);
  });

  it.each(KITS)('the covers: the client’s logo (%s)', (client, _lang, rtl) => {
    for (const file of ['facilitator-guide.pdf', 'worksheets.pdf']) {
      const stem = join(out, `${client}-${file}`);
      execFileSync('pdftoppm', [
        '-r',
        '30',
        '-png',
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        join(out, client, file),
        stem,
      ]);
      const png = PNG.sync.read(readFileSync(`${stem}.png`));
      // Where the page is inked in a band of rows: the mean x of its dark or coloured pixels, as a share of the width.
      const inkedX = (from: number, to: number): number[] => {
        const xs: number[] = [];
        for (let y = Math.round(from * png.height); y < to * png.height; y++)
          for (let x = 0; x < png.width; x++) {
            const i = (y * png.width + x) * 4;
            if (png.data[i]! + png.data[i + 1]! + png.data[i + 2]! < 600) xs.push(x / png.width);
          }
        return xs;
      };
      // The logo fills the top band (the text starts under it): at the right of an English kit, the left of a Hebrew one.
      const logo = inkedX(0.07, 0.15);
      expect(logo.length, `${client} ${file}`).toBeGreaterThan(20);
      expect(Math.max(...logo) < 0.5, `${client} ${file}`).toBe(rtl);
      expect(Math.min(...logo) > 0.5, `${client} ${file}`).toBe(!rtl);
    }
  });
});
