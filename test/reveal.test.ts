// Click-builds (`:::reveal`): the deck's slides carry PowerPoint's own "Appear" effects on exactly the paragraphs the
// author revealed, a continued slide builds again on its own, LibreOffice keeps every effect, the notes count the
// clicks, and slides.pdf has a page a click where `slides-pdf: steps` asks for it (the whole slide otherwise).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../src/build.js';
import { pdfPages, slideNotes, slideTexts, squash } from './support/artefacts.js';
import { all, children, clicksOf, P, type SlideDoc, slideDocs, targetShapes, titleOf } from './support/deck-clicks.js';
import { HOSTILE } from './support/deck-xml.js';
import { BASE } from './support/fixtures.js';
import { validatePptx } from './support/pptx-validate.js';
import { realClients } from './support/tools.js';

const office = realClients('soffice');
const poppler = realClients('pdftotext');

/** Typed quotes come out curled on the slides. */
const CURLED = HOSTILE.replace(/"(\w)"/, '“$1”').replace(/'(\w)'/, '‘$1’');
const LONG = (i: number) =>
  `Point ${i} Ελλάδα, with words enough to make it a long line on the slide, and then some more`;
const MODULE = `
## Step by step
Before the list, always there.

:::reveal
- First: ${HOSTILE}
- Second: Київ, a longer point that wraps over more than one line on the slide, so its paragraph wraps there
  - a sub-item that comes along
- Third point
:::

And a closing line.

:::reveal
A revealed paragraph at the end.
:::

:::notes
Talk through each.
:::

## Long builds

:::reveal
${Array.from({ length: 14 }, (_, i) => `- ${LONG(i + 1)}`).join('\n')}
:::

## Twice said

:::reveal
Twice said
:::

## Table between builds

:::reveal
Text before the table appears first.
:::

| Job | Focus |
|-----|-------|
| Lead | People |

:::reveal
Text after the table appears next.
:::
`;
/** The paragraphs of "Step by step" each click shows, in order. */
const STEPS = [
  [`First: ${CURLED}`],
  [
    'Second: Київ, a longer point that wraps over more than one line on the slide, so its paragraph wraps there',
    'a sub-item that comes along',
  ],
  ['Third point'],
  ['A revealed paragraph at the end.'],
];

let root: string;
let out: string;
/** The deck's slides as XML documents, in slide order, with their parts' names. */
let slides: SlideDoc[];
const titled = (title: string) => slides.filter((s) => titleOf(s.doc).startsWith(title));

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'wk-reveal-'));
  const content = join(root, 'content');
  out = join(root, 'out');
  cpSync(BASE, content, { recursive: true });
  const edit = (file: string, add: string) =>
    writeFileSync(join(content, file), readFileSync(join(content, file), 'utf8') + add);
  edit('modules/welcome.md', MODULE);
  edit('clients/acme.yaml', 'slides-pdf: steps\n');
  edit('clients/short.yaml', 'lang: de-DE\n');
  expect((await build({ contentDir: content, outDir: out })).diagnostics).toEqual([]);
  for (const client of ['acme', 'short'])
    expect(validatePptx(readFileSync(join(out, client, 'deck.pptx'))), client).toEqual([]);
  slides = slideDocs(readFileSync(join(out, 'acme', 'deck.pptx')));
}, 60_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the deck', () => {
  it('shows each revealed paragraph on its click, sub-items with their item, the rest from the start', () => {
    const [slide] = titled('Step by step');
    const clicks = clicksOf(slide!.doc);
    expect(clicks.map((c) => c.texts)).toEqual(STEPS);
    expect(clicks.map((c) => c.kinds)).toEqual([
      ['clickEffect'],
      ['clickEffect', 'withEffect'],
      ['clickEffect'],
      ['clickEffect'],
    ]);
    // The timing stands where the schema puts it, and names for a paragraph build every shape it animates.
    const order = children(slide!.doc.documentElement!).map((n) => n.localName);
    expect(order).toEqual(['cSld', 'clrMapOvr', 'timing']);
    const seq = all(slide!.doc, P, 'seq')[0]!;
    expect([seq.getAttribute('concurrent'), seq.getAttribute('nextAc')]).toEqual(['1', 'seek']);
    const targets = new Set(all(slide!.doc, P, 'spTgt').map((t) => t.getAttribute('spid')));
    expect(all(slide!.doc, P, 'bldP').map((b) => [b.getAttribute('spid'), b.getAttribute('build')])).toEqual(
      [...targets].map((spid) => [spid, 'p']),
    );
  });

  it('builds a list cut over a continued slide again on each slide, from its first click', () => {
    const pages = titled('Long builds');
    expect(pages.length).toBeGreaterThan(1);
    const shown = pages.flatMap((page) => {
      const clicks = clicksOf(page.doc);
      for (const c of clicks) expect(c.texts).toHaveLength(1);
      return clicks.map((c) => c.texts[0]);
    });
    expect(shown).toEqual(Array.from({ length: 14 }, (_, i) => LONG(i + 1)));
  });

  it('numbers the clicks through the text shapes of a slide in reading order', () => {
    const [slide] = titled('Table between builds');
    expect(clicksOf(slide!.doc).map((c) => c.texts)).toEqual([
      ['Text before the table appears first.'],
      ['Text after the table appears next.'],
    ]);
    expect(all(slide!.doc, P, 'bldP')).toHaveLength(2);
  });

  it('finds the revealed text in the body, not in a title of the same words drawn before it', () => {
    const [slide] = titled('Twice said');
    expect(clicksOf(slide!.doc).map((c) => c.texts)).toEqual([['Twice said']]);
    const [title] = all(slide!.doc, P, 'sp');
    expect(targetShapes(slide!.doc)).not.toContain(title);
    expect(targetShapes(slide!.doc)).toHaveLength(1);
  });

  it('says in the notes how many clicks each slide takes, a continued one its own', () => {
    const notes = slideNotes(join(out, 'acme', 'deck.pptx'));
    const index = (title: string) => slides.findIndex((s) => titleOf(s.doc).startsWith(title));
    expect(notes[index('Step by step')]).toMatch(
      /^Planned: \S+ (?:Budget: \d+ min )?Builds in 4 clicks\. Talk through each\./,
    );
    const long = titled('Long builds').map((s) => notes[slides.indexOf(s)]!);
    expect(long[1]).toMatch(/^\(continued from the previous slide\) Builds in \d+ clicks\./);
    expect(notes[index('Table between builds')]).toContain('Builds in 2 clicks.');
    expect(notes.filter((n) => n.includes('Builds in'))).toHaveLength(4 + long.length - 1);
    // In the client's language, counted as it counts.
    const german = slideNotes(join(out, 'short', 'deck.pptx'));
    expect(german.filter((n) => n.includes('Baut sich in 4 Klicks auf.'))).toHaveLength(1);
    expect(german.filter((n) => n.includes('Baut sich in 2 Klicks auf.'))).toHaveLength(1);
  });

  it('keeps a slide without reveals free of timing', () => {
    const without = slides.filter((s) => all(s.doc, P, 'timing').length === 0);
    expect(without.length).toBe(slides.length - titled('Step by step').length - titled('Long builds').length - 2);
  });
});

