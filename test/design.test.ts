// The look of the deck, read from the slides' XML: two text sizes, tables that use the slide, captions under their tables, 2×2 tiles, the progress marker.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { Measure } from '../src/text/measure.js';
import { HOSTILE, shapesOf } from './support/deck-xml.js';
import { buildEdited } from './support/edited-build.js';
import { convert, overflowing } from './support/pptx-overflow.js';
import { realClients } from './support/tools.js';

/** Text measured as the built-in theme measures it (Arial's metrics for heading and body). */
const arial = new Measure();

const EMU = 914_400;
const office = realClients('soffice', 'pdftotext');

const DESIGN = `---
title: Design check ${HOSTILE}
minutes: 20
---

## A short table
| Task | Leading | Managing |
|---|---|---|
| Targets | Why it matters | How and when |
| Talking | Story & purpose | Clarity <and> detail |
| Crisis | Direction and calm | Triage and resources |

*Source: made up for ${HOSTILE}*

## Stuck or scattered?
| | Weak leading | Strong leading |
|---|---|---|
| **Strong managing** | Stuck: going nowhere | Thriving: change that lands |
| **Weak managing** | Drifting: no grip | Scattered: few finishes ${HOSTILE} |

## A short slide
- One point
- Two points

## A long slide
${Array.from({ length: 9 }, (_, i) => `- Point ${i + 1} of a slide that holds a lot, written out at length so that it wraps onto a second line at the body size ${HOSTILE}`).join('\n')}

## A long quote
> ${Array.from({ length: 16 }, (_, i) => `Sentence ${i + 1} of a quotation too long to stand large on one slide, ${HOSTILE}.`).join(' ')}
> — Someone who talks at length
`;

type Slide = { name: string; xml: string };

function slidesOf(pptx: string): Slide[] {
  const files = unzipSync(readFileSync(pptx));
  return Object.keys(files)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]))
    .map((name) => ({ name, xml: strFromU8(files[name]!) }));
}

const shapes = (xml: string) => xml.split('<p:sp>').slice(1);
const text = (xml: string) =>
  [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)]
    .map((m) =>
      m[1]!
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'"),
    )
    .join('');
const sizes = (xml: string) => [...xml.matchAll(/<a:rPr[^>]*\ssz="(\d+)"/g)].map((m) => Number(m[1]) / 100);
const slideTitled = (slides: Slide[], title: string) =>
  slides.find((s) => shapes(s.xml).some((sp) => sp.includes('type="title"') && text(sp).startsWith(title)))!;

async function buildDesign<T>(check: (deck: string) => T, theme = 'default'): Promise<T> {
  return buildEdited(
    {
      'modules/design.md': () => DESIGN,
      'workshop.yaml': (t) =>
        t
          .replace('minutes: 135', 'minutes: 155')
          .replace('  - practice\n', '  - practice\n  - design\n')
          .replace('theme: default', `theme: ${theme}`),
    },
    ['--client', 'acme'],
    (out) => check(join(out, 'acme', 'deck.pptx')),
  );
}

