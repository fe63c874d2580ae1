// Each repair the package assembly makes to pptxgenjs's XML (src/render/pptx/normalize.ts, repairs.ts,
// placeholders.ts, package-parts.ts), one named test each, on a deck of every slide kind: if pptxgenjs stops needing
// one, or a change breaks one, this says which.
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, test } from 'vitest';
import { layoutSlides } from '../src/layout/index.js';
import { renderDeck } from '../src/render/pptx/index.js';
import { sampleModel } from './support/sample-model.js';

let parts: Record<string, string>;
const slides = () => Object.entries(parts).filter(([n]) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
const notes = () => Object.entries(parts).filter(([n]) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n));

beforeAll(async () => {
  const model = sampleModel({ clientName: 'Procter & Gamble <Europe>' });
  const files = unzipSync((await renderDeck(model, layoutSlides(model), { 'sort-the-statements': 3 })).bytes);
  parts = Object.fromEntries(
    Object.entries(files)
      .filter(([n]) => /\.(xml|rels)$/.test(n))
      .map(([n, d]) => [n, strFromU8(d)]),
  );
});

describe('repairs of pptxgenjs output', () => {
  test('paragraph properties only open a paragraph (pptxgenjs writes one per run)', () => {
    for (const [name, xml] of slides()) expect(xml, name).not.toMatch(/(<\/a:r>|<a:br\/>)<a:pPr/);
  });

  test('a table cell paragraph ends with the size of its text, not pptxgenjs’s 12 pt', () => {
    const cells = slides().flatMap(([, xml]) => [...xml.matchAll(/<a:tc>[\s\S]*?<\/a:tc>/g)].map((m) => m[0]));
    expect(cells.length).toBeGreaterThan(10);
    for (const cell of cells) {
      const run = /<a:rPr\b[^>]*\bsz="(\d+)"/.exec(cell)?.[1];
      const end = /<a:endParaRPr\b[^>]*\bsz="(\d+)"/.exec(cell)?.[1];
      if (run && end) expect(end).toBe(run);
    }
  });

  test('bullets carry no 100% size in the integer form the Transitional schema rejects', () => {
    for (const [name, xml] of slides()) expect(xml, name).not.toContain('<a:buSzPct val="100000"/>');
  });

  test('shape ids are 1, 2, 3 … on every slide (pptxgenjs numbers tables by slide and count)', () => {
    for (const [name, xml] of slides()) {
      const ids = [...xml.matchAll(/<p:cNvPr id="(\d+)"/g)].map((m) => Number(m[1]));
      expect(ids, name).toEqual(ids.map((_, i) => i + 1));
    }
  });

  test('shapes named ph:<type> became placeholders, and no such name is left', () => {
    const all = slides()
      .map(([, xml]) => xml)
      .join('');
    expect(all).not.toContain('name="ph:');
    expect(all).toContain('<p:ph type="body" idx="1"/>');
    expect(all).toContain('<p:ph type="ctrTitle"/>');
    expect(all).toContain('<p:ph type="ftr" sz="quarter" idx="11"/>');
  });

  test('the slide number is the layout’s placeholder (idx 12), not pptxgenjs’s unlinked 4294967295', () => {
    const all = slides()
      .map(([, xml]) => xml)
      .join('');
    expect(all).not.toContain('idx="4294967295"');
    expect(all).toContain('<p:ph type="sldNum" sz="quarter" idx="12"/>');
  });

  test('tables say whether their first row is a header, and are named "Table N"', () => {
    const tables = slides().flatMap(([, xml]) => [...xml.matchAll(/<a:tblPr\b[^>]*\/>/g)].map((m) => m[0]));
    expect(tables.length).toBeGreaterThan(3);
    for (const t of tables) expect(t).toMatch(/firstRow="1"/);
    expect(
      slides()
        .map(([, xml]) => xml)
        .join(''),
    ).not.toContain('name="tbl:');
  });

  test('every run and paragraph end is in the deck’s language, with no altLang', () => {
    for (const [name, xml] of [...slides(), ...notes()]) {
      expect(xml, name).not.toContain('altLang=');
      for (const m of xml.matchAll(/<a:(?:rPr|endParaRPr)\b[^>]*>/g)) expect(m[0], name).toContain('lang="en-GB"');
    }
  });

  test('notes are a paragraph per line, and each notes page has its own creation id', () => {
    const withText = notes().filter(([, xml]) => xml.includes('<a:t>'));
    expect(withText.some(([, xml]) => (xml.match(/<a:p>/g) ?? []).length > 2)).toBe(true);
    for (const [, xml] of withText) expect(xml).not.toMatch(/<a:t>[^<]*\n[^<]*<\/a:t>/);
    const ids = notes().map(([, xml]) => /<p14:creationId\b[^>]*\bval="(\d+)"/.exec(xml)?.[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('the notes master is listed before the slides in presentation.xml', () => {
    const pres = parts['ppt/presentation.xml']!;
    expect(pres.indexOf('<p:notesMasterIdLst>')).toBeLessThan(pres.indexOf('<p:sldIdLst>'));
  });

  test('app.xml escapes the company and lists slide titles; core.xml holds the build date', () => {
    expect(parts['docProps/app.xml']).toContain('<Company>Procter &amp; Gamble &lt;Europe&gt;</Company>');
    expect(parts['docProps/app.xml']).not.toMatch(/<vt:lpstr>Slide \d+<\/vt:lpstr>/);
    expect(parts['docProps/core.xml']).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2026-12-03T00:00:00Z</dcterms:created>',
    );
  });

  test('content types are written from the parts: an override for each slide, none for a part that is not there', () => {
    const ct = parts['[Content_Types].xml']!;
    for (const [name] of slides()) expect(ct).toContain(`PartName="/${name}"`);
    for (const m of ct.matchAll(/PartName="\/([^"]+)"/g)) expect(Object.keys(parts)).toContain(m[1]);
  });

  test('brand colours on slides are the theme’s accent colours', () => {
    expect(parts['ppt/theme/theme1.xml']).toMatch(/<a:accent1><a:srgbClr val="1F4E79"\/><\/a:accent1>/);
    const all = slides()
      .map(([, xml]) => xml)
      .join('');
    expect(all).toContain('<a:schemeClr val="accent1"/>');
    expect(all).not.toContain('<a:srgbClr val="1F4E79"/>');
  });
});