describe.runIf(office)('LibreOffice', () => {
  it('keeps one on-click effect per click and one appear effect per revealed paragraph, on those paragraphs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wk-reveal-odp-'));
    try {
      // A profile of its own: another file's LibreOffice may be running, and two on one profile fail.
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=file://${dir}/profile`,
          '--headless',
          '--convert-to',
          'odp',
          '--outdir',
          dir,
          join(out, 'acme', 'deck.pptx'),
        ],
        { stdio: 'ignore' },
      );
      const content = strFromU8(unzipSync(readFileSync(join(dir, 'deck.odp')))['content.xml']!);
      const expected = slides.flatMap((s) => (all(s.doc, P, 'timing').length ? clicksOf(s.doc) : []));
      const onClick = [...content.matchAll(/presentation:node-type="on-click"/g)].length;
      expect(onClick).toBe(expected.length);
      const targets = [...content.matchAll(/<anim:set [^>]*smil:targetElement="([^"]+)"[^>]*smil:to="visible"/g)];
      const paragraphs = targets.map((m) => {
        const p = new RegExp(`<text:p [^>]*xml:id="${m[1]}"[^>]*>([\\s\\S]*?)</text:p>`).exec(content)?.[1] ?? '';
        return decodeOdf(p.replace(/<[^>]+>/g, ''));
      });
      expect(paragraphs).toEqual(expected.flatMap((c) => c.texts));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe.runIf(poppler)('slides.pdf', () => {
  it('with steps: a page before each click and the whole slide, later points left out', () => {
    const deck = slideTexts(join(out, 'acme', 'deck.pptx'));
    const pages = pdfPages(join(out, 'acme', 'slides.pdf')).map(squash);
    const clicks = slides.reduce((n, s) => n + (all(s.doc, P, 'timing').length ? clicksOf(s.doc).length : 0), 0);
    expect(pages).toHaveLength(deck.length + clicks);
    const first = pages.findIndex((p) => p.startsWith('Step by step'));
    const steps = pages.slice(first, first + STEPS.length + 1);
    const shown = STEPS.flat().map(squash);
    steps.forEach((page, step) => {
      const upTo = STEPS.slice(0, step).flat().length;
      expect(page, `step ${step}`).toContain('Before the list, always there.');
      expect(page).toContain('And a closing line.');
      shown.forEach((text, i) => expect(page.includes(text), `step ${step}: ${text}`).toBe(i < upTo));
    });
    expect(pages[first + STEPS.length + 1]).not.toMatch(/^Step by step/);
  });

  it('by default: one page a slide, the whole slide', () => {
    const deck = slideTexts(join(out, 'short', 'deck.pptx'));
    const pages = pdfPages(join(out, 'short', 'slides.pdf')).map(squash);
    expect(pages).toHaveLength(deck.length);
    const page = pages.find((p) => p.startsWith('Step by step'))!;
    for (const text of STEPS.flat()) expect(page).toContain(squash(text));
  });
});

function decodeOdf(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