describe('the deck’s design', () => {
  it('sets all running text of the deck in at most three sizes: the body size, one step down, and the display size of a quotation or a short slide', async () => {
    await buildDesign((deck) => {
      const slides = slidesOf(deck);
      const body = new Set(
        slides.flatMap((s) =>
          shapes(s.xml)
            .filter((sp) => sp.includes('<p:ph type="body"'))
            .flatMap((sp) => sizes(sp)),
        ),
      );
      expect([...body].sort()).toEqual([18, 22, 28]);
      // The short slide takes the display size and stands a little above the middle of the room under its title (not
      // at its top, the bottom half empty); the long one steps down rather than shrinking further.
      const short = shapes(slideTitled(slides, 'A short slide').xml).find((sp) => sp.includes('<p:ph type="body"'))!;
      expect(new Set(sizes(short))).toEqual(new Set([28]));
      const top = (sp: string) => Number(/<a:off x="\d+" y="(\d+)"/.exec(sp)![1]) / 914_400;
      const long = shapes(slideTitled(slides, 'A long slide').xml).find((sp) => sp.includes('<p:ph type="body"'))!;
      expect(top(short)).toBeGreaterThan(top(long) + 0.5);
      expect(new Set(sizes(long))).toEqual(new Set([18]));
    });
  });

  it('sets a short table at the body size with taller rows, centred, and its italic caption smaller than its cells', async () => {
    await buildDesign((deck) => {
      const slide = slideTitled(slidesOf(deck), 'A short table').xml;
      const table = slide.slice(slide.indexOf('<p:graphicFrame'), slide.indexOf('</p:graphicFrame>'));
      expect(new Set(sizes(table))).toEqual(new Set([22]));
      expect(text(table)).toContain('Clarity <and> detail');
      const [, y, , cy] = table
        .match(/<a:off x="(\d+)" y="(\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"/)!
        .slice(1)
        .map(Number) as number[];
      // The text area runs from 1.85 in to 6.8 in: the table fills well over half of it, and stands below its top.
      expect(cy! / EMU).toBeGreaterThan(0.5 * (6.8 - 1.85));
      expect(y! / EMU).toBeGreaterThan(1.95);
      const caption = shapes(slide).find((sp) => text(sp).startsWith('Source: made up for Tom & Jerry <Ltd>'))!;
      expect(caption).toBeDefined();
      expect(Math.max(...sizes(caption))).toBeLessThan(22);
      const captionY = Number(caption.match(/<a:off x="\d+" y="(\d+)"/)![1]);
      expect(captionY).toBeGreaterThanOrEqual(y! + cy!);
    });
  });

  it('draws a two-by-two table as four tiles with the column names above and the row names beside them', async () => {
    await buildDesign((deck) => {
      const slide = slideTitled(slidesOf(deck), 'Stuck or scattered?').xml;
      expect(slide).not.toContain('<a:tbl>');
      const boxes = shapes(slide).map((sp) => ({
        text: text(sp),
        x: Number(sp.match(/<a:off x="(\d+)"/)?.[1] ?? -1),
        y: Number(sp.match(/<a:off x="\d+" y="(\d+)"/)?.[1] ?? -1),
      }));
      const at = (t: string) => boxes.find((b) => b.text === t)!;
      const tiles = [
        'Stuck: going nowhere',
        'Thriving: change that lands',
        'Drifting: no grip',
        `Scattered: few finishes ${HOSTILE.replace(/"/g, '\u201C').replace(/"/g, '\u201D')}`,
      ];
      const stuck = at(tiles[0]!);
      const thriving = at(tiles[1]!);
      const drifting = at(tiles[2]!);
      expect(stuck && thriving && drifting).toBeTruthy();
      expect(boxes.some((b) => b.text.startsWith('Scattered: few finishes Tom & Jerry <Ltd>'))).toBe(true);
      expect(thriving.y).toBe(stuck.y);
      expect(thriving.x).toBeGreaterThan(stuck.x);
      expect(drifting.x).toBe(stuck.x);
      expect(drifting.y).toBeGreaterThan(stuck.y);
      expect(at('Weak leading').y).toBeLessThan(stuck.y);
      expect(at('Strong managing').x).toBeLessThan(stuck.x);
    });
  });

  it('draws a self-assessment’s scale and a sort’s categories as a row of tiles on the exercise slide', async () => {
    await buildEdited(
      {
        'exercises/self-check.yaml': (t) =>
          t.replace('labels: [Never, Always]', `labels: ["Never & <not once>", "Always Ωμέγα"]`),
      },
      ['--client', 'acme'],
      (out) => {
        const slides = slidesOf(join(out, 'acme', 'deck.pptx'));
        const tiles = (title: string) => {
          const slide = slideTitled(slides, title).xml;
          return shapes(slide)
            .filter((sp) => sp.includes('<a:solidFill>') && !sp.includes('<p:ph'))
            .map(text)
            .filter((t) => t !== '');
        };
        // Five points, the ends labelled as the exercise names them.
        expect(tiles('Rate yourself')).toEqual(
          expect.arrayContaining(['1Never & <not once>', '2', '3', '4', '5Always Ωμέγα']),
        );
        expect(shapes(slideTitled(slides, 'Rate yourself').xml).map(text).join(' ')).not.toContain('1 = Never');
        expect(tiles('Sort it out')).toEqual(expect.arrayContaining(['Leadership', 'Management']));
      },
    );
  });

  it('sets a quotation as a moment: larger than the body text, centred under the title in balanced lines, its attribution under it', async () => {
    await buildDesign((deck) => {
      const slides = slidesOf(deck);
      const quoteSlide = slideTitled(slides, 'A thought to keep');
      const all = shapesOf(quoteSlide);
      const quote = all.find((s) => s.placeholder === 'body')!;
      const by = all.find((s) => s.text === '— Workshop summary')!;
      expect(quote.text).toBe('Management keeps the engine running; leadership points it somewhere.');
      // Larger than the deck's body size (22 pt), italic, centred, the box centred on the slide.
      expect(new Set(quote.runs.map((r) => r.sizePt))).toEqual(new Set([28]));
      expect(quote.xml).toMatch(/ i="1"/);
      expect(quote.xml).toContain('algn="ctr"');
      expect(Math.abs(quote.x + quote.w / 2 - 13.333 / 2)).toBeLessThan(0.05);
      // Two balanced lines rather than a long one and a word or two under it.
      const lines = arial.wrapLines(quote.runs, quote.w * 72 - quote.inset.l - quote.inset.r, 28);
      expect(
        lines.map((l) =>
          l.runs
            .map((r) => r.text)
            .join('')
            .trim(),
        ),
      ).toEqual(['Management keeps the engine running;', 'leadership points it somewhere.']);
      // The attribution under it, centred, smaller; the pair stands in the middle of the space under the title.
      expect(by.xml).toContain('algn="ctr"');
      expect(by.y).toBeGreaterThan(quote.y + quote.h);
      expect(by.runs.every((r) => r.sizePt < 28 && r.sizePt >= 18)).toBe(true);
      const title = all.find((s) => s.placeholder === 'title')!;
      const top = title.y + title.h;
      const foot = all.find((s) => s.placeholder === 'ftr')!.y;
      const middle = (quote.y + by.y + by.h) / 2;
      expect(middle).toBeGreaterThan(top + (foot - top) * 0.4);
      expect(middle).toBeLessThan(top + (foot - top) * 0.6);
      // A quotation too long to stand large is set as text is, at the body size or a step down, never smaller.
      const long = slides.filter((s) =>
        shapesOf(s).some((sp) => sp.placeholder === 'title' && sp.text.startsWith('A long quote')),
      );
      const sizes = new Set(
        long.flatMap((s) =>
          shapesOf(s)
            .filter((sp) => sp.placeholder === 'body')
            .flatMap((sp) => sp.runs.map((r) => r.sizePt)),
        ),
      );
      expect([...sizes].every((size) => size === 18 || size === 22)).toBe(true);
      if (office) expect(overflowing(convert(readFileSync(deck)))).toEqual([]);
    });
  });

  it('marks each content slide with its module’s place in the day, and no section slide', async () => {
    await buildDesign((deck) => {
      const slides = slidesOf(deck);
      const marker = (s: Slide) =>
        shapes(s.xml)
          .map(text)
          .find((t) => /^\d+ {2}· {2}/.test(t));
      // The design module is the fourth of the day (welcome, two-jobs, practice, design; the break is not a module).
      expect(marker(slideTitled(slides, 'A short slide'))).toMatch(/^4 {2}· {2}Design check/);
      expect(marker(slideTitled(slides, 'At a glance'))).toBe('2  ·  Two jobs, one organisation');
      const section = slides.find(
        (s) =>
          s.xml.includes('type="title"') &&
          !s.xml.includes('type="ftr"') &&
          text(s.xml).includes('Two jobs, one organisation'),
      );
      if (section) expect(marker(section)).toBeUndefined();
    });
  });

  it.skipIf(!office)(
    'changes the look with the bold theme file alone, with the same guarantees: three sizes, nothing outside its box',
    async () => {
      await buildDesign((deck) => {
        const slides = slidesOf(deck);
        const titles = new Set(
          slides.flatMap((s) =>
            shapes(s.xml)
              .filter((sp) => sp.includes('<p:ph type="title"'))
              .flatMap((sp) => sizes(sp)),
          ),
        );
        // Content slides at the theme's title size; section dividers larger still.
        expect(titles.has(42)).toBe(true);
        expect(Math.min(...titles)).toBeGreaterThanOrEqual(28);
        const body = new Set(
          slides.flatMap((s) =>
            shapes(s.xml)
              .filter((sp) => sp.includes('<p:ph type="body"'))
              .flatMap((sp) => sizes(sp)),
          ),
        );
        expect([...body].sort()).toEqual([20, 24, 30]);
        expect(overflowing(convert(readFileSync(deck)))).toEqual([]);
      }, 'bold');
    },
  );
});
