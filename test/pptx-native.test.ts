// Every deck a content folder gives opens in PowerPoint as a real PowerPoint deck: valid against the ECMA-376 schemas and
// the OPC rules whatever the text holds (& < > " ', Greek, Cyrillic), built on named layouts with placeholders, in the
// client's language, with header rows, alt text and slide titles; and LibreOffice opens it with its text intact.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, composeModels } from '../src/build.js';
import { squash } from './support/artefacts.js';
import { FIXTURES } from './support/fixtures.js';
import { nativeReport } from './support/pptx-native.js';
import { convert, overflowing } from './support/pptx-overflow.js';
import { validatePptx } from './support/pptx-validate.js';
import { realClients } from './support/tools.js';

const FOLDERS = {
  bundled: join(import.meta.dirname, '..', 'content'),
  stress: join(FIXTURES, 'stress'),
  hostile: join(FIXTURES, 'hostile'),
};
type Folder = keyof typeof FOLDERS;
const decks: { folder: Folder; client: string; lang: string; name: string; bytes: Uint8Array }[] = [];
const outs: string[] = [];
const schemas = realClients('xmllint');
const libreOffice = realClients('soffice', 'pdftotext');

beforeAll(async () => {
  for (const [folder, contentDir] of Object.entries(FOLDERS) as [Folder, string][]) {
    const out = mkdtempSync(join(tmpdir(), `wk-native-${folder}-`));
    outs.push(out);
    const result = await build({ contentDir, outDir: out, sourceDateEpoch: 0 });
    expect(result.diagnostics).toEqual([]);
    for (const m of (await composeModels({ contentDir, sourceDateEpoch: 0 })).models)
      decks.push({
        folder,
        client: m.client.id,
        lang: m.locale.tag,
        name: m.client.name ?? '',
        bytes: new Uint8Array(readFileSync(join(out, m.client.id, 'deck.pptx'))),
      });
  }
  expect(decks.length).toBe(8);
});

afterAll(() => {
  for (const out of outs) rmSync(out, { recursive: true, force: true });
});

describe('hostile text', () => {
  it('puts every XML-special character and non-Latin letters into the client name', () => {
    const names = decks.filter((d) => d.folder === 'hostile').map((d) => d.name);
    expect(names.join(' ')).toMatch(/&.*<.*>/);
    expect(names.join(' ')).toMatch(/[Α-ω].*[А-я]/);
  });
});

describe.runIf(schemas)('valid PresentationML', () => {
  it('every part of every deck passes the Transitional schemas, the OPC rules and the cross-part rules', () => {
    for (const d of decks) expect(validatePptx(d.bytes), `${d.folder}/${d.client}`).toEqual([]);
  });

  it('the validator finds what pptxgenjs left broken: an unescaped company and the notes master listed after the slides', async () => {
    const { strFromU8, strToU8, unzipSync, zipSync } = await import('fflate');
    const files = unzipSync(decks[0]!.bytes);
    files['docProps/app.xml'] = strToU8(
      strFromU8(files['docProps/app.xml']!).replace(/<Company>[^<]*<\/Company>/, '<Company>Procter & Gamble</Company>'),
    );
    const pres = strFromU8(files['ppt/presentation.xml']!);
    const notes = /<p:notesMasterIdLst>.*?<\/p:notesMasterIdLst>/.exec(pres)![0];
    files['ppt/presentation.xml'] = strToU8(pres.replace(notes, '').replace('<p:sldSz', `${notes}<p:sldSz`));
    const found = validatePptx(zipSync(files)).map((v) => v.part);
    expect(found).toContain('docProps/app.xml');
    expect(found).toContain('ppt/presentation.xml');
  });
});

describe('PowerPoint-native structure', () => {
  it('titles in title placeholders first, body text in body placeholders, runs in the client language, header rows, alt text, titles in app.xml, notes pages with the slide', () => {
    for (const d of decks) expect(nativeReport(d.bytes, d.lang).problems, `${d.folder}/${d.client}`).toEqual([]);
  });

  it('uses PowerPoint’s layouts by their own names, at least three of them, and the content slides on Title and Content', () => {
    for (const d of decks) {
      const report = nativeReport(d.bytes, d.lang);
      expect(report.layoutsUsed.size, `${d.folder}/${d.client}`).toBeGreaterThanOrEqual(3);
      for (const name of report.layoutsUsed)
        expect(['Title Slide', 'Section Header', 'Title and Content', 'Title Only', 'Blank']).toContain(name);
      expect(report.slides[0]!.layout).toBe('Title Slide');
      expect(report.slides.filter((s) => s.layout === 'Title and Content').length).toBeGreaterThan(
        report.slides.length / 4,
      );
    }
  });

  it('the client language is on the runs: en-GB, en-US, de-DE and he-IL clients differ', () => {
    expect(new Set(decks.filter((d) => d.folder === 'bundled').map((d) => d.lang))).toEqual(
      new Set(['en-GB', 'en-US', 'de-DE', 'he-IL']),
    );
  });
});

describe.runIf(libreOffice)('LibreOffice opens the hostile decks', () => {
  it('shows every slide with the client name intact and no word outside its box', () => {
    for (const d of decks.filter((x) => x.folder === 'hostile')) {
      const converted = convert(d.bytes);
      expect(converted.pages.length).toBe(nativeReport(d.bytes, d.lang).slides.length);
      expect(overflowing(converted), d.client).toEqual([]);
      const shown = squash(converted.pages.map((p) => p.words.map((w) => w.text).join(' ')).join(' '));
      // Typed quotes are set as typographic quotes; the rest of the name is shown as written.
      const name = squash(
        d.name
          .replace(/"([^"]*)"/g, '“$1”')
          .replace(/'([^']*)'/g, '‘$1’')
          .replace(/'/g, '’'),
      );
      expect(shown).toContain(name);
    }
  });
});
