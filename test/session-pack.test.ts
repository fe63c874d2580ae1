// session-pack.pdf, built for real clients and read back with poppler, qpdf and a QR decoder: a certificate and a name
// tent per named attendee (names full of XML's special characters and non-Latin letters), blank ones for a counted
// group, the sign-in rows, the feedback form in the client's language, and its QR code decoded back to the address.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../src/build.js';
import { FIXTURES } from './support/fixtures.js';
import { flat, pdfFonts, pdfInfo, pdfText, qpdfCheck } from './support/pdf-text.js';
import { qrOnPage } from './support/qr-decode.js';
import { realClients } from './support/tools.js';

const tools = realClients('pdftotext', 'pdfinfo', 'pdffonts', 'pdftoppm', 'qpdf');
const NAMES = [`Ana & Bo <Lee> "Q" 'R'`, 'Ελένη Παπαδοπούλου', 'Дмитрий Иванов', 'Zoë O’Neil-Ferreira'];
const URL = `https://forms.example.org/acme?session=2026-12-03&who="all"`;
const CSV_NAMES = ['Ana Silva', 'Lee, Chris', 'Jürgen Müller'];

let dir: string;
let out: string;
const pack = (client: string) => join(out, client, 'session-pack.pdf');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'wk-pack-'));
  const content = join(dir, 'content');
  cpSync(join(FIXTURES, 'base'), content, { recursive: true });
  const acme = join(content, 'clients', 'acme.yaml');
  writeFileSync(
    acme,
    `${readFileSync(acme, 'utf8')}outputs: [deck, slides, pack]\nparticipants: 6\nfeedback: '${URL}'\nattendees:\n${NAMES.map((n) => `  - ${JSON.stringify(n)}`).join('\n')}\n`,
  );
  // A German client with a counted group and no names; the workshop's own feedback address.
  const short = join(content, 'clients', 'short.yaml');
  writeFileSync(short, `${readFileSync(short, 'utf8')}lang: de-DE\noutputs: [pack]\nparticipants: 3\n`);
  const workshop = join(content, 'workshop.yaml');
  writeFileSync(workshop, `${readFileSync(workshop, 'utf8')}feedback: https://example.org/feedback\n`);
  // Names from a spreadsheet (semicolons, a quoted cell), and questions of the client's own.
  writeFileSync(
    join(content, 'assets', 'people.csv'),
    `\uFEFFOrganisation;Name;E-mail\r\nAcme;Ana Silva;a@example.org\r\nAcme;"Lee, Chris";c@example.org\r\n\r\nBeta GmbH;Jürgen Müller;j@example.org\r\n`,
  );
  writeFileSync(
    join(content, 'clients', 'csvco.yaml'),
    [
      'name: CSV & Co',
      'outputs: [pack]',
      'attendees: assets/people.csv',
      'participants: 40',
      'feedback-form:',
      '  ratings: ["The cases fitted our trade"]',
      '  questions: ["Which case will you take back to your team?"]',
      '',
    ].join('\n'),
  );
  out = join(dir, 'out');
  const result = await build({ contentDir: content, outDir: out });
  expect(result.diagnostics).toEqual([]);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each page's text, 0-based; `raw`: in drawing order (a table cell's lines together). */
function pages(file: string, raw = false): string[] {
  const count = Number(pdfInfo(file).Pages);
  return Array.from({ length: count }, (_, i) => flat(pdfText(file, { first: i + 1, last: i + 1, raw })));
}

/** Page sizes as poppler reports them, "612 x 792". */
function sizes(file: string): string[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', file], { encoding: 'utf8' });
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+ x [\d.]+)/g)].map((m) => m[1]!);
}

