// Embedded fonts for the PDFs: loaded once per process, chosen per glyph (the family's twin, then DejaVu, then Noto Emoji),
// measured without a document.
import { CJK_FACES, type CjkFace, cjkFaceOfText, isCjk } from '../../text/cjk.js';
import {
  advanceUnits,
  cjkInstalled,
  cjkKey,
  type FontKey,
  fontOf,
  rtlKey,
  suppliedFace,
  unitsPerEm,
} from '../../text/faces.js';
import { isArabic, isHebrew, type RtlScript } from '../../text/rtl.js';
import { isShapedKey, shapeRun } from '../../text/shaping.js';
import type { MeasureFamily } from '../../text/slide-fonts.js';
import { type FontkitFont, unshaped } from './unshaped.js';

export type { FontKey } from '../../text/faces.js';

export type Face = 'regular' | 'bold' | 'italic' | 'boldItalic' | 'mono';

/** Fallback order per face of the documents' own family (Arial's twin): the first font with the glyph wins. */
const CHAINS: Record<Face, FontKey[]> = {
  regular: ['arimo-regular', 'dejavu-regular', 'emoji'],
  bold: ['arimo-bold', 'dejavu-bold', 'emoji'],
  italic: ['arimo-italic', 'dejavu-italic', 'emoji'],
  boldItalic: ['arimo-boldItalic', 'dejavu-boldItalic', 'emoji'],
  mono: ['dejavu-mono', 'dejavu-regular', 'arimo-regular', 'emoji'],
};

/** The twins of the Office fonts a template names, by the family slides measure them as. */
const TWINS: Partial<Record<PrintFamily, string>> = { calibri: 'carlito', times: 'tinos', cambria: 'caladea' };

/**
 * The family text is printed in: the family slides measure it with, except that a font with no twin ('wide',
 * measured as the wider of DejaVu Sans and Serif) is printed in DejaVu Serif when its name says it is a serif
 * font, as LibreOffice draws Georgia or Garamond, and in DejaVu Sans otherwise.
 */
export type PrintFamily = MeasureFamily | 'wide-serif';

const SERIF =
  /serif|georgia|garamond|times|palatino|antiqua|baskerville|bodoni|didot|caslon|century|constantia|cambria|minion|rockwell|perpetua|goudy|sabon|charter|lora|merriweather|playfair|crimson|bookman|book/i;

export function printFamily(family: MeasureFamily, font: string): PrintFamily {
  return family === 'wide' && SERIF.test(font) && !/sans|gothic/i.test(font) ? 'wide-serif' : family;
}

const chains = new Map<string, FontKey[]>();

/**
 * The fonts a face of `family` is drawn with, as slides measure it: the twin (or the content's own file), then
 * DejaVu and Noto Emoji. A font with no twin ('wide') is drawn in DejaVu Sans, which is no wider than it is measured.
 */
export function chainOf(face: Face, family: PrintFamily = 'arial'): FontKey[] {
  if (face === 'mono' || family === 'arial') return CHAINS[face];
  const key = `${family}|${face}`;
  let chain = chains.get(key);
  if (!chain && family === 'wide-serif') chains.set(key, (chain = [`dejavuSerif-${face}`, `dejavu-${face}`, 'emoji']));
  if (!chain) {
    const own = family.startsWith('file:')
      ? embeddable(suppliedFace(family.slice(5), face)?.bytes)
        ? `${family}:${face}`
        : undefined
      : TWINS[family] && `${TWINS[family]}-${face}`;
    chain = [...(own ? [own] : []), `dejavu-${face}`, 'emoji'];
    chains.set(key, chain);
  }
  return chain;
}

/** pdfkit embeds TrueType and OpenType files; a WOFF or WOFF2 file the content supplies is measured, but printed in DejaVu. */
function embeddable(bytes: Uint8Array | undefined): boolean {
  if (!bytes || bytes.length < 4) return false;
  const tag = String.fromCharCode(bytes[0]!, bytes[1]!, bytes[2]!, bytes[3]!);
  return tag === '\u0000\u0001\u0000\u0000' || tag === 'OTTO' || tag === 'true';
}

// Parsed fonts are shared by every document in the process: parsing DejaVu per PDF would dominate build time.
const loaded = new Map<FontKey, FontkitFont>();

