// The progress marker at the foot of content slides: shortened to what its frame holds, left out where not even the number fits.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROGRESS_NAME } from '../src/layout/progress.js';
import { Measure } from '../src/text/measure.js';
import { buildDeck, HOSTILE, shapesOf, slidesOf } from './support/deck-xml.js';

/** Text measured as the built-in theme measures it (Arial's metrics for heading and body). */
const arial = new Measure();

const DEFAULT_THEME = readFileSync(join(import.meta.dirname, '..', 'templates', 'default', 'theme.yaml'), 'utf8');

/** The base fixture with a theme of its own (themes/<name>/theme.yaml in the content folder), and a module title to shorten. */
function withTheme(edit: (theme: string) => string) {
  return {
    'themes/narrow/theme.yaml': () => edit(DEFAULT_THEME).replace(/^name: default$/m, 'name: narrow'),
    'workshop.yaml': (t: string) => t.replace('theme: default', 'theme: narrow'),
    'modules/welcome.md': (t: string) => t.replace(/^title: .*$/m, `title: Welcome ${HOSTILE}`),
  };
}

const markers = (deck: string) =>
  slidesOf(deck)
    .flatMap(shapesOf)
    .filter((s) => s.xml.includes(`name="${PROGRESS_NAME}"`));

describe('the progress marker', () => {
  it('shows only the module’s number when the footer has room for no more (a slide 7.2 in wide)', async () => {
    await buildDeck(
      withTheme((t) => t.replace('width: 13.333', 'width: 7.2')),
      (deck) => {
        const found = markers(deck);
        expect(found.length).toBeGreaterThan(0);
        for (const m of found) {
          expect(m.text).toMatch(/^[1-3]$/);
          expect(m.w).toBeGreaterThan(0);
        }
      },
    );
  });

  it('is left out on a slide too narrow for even the number (6 in wide), rather than drawn with a negative width', async () => {
    await buildDeck(
      withTheme((t) => t.replace('width: 13.333', 'width: 6')),
      (deck) => {
        expect(slidesOf(deck).length).toBeGreaterThan(10);
        expect(markers(deck)).toEqual([]);
      },
    );
  });

  it('is left out when its text is taller than the footer row (small text at 28 pt)', async () => {
    // The footer row is 0.36 in tall: a 28 pt line does not fit it.
    expect(arial.lineHeight(28) / 72).toBeGreaterThan(0.36);
    await buildDeck(
      withTheme((t) => t.replace('small: 12', 'small: 28')),
      (deck) => {
        expect(markers(deck)).toEqual([]);
        // The text it would have shown is nowhere on the slides.
        expect(
          slidesOf(deck)
            .flatMap(shapesOf)
            .some((s) => /^\d {2}· {2}/.test(s.text)),
        ).toBe(false);
      },
    );
  });
});