describe.runIf(tools)('session-pack.pdf', () => {
  it('is a sound PDF with every font embedded, in the order the day uses it, on the client’s paper', () => {
    const file = pack('acme');
    expect(qpdfCheck(file).ok).toBe(true);
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.embedded)).toBe(true);
    expect(pdfInfo(file).Title).toBe('Leading and Managing · Session pack · Acme Logistics');
    // Sign-in (1), a name tent per name (4), a form for each of the 6 expected, a certificate per name (4).
    const portrait = '612 x 792';
    const landscape = '792 x 612';
    expect(sizes(file)).toEqual([
      portrait,
      ...NAMES.map(() => landscape),
      ...Array.from({ length: 6 }, () => portrait),
      ...NAMES.map(() => landscape),
    ]);
  });

  it('prints one certificate and one name tent per name, each name on its own', () => {
    const text = pages(pack('acme'));
    const certificates = text.filter((t) => t.includes('CERTIFICATE OF ATTENDANCE'));
    expect(certificates).toHaveLength(NAMES.length);
    certificates.forEach((t, i) => {
      expect(NAMES.filter((n) => t.includes(n))).toEqual([NAMES[i]]);
      expect(t).toContain('attended the workshop Leading and Managing');
      expect(t).toContain('Acme Logistics · Rotterdam · Thursday, 3 December 2026 · 2.25 hours');
      expect(t).toContain('LEARNING OBJECTIVES');
      expect(t).toContain('Sam Rivera Facilitator');
    });
    const tents = text.slice(1, 1 + NAMES.length);
    tents.forEach((t, i) => expect(t.split(NAMES[i]!).length - 1, t).toBe(2));
  });

  it('lists everyone expected on the sign-in sheet, in numbered rows that fill its page', () => {
    const sheet = pages(pack('acme'))[0]!;
    expect(sheet).toContain('SIGN-IN SHEET');
    expect(sheet).toContain('# Name Organisation Signature');
    for (const [i, name] of NAMES.entries()) expect(sheet).toContain(`${i + 1} ${name}`);
    // 6 expected (4 named, 2 more counted) and 3 spares at least; as many more as the page holds.
    const rows = Number(/ (\d+) Leading and Managing · Acme Logistics Page 1 of 1 $/.exec(sheet)?.[1]);
    expect(rows).toBeGreaterThanOrEqual(9);
    expect(sheet).toContain(`4 Zoë O’Neil-Ferreira ${Array.from({ length: rows - 4 }, (_, i) => i + 5).join(' ')} `);
  });

  it('runs a long sign-in sheet onto more pages, its header row on each', () => {
    const text = pages(pack('csvco'));
    // 40 counted and 4 spares: 44 rows.
    const sheets = text.filter((t) => /CSV & Co Page \d+ of \d+ $/.test(t));
    expect(sheets.length).toBeGreaterThan(1);
    sheets.forEach((sheet, i) => {
      expect(sheet).toContain('# Name Organisation Signature');
      expect(sheet).toContain(`Page ${i + 1} of ${sheets.length}`);
      if (i > 0) expect(sheet).toMatch(/^Sign-in sheet /);
    });
    expect(sheets.at(-1)).toMatch(/ 44 Leading and Managing · CSV & Co Page \d+ of \d+ $/);
    expect(sheets.join(' ')).not.toContain(' 45 ');
  });

  it('asks the default questions, and carries the QR code of the feedback address, which a phone reads back', () => {
    const form = pages(pack('acme'))[1 + NAMES.length]!;
    expect(form).toContain('How far do you agree?');
    expect(form).toContain('The session was a good use of my time');
    expect(form).toContain('3. What will you try first after today?');
    expect(form).toContain(URL);
    expect(qrOnPage(pack('acme'), 2 + NAMES.length)).toBe(URL);
  });

  it('speaks the client’s language; a counted group gets blank certificates and tents, and a form each', () => {
    const text = pages(pack('short'));
    expect(text[0]).toContain('ANWESENHEITSLISTE');
    expect(text[0]).toContain('Nr. Name Organisation Unterschrift 1 2 3 4 5 6 7 8');
    expect(text[0]).toContain('Leading and Managing · Short Co Seite 1 von 1');
    const forms = pages(pack('short'), true).filter((t) => t.includes('Wie sehr stimmen Sie zu?'));
    expect(forms).toHaveLength(3);
    expect(forms[0]).toContain('Stimme gar nicht zu Stimme eher nicht zu Teils, teils Stimme eher zu Stimme voll zu');
    expect(forms[0]).toContain('Was würden Sie ändern?');
    const certificates = text.filter((t) => t.includes('TEILNAHMEBESTÄTIGUNG'));
    expect(certificates).toHaveLength(3);
    for (const c of certificates) {
      expect(c).toContain('Name der Teilnehmerin / des Teilnehmers');
      expect(c).toContain('an folgendem Workshop teilgenommen hat: Leading and Managing');
      expect(c).toContain('1,67 Stunden');
    }
    expect(text).toHaveLength(1 + 3 + 3 + 3);
    expect(qrOnPage(pack('short'), 5)).toBe('https://example.org/feedback');
  });

  it('reads names and organisations from a CSV file, and asks the client’s own questions', () => {
    const text = pages(pack('csvco'));
    expect(text[0]).toContain('1 Ana Silva Acme');
    expect(text[0]).toContain('2 Lee, Chris Acme');
    expect(text[0]).toContain('3 Jürgen Müller Beta GmbH');
    const certificates = text.filter((t) => t.includes('CERTIFICATE OF ATTENDANCE'));
    expect(certificates.map((t) => CSV_NAMES.filter((n) => t.includes(n)))).toEqual(CSV_NAMES.map((n) => [n]));
    expect(text.filter((t) => t.includes('FEEDBACK'))).toHaveLength(40);
    const form = text.find((t) => t.includes('FEEDBACK'))!;
    expect(form).toContain('The cases fitted our trade');
    expect(form).toContain('1. Which case will you take back to your team?');
    expect(form).not.toContain('What would you change?');
  });
});
