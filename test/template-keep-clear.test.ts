// A designed template whose cover and divider sweep a drawn line across their lower half, under small subtitle
// placeholders (as Office's "Science" design does): the text the tool places beyond those placeholders (the client's
// details, a section's objectives) keeps clear of the drawing; the divider's own text goes in its subtitle placeholder.
import { readFileSync, rmSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTemplate } from '../src/template/read.js';
import { HOSTILE, shapesOf } from './support/deck-xml.js';
import { withInheritedFrames } from './support/inherited-frames.js';
import { type LayoutSpec, makeTemplate } from './support/make-template.js';
import { convert, overflowing } from './support/pptx-overflow.js';
import { validatePptx } from './support/pptx-validate.js';
import { buildOnTemplate, type TemplateBuild } from './support/template-build.js';
import { realClients } from './support/tools.js';

const office = realClients('soffice', 'pdftotext');
type Box = { x: number; y: number; w: number; h: number };
const COVER_LINE: Box = { x: 9.6, y: 4.35, w: 3.7, h: 2.95 };
const COVER_SUBTITLE: Box = { x: 8.8, y: 3.9, w: 4.1, h: 0.8 };
const DIVIDER_LINE: Box = { x: 0, y: 4.5, w: 6.6, h: 2.8 };
const DIVIDER_SUBTITLE: Box = { x: 1.4, y: 4.6, w: 4.1, h: 0.8 };
const frame = (b: Box): [number, number, number, number] => [b.x, b.y, b.w, b.h];
const LAYOUTS: LayoutSpec[] = [
  {
    name: 'Cover',
    placeholders: [
      { type: 'ctrTitle', frame: [8.8, 2.1, 4.1, 1.7] },
      { type: 'subTitle', idx: 1, frame: frame(COVER_SUBTITLE) },
    ],
    drawing: frame(COVER_LINE),
  },
  {
    name: 'Divider',
    placeholders: [
      { type: 'ctrTitle', frame: [1.4, 2.7, 4.1, 1.7] },
      { type: 'subTitle', idx: 1, frame: frame(DIVIDER_SUBTITLE) },
    ],
    drawing: frame(DIVIDER_LINE),
  },
  { name: 'Title and Content', type: 'obj', placeholders: [{ type: 'title' }, { idx: 1 }] },
  { name: 'Titles Only', type: 'titleOnly', placeholders: [{ type: 'title' }] },
];

const overlaps = (a: Box, b: Box) => a.w > 0 && a.h > 0 && a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
/** The part of a box outside a placeholder's frame, where the template's designer did not plan for text. */
const beyond = (a: Box, placeholder: Box): Box => ({ ...a, y: Math.max(a.y, placeholder.y + placeholder.h), h: a.y + a.h - Math.max(a.y, placeholder.y + placeholder.h) });

let built: TemplateBuild;
let deck: Uint8Array;
let slides: { layout: string; xml: string }[];

beforeAll(async () => {
  const template = await makeTemplate({ layouts: LAYOUTS });
  built = await buildOnTemplate(template, {
    file: 'swept.potx',
    edits: {
      'clients/acme.yaml': (t) => t.replace(/^name: .*$/m, `name: '${HOSTILE.replaceAll("'", "''")}'`),
      'modules/two-jobs.md': (t) => t.replace('# Two jobs, one organisation\n\n', '# Two jobs, one organisation\n\nWhere the two roles meet\n\n'),
    },
  });
  expect(built.code, built.errors.join('\n')).toBe(0);
  deck = built.deck();
  const files = unzipSync(deck);
  const text = (n: string) => strFromU8(files[n]!);
  slides = Object.keys(files)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]))
    .map((n) => {
      const layout = /slideLayouts\/(slideLayout\d+\.xml)/.exec(text(n.replace('slides/', 'slides/_rels/').concat('.rels')))![1]!;
      return { layout: /<p:cSld name="([^"]*)"/.exec(text(`ppt/slideLayouts/${layout}`))![1]!, xml: withInheritedFrames(files, n, text(n)) };
    });
}, 120_000);
afterAll(() => rmSync(built.root, { recursive: true, force: true }));

describe('a template that draws a line across its cover and dividers', () => {
  it('reads the drawn line as something to keep clear of', () => {
    const info = readTemplate(readFileSync(built.templatePath));
    const cover = info.layouts.find((l) => l.name === 'Cover')!;
    expect(cover.look?.obstacles).toEqual([{ kind: 'drawing', frame: expect.objectContaining({ x: expect.closeTo(9.6, 3), y: expect.closeTo(4.35, 3) }) }]);
  });

  it('puts the client’s details where the line is not: above the title, the client’s name intact', () => {
    const cover = slides[0]!;
    expect(cover.layout).toBe('Cover');
    const texts = shapesOf({ name: 'cover', xml: cover.xml }).filter((s) => s.text && !s.placeholder);
    expect(texts.map((s) => s.text).join(' ')).toContain('Tom & Jerry <Ltd>');
    expect(texts.map((s) => s.text).join(' ')).toContain('Ελλάδα Київ');
    for (const s of texts) expect(overlaps(s, COVER_LINE), s.text).toBe(false);
    const title = shapesOf({ name: 'cover', xml: cover.xml }).find((s) => s.placeholder === 'ctrTitle')!;
    const details = texts.find((s) => s.text.includes('Ελλάδα Київ'))!;
    expect(details.y + details.h).toBeLessThanOrEqual(title.y + title.h);
  });

  it('never continues a divider: its text in its subtitle placeholder, clear of the line, objectives on the next slide', () => {
    const dividers = slides.map((s, i) => ({ s, i })).filter(({ s }) => s.layout === 'Divider');
    expect(dividers.length).toBeGreaterThan(0);
    for (const { s } of dividers) {
      const shapes = shapesOf({ name: 'divider', xml: s.xml });
      expect(shapes.find((sp) => sp.placeholder === 'ctrTitle' || sp.placeholder === 'title')!.text).not.toMatch(/cont\./);
      for (const sp of shapes.filter((x) => x.text)) expect(overlaps(beyond(sp, DIVIDER_SUBTITLE), DIVIDER_LINE), `${sp.text} ${JSON.stringify([sp.x, sp.y, sp.w, sp.h])}`).toBe(false);
      expect(s.xml).not.toMatch(/<a:t>Objectives<\/a:t>/);
    }
    // The closing slide sits on the divider too: one slide, its words clear of the line.
    expect(dividers.at(-1)!.i).toBe(slides.length - 1);
    const following = dividers.map(({ i }) => slides[i + 1]).filter((next) => next?.xml.includes('<a:t>Objectives</a:t>'));
    expect(following.length).toBeGreaterThan(0);
    for (const next of following) expect(next!.layout).toBe('Title and Content');
    // A module's subtitle is the divider's text, in the template's subtitle placeholder.
    const subtitled = dividers.map(({ s }) => shapesOf({ name: 'divider', xml: s.xml }).find((sp) => sp.text === 'Where the two roles meet'));
    expect(subtitled.find(Boolean)?.placeholder).toBe('subTitle');
    expect(validatePptx(deck)).toEqual([]);
  });

  it.runIf(office)('puts no word outside its box in LibreOffice', () => {
    expect(overflowing(convert(deck))).toEqual([]);
  });
});
