// Right-to-left text in the fonts: Arabic joined and Hebrew pointed by fontkit's shaping, each glyph standing for its
// own characters, widths measured as drawn, lines put in display order.
import { describe, expect, it } from 'vitest';
import { widthOf } from '../src/render/pdf/fonts.js';
import { layoutInline } from '../src/render/pdf/text.js';
import { advanceUnits, fontOf } from '../src/text/faces.js';
import { shapedEm, shapeRun } from '../src/text/shaping.js';
import { emWidth } from '../src/text/slide-fonts.js';

const names = (key: string, text: string) =>
  shapeRun(key, text).glyphs.map((g) => fontOf<{ getGlyph(id: number): { name: string } }>(key).getGlyph(g.id).name);

/** The characters the glyphs of a run stand for, back in reading order. */
/** The text as an extractor reads a right-to-left run: each glyph's characters in display order, all turned round. */
const readBack = (key: string, text: string) =>
  shapeRun(key, text)
    .glyphs.flatMap((g) => g.codePoints)
    .reverse()
    .map((c) => String.fromCodePoint(c))
    .join('');

describe('shaping', () => {
  it('joins Arabic letters: initial, medial and final forms, drawn right to left', () => {
    const drawn = names('arabic-regular', 'بيت');
    // Visual order: the final teh at the left, the initial beh at the right.
    expect(drawn.find((n) => n.endsWith('.fina'))).toBeDefined();
    expect(drawn.find((n) => n.includes('.medi'))).toBeDefined();
    expect(drawn.at(-1)).toMatch(/\.init/);
    expect(names('arabic-regular', 'ب').at(-1)).not.toMatch(/\.(init|medi|fina)/);
  });

  it('gives each glyph the characters it stands for, though letters share a skeleton', () => {
    for (const word of ['بيت', 'تين', 'نبت', 'مرحبا بكم', 'لا تنسوا', 'שָׁלוֹם'])
      expect(readBack(/[\u0590-\u05ff]/.test(word) ? 'hebrew-regular' : 'arabic-regular', word)).toBe(word);
    // beh, teh and noon initial are one glyph in Noto Sans Arabic: the same id for different characters.
    const beh = shapeRun('arabic-regular', 'بم').glyphs.at(-1)!;
    const noon = shapeRun('arabic-regular', 'نم').glyphs.at(-1)!;
    expect(beh.id).toBe(noon.id);
    expect(beh.codePoints).not.toEqual(noon.codePoints);
  });

  it('joins the letters Persian and Urdu add (پ چ ژ گ ک ی، ٹ ڈ ڑ ں ے ہ ھ), and gives each back', () => {
    // Noto Sans Arabic draws each on its base letter's skeleton, its dots a mark of their own: پ initial on the dotless
    // beh, چ medial on hah, ژ final on reh (display order: the final at the left).
    const skeletons = (text: string) => names('arabic-regular', text).filter((n) => n.startsWith('uni'));
    expect(skeletons('پچژ')).toEqual(['uni0631.fina', 'uni062D.medi', expect.stringMatching(/^uni066E\.init/)]);
    expect(skeletons('گل')).toEqual(['uni0644.fina', expect.stringMatching(/^uni0643\.init/)]);
    for (const word of ['پارس', 'چگونه', 'مژگان', 'تسهیل\u200cگر', 'ٹیم', 'ڈرائنگ', 'بڑا', 'میں', 'ہے', 'کھیل'])
      expect(readBack('arabic-regular', word)).toBe(word);
    // The zero-width non-joiner keeps the letters either side apart (تسهیل‌گر is not تسهیلگر), at no width.
    expect(skeletons('ل\u200cگ')).toEqual(['uni06A9', 'uni0644']);
    expect(skeletons('لگ')).toEqual(['uni06A9.fina', 'uni0644.init']);
    const zwnj = shapeRun('arabic-regular', 'ل\u200cگ').glyphs.find((g) => g.codePoints.includes(0x200c));
    expect(zwnj?.xAdvance).toBe(0);
  });

  it('sets lam and alef as the lam-alef, and Hebrew points over their letters', () => {
    expect(names('arabic-regular', 'لا').join(' ')).not.toBe(
      [...names('arabic-regular', 'ا'), ...names('arabic-regular', 'ل')].join(' '),
    );
    const pointed = shapeRun('hebrew-regular', 'שָׁלוֹם').glyphs;
    const marks = pointed.filter((g) => g.xAdvance === 0);
    expect(marks.length).toBe(3);
    // A point stands for nothing of its own: its letter carries it, so an extractor keeps the word whole.
    expect(marks.every((g) => g.codePoints.length === 0)).toBe(true);
    expect(marks.every((g) => g.xOffset !== 0)).toBe(true);
  });

  it('measures a word as drawn: the shaped advance, not the sum of isolated letters', () => {
    const word = 'مرحبا';
    const isolated = [...word].reduce((w, ch) => w + advanceUnits('arabic-regular', ch.codePointAt(0)!), 0);
    const shaped = shapeRun('arabic-regular', word).advance;
    expect(shaped).not.toBe(isolated);
    expect(widthOf('arabic-regular', word, 10)).toBeCloseTo((shaped / 1000) * 10, 6);
  });

  it('measures slides with the wider of the deck font and the Noto face', () => {
    for (const [word, key] of [
      ['مرحبا', 'arabic-regular'],
      ['ברוכים', 'hebrew-regular'],
    ] as const) {
      const em = emWidth(word, { family: 'arial' });
      expect(em).toBeGreaterThanOrEqual(shapedEm(key, word));
      const arimo = [...word].reduce((w, ch) => w + advanceUnits('arimo-regular', ch.codePointAt(0)!), 0) / 2048;
      if (
        [...word].every((ch) =>
          fontOf<{ hasGlyphForCodePoint(cp: number): boolean }>('arimo-regular').hasGlyphForCodePoint(
            ch.codePointAt(0)!,
          ),
        )
      )
        expect(em).toBeGreaterThanOrEqual(arimo);
    }
    // Latin text is measured as before.
    expect(emWidth('Hello', { family: 'arial' })).toBeCloseTo(
      [...'Hello'].reduce((w, ch) => w + advanceUnits('arimo-regular', ch.codePointAt(0)!), 0) / 2048,
      9,
    );
  });
});

