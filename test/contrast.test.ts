// Quiet text reads on what is behind it: the progress marker, footer, captions and attributions at 7:1, the exercise
// details and tile labels at 4.5:1, on both bundled themes, with a client's brand and with a theme whose grey is pale.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROGRESS_NAME } from '../src/layout/progress.js';
import { contrast } from '../src/render/colors.js';
import { buildDeck, HOSTILE, type Shape, shapesOf, slidesOf, slideTitled } from './support/deck-xml.js';

const THEME = (name: string) => readFileSync(join(import.meta.dirname, '..', 'templates', name, 'theme.yaml'), 'utf8');

/** The colour of each run of a shape, as written. */
const colours = (s: Shape) =>
  [...s.xml.matchAll(/<a:rPr[^>]*>(?:(?!<\/a:rPr>)[\s\S])*?<a:srgbClr val="([0-9A-F]{6})"/g)].map((m) => m[1]!);

/** The base fixture on `theme` (its muted grey replaced where `muted` is given), with a captioned picture. */
function edits(theme: string, muted?: string) {
  const file = muted ? THEME(theme).replace(/muted: "#[0-9A-F]{6}"/, `muted: "${muted}"`) : THEME(theme);
  return {
    'themes/look/theme.yaml': () => file.replace(/^name: \w+$/m, 'name: look'),
    'workshop.yaml': (t: string) => t.replace('theme: default', 'theme: look'),
    'modules/practice.md': (t: string) =>
      `${t}\n## Pictured\nThe logo stands for the team.\n\n![The logo](assets/logo.png "Our logo, ${HOSTILE.replaceAll('"', '\\"')}")\n`,
  };
}

describe('quiet text', () => {
  const cases: [string, string | undefined, string][] = [
    ['default', undefined, 'FFFFFF'],
    ['bold', undefined, 'FFFFFF'],
    // A grey that passes 4.5:1 on white (4.54:1) but reads weaker than that on a projector: darkened where it colours text.
    ['default', '#767676', 'FFFFFF'],
  ];
  for (const [theme, muted, background] of cases) {
    it(`reads at 7:1, the details and labels at 4.5:1, on the ${theme} theme${muted ? ` with muted ${muted}` : ''} and acme's brand`, async () => {
      await buildDeck(edits(theme, muted), (deck) => {
        const slides = slidesOf(deck);
        const all = slides.flatMap(shapesOf);
        const quiet = [
          ...all.filter((s) => s.xml.includes(`name="${PROGRESS_NAME}"`)),
          ...all.filter((s) => s.placeholder === 'ftr'),
          ...shapesOf(slideTitled(slides, 'Pictured')).filter((s) => s.text.startsWith('Our logo')),
          ...shapesOf(slideTitled(slides, 'A thought to keep')).filter((s) => s.text.startsWith('—')),
        ];
        expect(quiet.length).toBeGreaterThan(10);
        for (const s of quiet)
          for (const c of colours(s)) expect(contrast(c, background), `${s.text}: #${c}`).toBeGreaterThanOrEqual(7);
        // The exercise's details over the title, and the label beside its tiles, at 4.5:1 or more.
        const sort = shapesOf(slideTitled(slides, 'Sort it out'));
        for (const s of sort.filter((x) => x.text.startsWith('Exercise ') || x.text === 'Categories:'))
          for (const c of colours(s)) expect(contrast(c, background), `${s.text}: #${c}`).toBeGreaterThanOrEqual(4.5);
      });
    });
  }
});
