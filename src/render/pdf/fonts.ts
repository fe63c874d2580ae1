// Embedded fonts for the PDFs: loaded once per process, chosen per glyph (Arimo, then DejaVu), measured without a document.
import { arimoFiles, dejavuFiles, notoEmojiFile } from '../../text/font-files.js';
import { openFont } from '../../text/open-font.js';

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
      const shared = font.glyphForCodePoint(cp);
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
function unshaped(font: FontkitFont): FontkitFont {
  const glyphCache = new Map<number, Glyph>();
  Object.defineProperty(font, 'layout', { value: (text: string): SimpleRun => simpleLayout(font, glyphCache, text) });
  return font;
}

export type Face = 'regular' | 'bold' | 'italic' | 'boldItalic' | 'mono';

/** One concrete font file, e.g. `arimo-bold`; the name it is registered under in each document. */
export type FontKey = 'arimo-regular' | 'arimo-bold' | 'arimo-italic' | 'arimo-boldItalic' | 'dejavu-regular' | 'dejavu-bold' | 'dejavu-italic' | 'dejavu-boldItalic' | 'dejavu-mono' | 'emoji';

/** Fallback order per face: the first font with the glyph wins. */
const CHAINS: Record<Face, FontKey[]> = {
  regular: ['arimo-regular', 'dejavu-regular', 'emoji'],
  bold: ['arimo-bold', 'dejavu-bold', 'emoji'],
  italic: ['arimo-italic', 'dejavu-italic', 'emoji'],
  boldItalic: ['arimo-boldItalic', 'dejavu-boldItalic', 'emoji'],
  mono: ['dejavu-mono', 'dejavu-regular', 'arimo-regular', 'emoji'],
};

function paths(): Record<FontKey, string> {
  const a = arimoFiles();
  const d = dejavuFiles();
  return {
    'arimo-regular': a.regular,
    'arimo-bold': a.bold,
    'arimo-italic': a.italic,
    'arimo-boldItalic': a.boldItalic,
    'dejavu-regular': d.regular,
    'dejavu-bold': d.bold,
    'dejavu-italic': d.italic,
    'dejavu-boldItalic': d.boldItalic,
    'dejavu-mono': d.mono,
    emoji: notoEmojiFile(),
  };
}

// Parsed fonts are shared by every document in the process: parsing DejaVu per PDF would dominate build time.
const loaded = new Map<FontKey, FontkitFont>();
let filePaths: Record<FontKey, string> | undefined;

/** The parsed font for a key, loaded on first use and kept for the life of the process. */
export function fontFor(key: FontKey): FontkitFont {
  let f = loaded.get(key);
  if (!f) {
    filePaths ??= paths();
    f = unshaped(openFont<FontkitFont>(filePaths[key]));
    loaded.set(key, f);
  }
  return f;
}

/** Every key, for registering with a document (only fonts actually drawn get embedded). */
export const FONT_KEYS = Object.keys(CHAINS)
  .flatMap((f) => CHAINS[f as Face])
  .filter((k, i, all) => all.indexOf(k) === i);

/** A stretch of text drawn with one font. */
export interface Piece {
  text: string;
  font: FontKey;
}

// Which font of a face's chain draws a code point: 0 = not looked up yet, 1 + index in the chain, or NONE.
// A typed array per face for the Basic Multilingual Plane (a cmap lookup per character is the hot path of
// layout), a map for the rest.
const NONE = 255;
const coverage = new Map<Face, { bmp: Uint8Array; astral: Map<number, number> }>();

function coveringFont(face: Face, chain: FontKey[], cp: number): FontKey | null {
  let byFace = coverage.get(face);
  if (!byFace) coverage.set(face, (byFace = { bmp: new Uint8Array(0x10000), astral: new Map() }));
  let hit = cp < 0x10000 ? byFace.bmp[cp]! : (byFace.astral.get(cp) ?? 0);
  if (hit === 0) {
    const index = chain.findIndex((k) => fontFor(k).hasGlyphForCodePoint(cp));
    hit = index < 0 ? NONE : index + 1;
    if (cp < 0x10000) byFace.bmp[cp] = hit;
    else byFace.astral.set(cp, hit);
  }
  return hit === NONE ? null : chain[hit - 1]!;
}

