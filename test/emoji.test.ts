// Emoji in content: kept as typed in the deck, printed in every PDF with the bundled monochrome Noto Emoji.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Measure } from '../src/text/measure.js';
import { slideNotes, slideTexts } from './support/artefacts.js';
import { buildDeck, HOSTILE, shapesOf, slidesOf, slideTitled } from './support/deck-xml.js';
import { buildEdited } from './support/edited-build.js';
import { pdfFonts, pdfText, qpdfCheck } from './support/pdf-text.js';
import { realClients } from './support/tools.js';

const real = realClients('pdftotext', 'pdffonts', 'qpdf');
const FAMILY = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
const SLIDE = `\n## Wins this week 🎉 & <more>\n- Thumbs up 👍🏽, a heart ❤️ and a family ${FAMILY}\n- Ελλάδα ✅ Київ "quoted" 'single' 🚀\n\n:::notes\nSmile 😀 and wave 👋 at Tom & Jerry <Ltd>.\n:::\n`;

describe('emoji', () => {
  it.skipIf(!real)(
    'are kept as typed in the deck and printed with Noto Emoji in slides, handouts, worksheets and guide',
    async () => {
      await buildEdited(
        {
          'modules/welcome.md': (t) => t + SLIDE,
          'clients/acme.yaml': (t) => t.replace(/^name: (.*)$/m, 'name: $1 🚀'),
          'exercises/reflect.yaml': (t) => t.replace(/^instructions: (.*)$/m, 'instructions: $1 ✍️'),
        },
        ['--client', 'acme'],
        (out) => {
          const deck = join(out, 'acme', 'deck.pptx');
          const slides = slideTexts(deck).join('\n');
          // The deck holds what was typed, joiners and skin tone included: PowerPoint draws colour emoji.
          expect(slides).toContain('Wins this week 🎉 & <more>');
          expect(slides).toContain(`a family ${FAMILY}`);
          expect(slides).toContain('👍🏽');
          expect(slideNotes(deck).join('\n')).toContain('Smile 😀 and wave 👋 at Tom & Jerry <Ltd>.');
          for (const name of ['slides.pdf', 'handouts.pdf', 'worksheets.pdf', 'facilitator-guide.pdf']) {
            const pdf = join(out, 'acme', name);
            expect(qpdfCheck(pdf).ok, name).toBe(true);
            expect(pdfFonts(pdf).find((f) => f.name.endsWith('+NotoEmoji-Regular'))?.embedded, name).toBe(true);
            const text = pdfText(pdf);
            expect(text, name).toContain('🚀');
            // The marks that shape colour emoji are left out of the print: no stray joiner or selector.
            expect(text, name).not.toMatch(/[\u200d\ufe0f\u{1F3FB}-\u{1F3FF}]/u);
          }
          expect(pdfText(join(out, 'acme', 'slides.pdf'))).toMatch(/Wins this week 🎉/);
          expect(pdfText(join(out, 'acme', 'facilitator-guide.pdf'))).toContain('Smile 😀 and wave 👋');
          expect(pdfText(join(out, 'acme', 'worksheets.pdf'))).toContain('✍');
        },
      );
    },
  );

  it('measures pictographs a font here also has (❤ ⚠ ⚡) on slides as wide as the colour emoji the clients draw', () => {
    for (const family of ['arial', 'calibri', 'times', 'wide'] as const) {
      const measure = new Measure({ heading: family, body: family });
      const emoji = measure.textWidth('🎉', { sizePt: 20 });
      expect(emoji / 20, family).toBeGreaterThan(1.25);
      // DejaVu draws ❤ 0.84 em wide, ⚠ 0.90, ⚡ 0.70; PowerPoint draws them about 1.27 em wide.
      for (const ch of ['❤', '⚠', '⚡', '❤\uFE0F']) {
        expect(measure.textWidth(ch, { sizePt: 20 }), `${family} ${ch}`).toBeCloseTo(emoji, 5);
        expect(measure.textWidth(ch, { sizePt: 20, bold: true }), `${family} bold ${ch}`).toBeCloseTo(emoji, 5);
      }
      // In code, set in Courier New, the emoji is the client's all the same; letters keep their own widths.
      expect(measure.textWidth('❤', { sizePt: 20, code: true })).toBeCloseTo(emoji, 5);
      expect(measure.textWidth('Ab', { sizePt: 20, code: true })).toBeCloseTo(2 * 0.6 * 20 * 1.025, 1);
      expect(measure.textWidth('Київ', { sizePt: 20 }) / 20).toBeLessThan(3);
    }
  });

  it('keeps a category of hearts inside its tile at colour-emoji width, or writes the categories as a line', async () => {
    const categories = ['❤❤❤❤❤❤', 'Ελλάδα ⚠', 'Київ ⚡', 'Tom & <Jerry>'];
    const sort = (t: string) =>
      t
        .replace(/^categories: .*$/m, `categories: [${categories.map((c) => `"${c}"`).join(', ')}]`)
        .replace(/answer: .*/g, 'answer: Київ ⚡')
        .replace(/^instructions: .*$/m, `instructions: Tick one, ${HOSTILE}.`);
    await buildDeck({ 'exercises/sort-statements.yaml': sort }, (deck) => {
      const shapes = shapesOf(slideTitled(slidesOf(deck), 'Sort it out'));
      const tiles = shapes.filter(
        (s) => !s.placeholder && s.xml.includes('anchor="ctr"') && categories.includes(s.text),
      );
      // The width PowerPoint gives them: 1.27 em for each pictograph, the font's own for the rest.
      const drawn = (word: string, sizePt: number) =>
        [...word].reduce(
          (w, ch) =>
            w + (/\p{Extended_Pictographic}/u.test(ch) ? 1.27 * sizePt : new Measure().textWidth(ch, { sizePt })),
          0,
        );
      for (const tile of tiles) {
        const room = tile.w * 72 - tile.inset.l - tile.inset.r;
        for (const r of tile.runs)
          for (const word of r.text.split(' ')) expect(drawn(word, r.sizePt), word).toBeLessThanOrEqual(room);
      }
      if (tiles.length === 0)
        expect(shapes.find((s) => s.placeholder === 'body')!.text).toContain(
          '❤❤❤❤❤❤ · Ελλάδα ⚠ · Київ ⚡ · Tom & <Jerry>',
        );
      else expect(tiles.map((t) => t.text)).toEqual(categories);
    });
  });
});
