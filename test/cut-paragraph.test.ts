// A paragraph cut across slides keeps its words as written: a word too long for a line is cut inside, the spaces around it stay.
import { describe, expect, it } from 'vitest';
import { cutPara, para } from '../src/layout/text.js';
import { Measure } from '../src/text/measure.js';
import { buildDeck, HOSTILE, shapesOf, slidesOf, slidesTitled } from './support/deck-xml.js';

/** Text measured as the built-in theme measures it (Arial's metrics for heading and body). */
const arial = new Measure();

const LONG = `https://example.com/${'a'.repeat(150)}`;
const WORDS = Array.from({ length: 400 }, (_, i) => (i % 25 === 0 ? `word${i} Ελλάδα Київ & <Ltd>` : `word${i}`)).join(
  ' ',
);

describe('a paragraph cut across slides', () => {
  it('marks the lines that end inside a cut word, and only those', () => {
    const lines = arial.wrapLines([{ text: `start ${LONG} more words` }], 300, 18);
    const cut = lines.filter((l) => l.broken);
    expect(cut.length).toBeGreaterThan(2);
    // Every line of the cut word but its last ends inside it; the last one goes on to "more words" and ends at a space.
    expect(cut.slice(0, -1).every((l) => l.endsInWord)).toBe(true);
    expect(cut[cut.length - 1]!.endsInWord).toBeUndefined();
    expect(lines[0]!.endsInWord).toBeUndefined();
  });

  it('joins its lines back with the spaces the text had', () => {
    const p = para(arial, [{ text: `${HOSTILE} ${LONG} more words ${WORDS}` }], 18, 300);
    const [head, tail] = cutPara(arial, p, 300, 300);
    const text = (runs: { text: string }[]) => runs.map((r) => r.text).join('');
    expect(`${text(head!.runs)} ${text(tail.runs)}`).toBe(`${HOSTILE} ${LONG} more words ${WORDS}`);
  });

  it('keeps the space after a word cut across lines on the slide', async () => {
    await buildDeck(
      { 'modules/welcome.md': (t) => `${t}\n## Long read\n${HOSTILE} ${LONG} more words ${WORDS} end.\n` },
      (deck) => {
        const pages = slidesTitled(slidesOf(deck), 'Long read');
        expect(pages.length).toBeGreaterThan(1);
        const body = pages.map((s) => shapesOf(s).find((sp) => sp.placeholder === 'body')!.text).join(' ');
        expect(body).toContain(`${LONG} more words word0 Ελλάδα Київ & <Ltd> word1`);
        expect(body.split(/\s+/).filter((w) => /^word\d+$/.test(w))).toEqual(
          WORDS.split(' ').filter((w) => /^word\d+$/.test(w)),
        );
        expect(body).toMatch(/ end\.$/);
      },
    );
  });
});