/**
 * Marks that shape an emoji in a colour font but print as stray glyphs in a monochrome one, left out
 * of the PDFs: the zero-width joiner of sequences such as 👨‍👩‍👧 (whose members print side by side),
 * variation selectors, and skin-tone modifiers (a swatch: the emoji prints in the text's colour anyway).
 */
function isEmojiMark(cp: number): boolean {
  return cp === 0x200d || cp === 0xfe0e || cp === 0xfe0f || (cp >= 0x1f3fb && cp <= 0x1f3ff);
}

/**
 * Splits text into pieces by glyph coverage for a face. Characters no font covers
 * are reported through `missing` and kept in the primary font's piece, so layout
 * still reserves their space while the build fails on the diagnostic.
 */
export function splitByCoverage(text: string, face: Face, missing: (char: string) => void): Piece[] {
  const chain = CHAINS[face];
  const pieces: Piece[] = [];
  let font: FontKey | undefined;
  let piece = '';
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const char = text.slice(i, i + (cp > 0xffff ? 2 : 1));
    i += char.length;
    if (isEmojiMark(cp)) continue;
    let key: FontKey;
    // Whitespace and controls stay with the current piece: they never decide a font.
    if (cp > 0x20 && !(cp >= 0x7f && cp < 0xa0)) {
      const hit = coveringFont(face, chain, cp);
      if (!hit) missing(char);
      key = hit ?? chain[0]!;
    } else key = font ?? chain[0]!;
    if (key !== font) {
      if (font !== undefined) pieces.push({ text: piece, font });
      font = key;
      piece = '';
    }
    piece += char;
  }
  if (font !== undefined) pieces.push({ text: piece, font });
  return pieces;
}

// Advance widths in font units per code point, -1 until looked up: widthOf runs for every word laid out.
const advances = new Map<FontKey, { bmp: Int32Array; astral: Map<number, number> }>();

function advanceTable(font: FontKey): { bmp: Int32Array; astral: Map<number, number> } {
  let table = advances.get(font);
  if (!table) advances.set(font, (table = { bmp: new Int32Array(0x10000).fill(-1), astral: new Map() }));
  return table;
}

/**
 * Width in points of `text` in `font` at `size`: the sum of the advances, exactly what the
 * unshaped layout draws (see simpleLayout), so measured and drawn widths agree.
 */
export function widthOf(font: FontKey, text: string, size: number): number {
  const table = advanceTable(font);
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const cp = unit >= 0xd800 && unit <= 0xdbff ? text.codePointAt(i)! : unit;
    if (cp > 0xffff) {
      i++;
      let w = table.astral.get(cp);
      if (w === undefined) table.astral.set(cp, (w = glyphAdvance(font, cp)));
      units += w;
    } else {
      let w = table.bmp[unit]!;
      if (w < 0) table.bmp[unit] = w = glyphAdvance(font, unit);
      units += w;
    }
  }
  return (units / unitsPerEm(font)) * size;
}

function glyphAdvance(font: FontKey, cp: number): number {
  return fontFor(font).layout(String.fromCodePoint(cp)).advanceWidth;
}

// fontkit computes unitsPerEm through a table getter on every read; widthOf runs per word.
const ems = new Map<FontKey, number>();
function unitsPerEm(font: FontKey): number {
  let em = ems.get(font);
  if (em === undefined) {
    em = fontFor(font).unitsPerEm;
    ems.set(font, em);
  }
  return em;
}

let unitMetrics: { ascent: number; descent: number } | undefined;

/** Ascent and descent (positive, pt) of the primary text font, for placing baselines. */
export function metrics(size: number): { ascent: number; descent: number } {
  if (!unitMetrics) {
    const f = fontFor('arimo-regular');
    unitMetrics = { ascent: f.ascent / f.unitsPerEm, descent: -f.descent / f.unitsPerEm };
  }
  return { ascent: unitMetrics.ascent * size, descent: unitMetrics.descent * size };
}