describe('display order', () => {
  const style = { size: 12, color: '#000000' };

  it('starts a Hebrew paragraph at the right and sets its runs from the right, the number and name left to right', () => {
    const layout = layoutInline(
      [{ text: 'ברוכים הבאים של PowerPoint Pro בשעה 12:30, שנת 2027.' }],
      style,
      1000,
      () => {},
    );
    expect(layout.rtl).toBe(true);
    expect(layout.align).toBe('right');
    const segs = layout.lines[0]!.segments;
    const at = (t: string) => segs.find((s) => s.text.includes(t))!;
    expect(at('2027').x).toBeLessThan(at('12:30').x);
    expect(at('12:30').x).toBeLessThan(at('PowerPoint').x);
    expect(at('PowerPoint').x).toBeLessThan(at('ברוכים').x);
    expect(at('ברוכים').rtl).toBe(true);
    expect(at('PowerPoint').rtl).toBeUndefined();
    expect(at('ברוכים').font).toBe('hebrew-regular');
    // Segments tile the line from 0 to its width.
    const sorted = [...segs].sort((a, b) => a.x - b.x);
    expect(sorted[0]!.x).toBe(0);
    const last = sorted.at(-1)!;
    expect(last.x + last.width).toBeCloseTo(layout.lines[0]!.width, 6);
  });

  it('leaves an English paragraph quoting Hebrew at the left, the quote in place', () => {
    const layout = layoutInline([{ text: 'The team said: "שלום עולם" and left.', bold: true }], style, 1000, () => {});
    expect(layout.rtl).toBeUndefined();
    expect(layout.align).toBe('left');
    const segs = layout.lines[0]!.segments;
    const hebrew = segs.find((s) => s.text.includes('שלום'))!;
    expect(hebrew.font).toBe('hebrew-bold');
    expect(hebrew.rtl).toBe(true);
    expect(hebrew.x).toBeGreaterThan(segs.find((s) => s.text.includes('team'))!.x);
    expect(hebrew.x).toBeLessThan(segs.find((s) => s.text.includes('left'))!.x);
  });

  it('breaks lines in reading order: the first line holds the first words, drawn at the right', () => {
    const layout = layoutInline([{ text: 'אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע עשר' }], style, 80, () => {});
    expect(layout.lines.length).toBeGreaterThan(2);
    const first = layout.lines[0]!.segments.map((s) => s.text).join('');
    expect(first).toContain('אחת');
    expect(first).not.toContain('עשר');
    for (const line of layout.lines) expect(line.width).toBeLessThanOrEqual(80);
  });
});
