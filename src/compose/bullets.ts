// A template's bullet as the PDFs can print it: PowerPoint shows a symbol font's character (Wingdings' "§", Symbol's
// "·") as that font's picture, which no bundled font has; its Unicode look-alike prints the same shape.

import { hasGlyph } from '../text/printable.js';

/** Look-alikes of the symbol-font bullets Office's own designs and corporate templates use, by the font's character. */
const SYMBOLS: Record<string, Record<string, string>> = {
  wingdings: { l: '●', n: '■', q: '❑', u: '◆', v: '❖', w: '⬥', o: '□', '§': '▪', Ø: '➢', ü: '✓', à: '➔', è: '➜' },
  'wingdings 2': { P: '✓', '¾': '▪', '´': '◆' },
  'wingdings 3': { u: '▶', '}': '▶', Æ: '➔' },
  symbol: { '·': '•', '-': '–', Þ: '⇒', '®': '→' },
};

/** The character a bullet prints as: a symbol font's mapped to Unicode (• where none is known), any other as it is where a bundled font can print it. */
export function printedBullet(char: string, font: string | undefined): string {
  const table = font ? SYMBOLS[font.toLowerCase()] : undefined;
  if (!table) return [...char].every((c) => hasGlyph(c.codePointAt(0)!)) ? char : '•';
  // Symbol fonts are often written in the private use area (U+F0A7 for Wingdings' "§"): the same character, moved up.
  const code = char.codePointAt(0) ?? 0;
  const plain = code >= 0xf020 && code <= 0xf0ff ? String.fromCharCode(code - 0xf000) : char;
  const shown = table[plain] ?? '•';
  return hasGlyph(shown.codePointAt(0)!) ? shown : '•';
}
