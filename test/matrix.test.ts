// Two-by-two slides read back from the deck: the tiles leave room for their caption and takeaway, which stay on the slide.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDeck, HOSTILE, type Shape, shapesOf, slidesOf, slidesTitled } from './support/deck-xml.js';
import { convert, overflowing } from './support/pptx-overflow.js';
import { realClients } from './support/tools.js';

const office = realClients('soffice', 'pdftotext');
/** HOSTILE as the slides show it, its straight quotes curled. */
const SHOWN = HOSTILE.replace('"Q"', '“Q”').replace("'R'", '‘R’');

const grid = (after: string) => `
## Stuck or scattered?
| | Weak leading | Strong leading |
|---|---|---|
| **Strong managing** | Stuck: going nowhere | Thriving: change that lands |
| **Weak managing** | Drifting: no grip | Scattered: few finishes ${HOSTILE} |
${after}`;
const CAPTION = `\n*Source: made up for ${HOSTILE}*\n`;
const TAKEAWAY = `\nTakeaway: both jobs matter & neither is enough alone, ${HOSTILE}.\n`;

const bottom = (s: Shape) => s.y + s.h;
const tilesOf = (shapes: Shape[]) =>
  shapes.filter((s) => !s.placeholder && s.filled && s.xml.includes('anchor="ctr"') && s.text !== '');

describe('a two-by-two', () => {
  it('keeps the caption under its tiles, smaller than their text, and the takeaway under it on the same slide', async () => {
    await buildDeck({ 'modules/welcome.md': (t) => t + grid(CAPTION + TAKEAWAY) }, (deck) => {
      const pages = slidesTitled(slidesOf(deck), 'Stuck or scattered?');
      expect(pages.length).toBe(1);
      expect(pages[0]!.xml).not.toContain('<a:tbl>');
      const shapes = shapesOf(pages[0]!);
      const tiles = tilesOf(shapes);
      expect(tiles.map((t) => t.text)).toEqual([
        'Stuck: going nowhere',
        'Thriving: change that lands',
        'Drifting: no grip',
        `Scattered: few finishes ${SHOWN}`,
      ]);
      const caption = shapes.find((s) => s.text === `Source: made up for ${SHOWN}`)!;
      const takeaway = shapes.find(
        (s) => s.text === `Takeaway: both jobs matter & neither is enough alone, ${SHOWN}.`,
      )!;
      expect(caption && takeaway).toBeTruthy();
      expect(caption.y).toBeGreaterThanOrEqual(Math.max(...tiles.map(bottom)));
      expect(Math.max(...caption.runs.map((r) => r.sizePt))).toBeLessThan(
        Math.min(...tiles.flatMap((t) => t.runs.map((r) => r.sizePt))),
      );
      expect(takeaway.y).toBeGreaterThanOrEqual(bottom(caption));
      // Everything within the text area, above the footer.
      expect(bottom(takeaway)).toBeLessThanOrEqual(6.82);
      if (office) expect(overflowing(convert(readFileSync(deck)))).toEqual([]);
    });
  });

  it('keeps a comparison of two rows and two columns on one slide with its source and takeaway', async () => {
    await buildDeck(
      {
        'modules/two-jobs.md': (t) =>
          t.replace('Takeaway: both jobs matter.', `Takeaway: both jobs matter, ${HOSTILE}.`),
      },
      (deck) => {
        const pages = slidesTitled(slidesOf(deck), 'At a glance');
        expect(pages.length).toBe(1);
        const shapes = shapesOf(pages[0]!);
        const source = shapes.find((s) => s.text.startsWith('Source: After J. P. Kotter'))!;
        const takeaway = shapes.find((s) => s.text === `Takeaway: both jobs matter, ${SHOWN}.`)!;
        expect(source.y).toBeGreaterThanOrEqual(Math.max(...tilesOf(shapes).map(bottom)));
        expect(takeaway.y).toBeGreaterThanOrEqual(bottom(source));
      },
    );
  });

  it('lets trailing text too long to share the slide continue on the next, its caption still under the tiles', async () => {
    // Paragraphs only: a list after a table makes an ordinary content slide.
    const long = Array.from(
      { length: 12 },
      (_, i) => `Point ${i + 1} about the grid, written out at length so that it wraps at the body size, ${HOSTILE}`,
    ).join('\n\n');
    await buildDeck({ 'modules/welcome.md': (t) => t + grid(`${CAPTION}\n${long}\n`) }, (deck) => {
      const pages = slidesTitled(slidesOf(deck), 'Stuck or scattered?');
      expect(pages.length).toBeGreaterThan(1);
      const first = shapesOf(pages[0]!);
      expect(tilesOf(first).length).toBe(4);
      expect(first.find((s) => s.text === `Source: made up for ${SHOWN}`)).toBeDefined();
      const text = pages
        .flatMap(shapesOf)
        .map((s) => s.text)
        .join('\n');
      for (let i = 1; i <= 12; i++) expect(text).toContain(`Point ${i} about the grid`);
    });
  });
});