/**
 * The parsed font for a key, with the unshaped layout pdfkit draws with, kept for the life of the process. The
 * right-to-left faces keep fontkit's own layout: their text is shaped (text/shaping.ts) and drawn glyph by glyph.
 */
export function fontFor(key: FontKey): FontkitFont {
  let f = loaded.get(key);
  if (!f) {
    f = isShapedKey(key) ? fontOf<FontkitFont>(key) : unshaped(fontOf<FontkitFont>(key));
    loaded.set(key, f);
  }
  return f;
}

/** The keys every document registers up front; the template and content fonts are registered when a document uses them. */
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
const coverage = new Map<FontKey[], { bmp: Uint8Array; astral: Map<number, number> }>();

function coveringFont(chain: FontKey[], cp: number): FontKey | null {
  let byFace = coverage.get(chain);
  if (!byFace) coverage.set(chain, (byFace = { bmp: new Uint8Array(0x10000), astral: new Map() }));
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
export function splitByCoverage(
  text: string,
  face: Face,
  missing: (char: string) => void,
  family?: PrintFamily,
  cjk?: CjkFace,
): Piece[] {
  const chain = chainOf(face, family);
  let eastAsian: FontKey[] | undefined;
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
      const script = cp >= 0x0590 ? rtlScriptOf(cp) : undefined;
      const hit = script
        ? coveringFont(rtlChain(script, face, chain), cp)
        : isCjk(cp)
          ? coveringFont((eastAsian ??= cjkChain(cjkFaceOfText(text, cjk), face)), cp)
          : coveringFont(chain, cp);
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

function rtlScriptOf(cp: number): RtlScript | undefined {
  return isHebrew(cp) ? 'hebrew' : isArabic(cp) ? 'arabic' : undefined;
}

const rtlChains = new Map<string, FontKey[]>();

/**
 * Hebrew letters are printed in Noto Sans Hebrew, Arabic in Noto Sans Arabic (italic drawn upright, as the clients
 * draw these scripts when no italic face has them), then the face's own chain for a character they lack.
 */
function rtlChain(script: RtlScript, face: Face, chain: FontKey[]): FontKey[] {
  const bold = face === 'bold' || face === 'boldItalic';
  const at = `${script}|${bold}|${chain.join(',')}`;
  let out = rtlChains.get(at);
  if (!out) rtlChains.set(at, (out = [rtlKey(script, bold), ...chain]));
  return out;
}

const cjkChains = new Map<string, FontKey[]>();

/** The installed east-Asian faces, the text's own first (a kanji drawn in the Japanese face, a hanzi in the Chinese). */
function cjkChain(first: CjkFace, face: Face): FontKey[] {
  const bold = face === 'bold' || face === 'boldItalic';
  const at = `${first}|${bold}`;
  let chain = cjkChains.get(at);
  if (!chain) {
    const order = [first, ...CJK_FACES.filter((f) => f !== first)].filter(cjkInstalled);
    cjkChains.set(at, (chain = order.map((f) => cjkKey(f, bold))));
  }
  return chain;
}

/**
 * Width in points of `text` in `font` at `size`: the sum of the advances, exactly what the
 * unshaped layout draws (see simpleLayout in unshaped.ts), so measured and drawn widths agree;
 * in a right-to-left face, the advance of the shaped text, as emit.ts draws it.
 */
export function widthOf(font: FontKey, text: string, size: number): number {
  if (isShapedKey(font)) return (shapeRun(font, text).advance / unitsPerEm(font)) * size;
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const cp = unit >= 0xd800 && unit <= 0xdbff ? text.codePointAt(i)! : unit;
    if (cp > 0xffff) i++;
    units += advanceUnits(font, cp);
  }
  return (units / unitsPerEm(font)) * size;
}

const unitMetrics = new Map<FontKey, { ascent: number; descent: number }>();

/** Ascent and descent (positive, pt) of a family's regular font (the documents' own by default), for placing baselines. */
export function metrics(size: number, family?: PrintFamily): { ascent: number; descent: number } {
  const key = chainOf('regular', family)[0]!;
  let m = unitMetrics.get(key);
  if (!m) {
    const f = fontFor(key);
    m = { ascent: f.ascent / f.unitsPerEm, descent: -f.descent / f.unitsPerEm };
    unitMetrics.set(key, m);
  }
  return { ascent: m.ascent * size, descent: m.descent * size };
}
