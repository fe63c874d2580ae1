// Exercise slides read back from the deck: scale and category tiles keep their words whole, the side panel keeps its text inside.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textWidth } from '../src/text/measure.js';
import { buildDeck, HOSTILE, type Shape, shapesOf, slidesOf, slideTitled, textHeight } from './support/deck-xml.js';
import { convert, overflowing } from './support/pptx-overflow.js';
import { realClients } from './support/tools.js';

const office = realClients('soffice', 'pdftotext');

/** Tiles: filled text boxes beside the panel, text centred in them. */
const tilesOf = (shapes: Shape[]) => shapes.filter((s) => !s.placeholder && s.filled && s.xml.includes('anchor="ctr"') && s.text !== '');

/** Words of a shape wider than the text area its box leaves them, as the layout measures them. */
function cutWords(s: Shape): string[] {
  const room = s.w * 72 - s.inset.l - s.inset.r;
  return s.runs.flatMap((r) => r.text.split(/\s+/).filter((word) => word && textWidth(word, { sizePt: r.sizePt, bold: r.bold }) > room));
}

const SORT = `title: Leader or manager?
kind: sort
minutes: 10
grouping: pairs
instructions: Tick one column for each statement, ${HOSTILE}.
categories: [Sometimes, "Often & <rarely>", Ελλάδα, Київ, "'Never' \\"ever\\""]
items:
  - text: Sets next year's budget
    answer: Sometimes
  - text: Paints a picture of the future
    answer: Ελλάδα
`;
const SEVEN = 'labels: [Strongly disagree, Disagree, Somewhat disagree, "Neither & <nor>", Somewhat agree, Agree, Strongly agree Ωμέγα]';

describe('exercise slides', () => {
  it('sets category and scale tiles only at a size where every word fits its tile, else writes them as a line', async () => {
    await buildDeck(
      {
        'exercises/sort-statements.yaml': () => SORT,
        'exercises/self-check.yaml': (t) =>
          t.replace('Rate each statement from 1 to 5.', `Rate each statement from 1 to 7, ${HOSTILE}.`).replace('max: 5, labels: [Never, Always]', `max: 7, ${SEVEN}`),
      },
      (deck) => {
        const slides = slidesOf(deck);
        // Five categories: "Sometimes" is too wide for a fifth of the text column at the body size, so the row steps down.
        const sort = shapesOf(slideTitled(slides, 'Sort it out'));
        const tiles = tilesOf(sort);
        expect(tiles.map((t) => t.text)).toEqual(['Sometimes', 'Often & <rarely>', 'Ελλάδα', 'Київ', '‘Never’ “ever”']);
        for (const tile of tiles) expect(cutWords(tile), tile.text).toEqual([]);
        expect(new Set(tiles.flatMap((t) => t.runs.map((r) => r.sizePt)))).toEqual(new Set([18]));
        // Seven points named at length fit no tile at either size: the scale is written out under the instructions.
        const rate = shapesOf(slideTitled(slides, 'Rate yourself'));
        expect(tilesOf(rate)).toEqual([]);
        const body = rate.find((s) => s.placeholder === 'body')!;
        expect(body.text).toContain('Rate each statement from 1 to 7, Tom & Jerry <Ltd> “Q” ‘R’ Ελλάδα Київ.');
        expect(body.text).toContain('1 = Strongly disagree · 2 = Disagree · 3 = Somewhat disagree · 4 = Neither & <nor>');
        expect(body.text).toContain('7 = Strongly agree Ωμέγα');
      },
    );
  });

  it.skipIf(!office)('shows every category whole when LibreOffice draws the tiles', async () => {
    await buildDeck({ 'exercises/sort-statements.yaml': () => SORT }, (deck) => {
      const converted = convert(readFileSync(deck));
      const slides = slidesOf(deck);
      const at = slides.indexOf(slideTitled(slides, 'Sort it out'));
      const words = converted.pages[at]!.words.map((w) => w.text);
      expect(words).toEqual(expect.arrayContaining(['Sometimes', 'Often', '&', '<rarely>', 'Ελλάδα', 'Київ', '‘Never’', '“ever”']));
      expect(overflowing(converted)).toEqual([]);
    });
  });

  it('keeps the side panel’s text inside it when renamed labels are too long even at the smallest size', async () => {
    const long = (words: number) => Array.from({ length: words }, (_, i) => (i % 7 === 3 ? HOSTILE : `word${i}`)).join(' ');
    const labels = `labels:\n  grouping-solo: "On your own ${long(120).replace(/"/g, '\\"')}"\n  kind-reflection: "Reflection ${long(40).replace(/"/g, '\\"')}"\n  kind-quiz: "Quiz ${long(40).replace(/"/g, '\\"')}"\n`;
    await buildDeck({ 'workshop.yaml': (t) => t + labels }, async (deck) => {
      const slides = slidesOf(deck);
      for (const title of ['Reflect', 'Quick quiz', 'Rate yourself']) {
        const panel = shapesOf(slideTitled(slides, title)).find((s) => s.text.startsWith('Exercise '))!;
        expect(textHeight(panel), title).toBeLessThanOrEqual(panel.h * 72 - panel.inset.t - panel.inset.b);
        // How long and with whom stay, the grouping shortened at a word; the activity, which the instructions say anyway, goes.
        expect(panel.text, title).toMatch(/^Exercise \d+Time\d+ minutesGrouping/);
        expect(panel.text, title).toContain(`On your own word0 word1 word2 ${HOSTILE} word4`);
        expect(panel.text.endsWith('…'), title).toBe(true);
        expect(panel.text, title).not.toContain('Activity');
      }
      if (office) expect(overflowing(convert(readFileSync(deck)))).toEqual([]);
    });
  });
});
