// fontkit fonts as pdfkit draws them here: one glyph per code point at its advance width, with no shaping.
import { readableGlyph } from '../../text/open-font.js';

interface Glyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

/** The slice of fontkit's font object this renderer uses (fontkit ships no types). */
export interface FontkitFont {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  postscriptName: string;
  hasGlyphForCodePoint(cp: number): boolean;
  glyphForCodePoint(cp: number): Glyph;
  layout(text: string): { advanceWidth: number };
}

interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth?: number;
}

/** The shape of fontkit's GlyphRun that pdfkit reads; advanceWidth follows the positions pdfkit rescales. */
class SimpleRun {
  constructor(
    readonly glyphs: Glyph[],
    readonly positions: Position[],
  ) {}
  get advanceWidth(): number {
    let w = 0;
    for (const p of this.positions) w += p.xAdvance;
    return w;
  }
}

/**
 * One glyph per code point at its advance width: no OpenType shaping. fontkit's
 * GSUB/GPOS shaping (kerning, ligatures) cost ~300 ms on a cold process for the
 * two PDFs; these are sans-serif Latin/Greek/Cyrillic print documents, where the
 * loss is a few kerning pairs. The text layer NFC-normalises first so accents are precomposed.
 */
function simpleLayout(font: FontkitFont, glyphCache: Map<number, Glyph>, text: string): SimpleRun {
  const glyphs: Glyph[] = [];
  const positions: Position[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    let g = glyphCache.get(cp);
    if (!g) {
      // fontkit caches glyphs by id with the code points of the first request, so a glyph shared by two
      // code points (space and no-break space) would carry whichever came first in this process, and
      // pdfkit writes that into ToUnicode. A view per code point keeps the bytes independent of what
      // the process (or worker) rendered before.
      const shared = readableGlyph(font, cp);
      g = { id: shared.id, advanceWidth: shared.advanceWidth, codePoints: [cp] };
      glyphCache.set(cp, g);
    }
    glyphs.push(g);
    // pdfkit scales every field of a position in place, so each call hands out fresh objects.
    positions.push({ xAdvance: g.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 });
  }
  return new SimpleRun(glyphs, positions);
}

/**
 * Gives a fontkit font simpleLayout as its own `layout` (pdfkit calls font.layout when it
 * measures and encodes). An own property, not a Proxy: pdfkit reads font fields in hot loops.
 */
export function unshaped(font: FontkitFont): FontkitFont {
  const glyphCache = new Map<number, Glyph>();
  Object.defineProperty(font, 'layout', { value: (text: string): SimpleRun => simpleLayout(font, glyphCache, text) });
  return font;
}
