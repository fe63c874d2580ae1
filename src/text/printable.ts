// Which characters the PDFs can print: those the regular face of Arimo, DejaVu Sans, Noto Sans Hebrew or Arabic, or
// Noto Emoji has (the renderer's own chain).
import { arimoFiles, dejavuFiles, notoEmojiFile } from './font-files.js';
import { openFont } from './open-font.js';
import { rtlFiles } from './rtl.js';

interface CmapFont {
  hasGlyphForCodePoint(cp: number): boolean;
}

export const PRINTING_FONTS = 'Arimo, DejaVu Sans, Noto Sans Hebrew, Noto Sans Arabic, Noto Emoji or Noto Sans CJK';

let fonts: CmapFont[] | undefined;
let emoji: CmapFont | undefined;
/** 0 = not looked up, 1 = printable, 2 = not; the Basic Multilingual Plane in an array, the rest in a map. */
const bmp = new Uint8Array(0x10000);
const astral = new Map<number, boolean>();

export function hasGlyph(cp: number): boolean {
  if (cp < 0x10000 && bmp[cp] !== 0) return bmp[cp] === 1;
  if (cp >= 0x10000 && astral.has(cp)) return astral.get(cp)!;
  fonts ??= [
    openFont<CmapFont>(arimoFiles().regular),
    openFont<CmapFont>(dejavuFiles().regular),
    openFont<CmapFont>(rtlFiles('hebrew').regular),
    openFont<CmapFont>(rtlFiles('arabic').regular),
  ];
  // The emoji font is opened only for a character the text fonts lack.
  const found =
    fonts.some((font) => font.hasGlyphForCodePoint(cp)) ||
    (emoji ??= openFont<CmapFont>(notoEmojiFile())).hasGlyphForCodePoint(cp);
  if (cp < 0x10000) bmp[cp] = found ? 1 : 2;
  else astral.set(cp, found);
  return found;
}
