// Right-to-left text shaped by fontkit's OpenType layout: Arabic letters join (initial, medial and final forms, the
// lam-alef), Hebrew points sit over their letters. Only the right-to-left faces are shaped; Latin text keeps its cheap
// one-glyph-per-character path (render/pdf/unshaped.ts), so its widths and bytes stay as they were.
import { Memo } from '../util/memo.js';
import { type FontKey, fontOf } from './faces.js';

/** One glyph of a shaped run, in visual order (left to right), in font units. */
export interface ShapedGlyph {
  id: number;
  xAdvance: number;
  xOffset: number;
  yOffset: number;
  /** The characters it stands for, in logical order (a ligature stands for several, a decomposed dot for none). */
  codePoints: number[];
}

export interface ShapedRun {
  glyphs: ShapedGlyph[];
  /** Sum of the advances, in font units. */
  advance: number;
}

interface FontkitGlyph {
  id: number;
  codePoints: number[];
}
interface FontkitPosition {
  xAdvance: number;
  xOffset: number;
  yOffset: number;
}
interface ShapingFont {
  unitsPerEm: number;
  getGlyph(id: number, codePoints?: number[]): FontkitGlyph;
  layout(
    text: string,
    features: string[],
    script?: string,
    language?: string,
    direction?: 'ltr' | 'rtl',
  ): { glyphs: FontkitGlyph[]; positions: FontkitPosition[] };
}

/** The faces drawn shaped: Noto Sans Hebrew and Noto Sans Arabic. */
export function isShapedKey(key: FontKey): boolean {
  return key.startsWith('hebrew-') || key.startsWith('arabic-');
}

// Words are shaped once per process: layout measures them at every size tried, and every document draws them.
const shapedRuns = new Memo<string, ShapedRun>({ entries: 20_000 });

/**
 * `text` (logical order) shaped in a right-to-left face, `direction` as the bidi algorithm resolved it (Arabic-Indic
 * digits run left to right). fontkit hands out one cached glyph object per id carrying the characters of whichever
 * run asked for it first, while Noto Sans Arabic draws several letters on one dotless skeleton (beh, teh, noon and yeh
 * share one): so for the length of the call each glyph it asks for is a view of its own with the characters shaping
 * gave it. A glyph with none (a dot split off its letter) stands for nothing.
 */
export function shapeRun(key: FontKey, text: string, direction: 'ltr' | 'rtl' = 'rtl'): ShapedRun {
  const at = `${key}|${direction}|${text}`;
  let run = shapedRuns.get(at);
  if (!run) {
    const font = fontOf<ShapingFont>(key);
    const shared = font.getGlyph;
    font.getGlyph = (id, codePoints) => {
      const g = shared.call(font, id, codePoints);
      return codePoints ? Object.create(g, { codePoints: { value: [...codePoints] } }) : g;
    };
    let laid: ReturnType<ShapingFont['layout']>;
    try {
      laid = font.layout(text, [], undefined, undefined, direction);
    } finally {
      // Deleting the own property restores the prototype's getGlyph.
      delete (font as Partial<ShapingFont>).getGlyph;
      if (font.getGlyph !== shared) font.getGlyph = shared;
    }
    const glyphs: ShapedGlyph[] = laid.glyphs.map((g, i) => {
      const p = laid.positions[i]!;
      return { id: g.id, xAdvance: p.xAdvance, xOffset: p.xOffset, yOffset: p.yOffset, codePoints: [...g.codePoints] };
    });
    run = shapedRuns.set(at, { glyphs, advance: glyphs.reduce((w, g) => w + g.xAdvance, 0) });
  }
  return run;
}

/** Width in em of `text` shaped in a right-to-left face. */
export function shapedEm(key: FontKey, text: string): number {
  return shapeRun(key, text).advance / fontOf<ShapingFont>(key).unitsPerEm;
}
