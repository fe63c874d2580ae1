// Emoji in content: kept as typed in the deck, printed in every PDF with the bundled monochrome Noto Emoji.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { slideNotes, slideTexts } from './support/artefacts.js';
import { buildEdited } from './support/edited-build.js';
import { pdfFonts, pdfText, qpdfCheck } from './support/pdf-text.js';
import { realClients } from './support/tools.js';

const real = realClients('pdftotext', 'pdffonts', 'qpdf');
const FAMILY = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
const SLIDE = `\n## Wins this week 🎉 & <more>\n- Thumbs up 👍🏽, a heart ❤️ and a family ${FAMILY}\n- Ελλάδα ✅ Київ "quoted" 'single' 🚀\n\n:::notes\nSmile 😀 and wave 👋 at Tom & Jerry <Ltd>.\n:::\n`;

describe('emoji', () => {
  it.skipIf(!real)('are kept as typed in the deck and printed with Noto Emoji in slides, handouts, worksheets and guide', async () => {
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
  });
});
