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
  /**
   * The characters it stands for (a ligature or a letter with its marks several, a mark or a decomposed dot none), in
   * logical order, or in display order in a right-to-left run (see attachMarks).
   */
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
    attachMarks(glyphs, direction);
    restoreJoinControls(glyphs, text, direction);
    run = shapedRuns.set(at, { glyphs, advance: glyphs.reduce((w, g) => w + g.xAdvance, 0) });
  }
  return run;
}

/**
 * fontkit draws a zero-width non-joiner or joiner (Persian writes one inside words: شرکت‌کننده) as the space glyph at
 * no advance, standing for a space: copied text would read "شرکت کننده". Each is given back its own character.
 */
function restoreJoinControls(glyphs: ShapedGlyph[], text: string, direction: 'ltr' | 'rtl'): void {
  const controls = [...text].filter((c) => c === '\u200c' || c === '\u200d').map((c) => c.codePointAt(0)!);
  if (controls.length === 0) return;
  // Glyphs are in display order: a right-to-left run meets the last control first.
  if (direction === 'rtl') controls.reverse();
  let k = 0;
  for (const g of glyphs)
    if (k < controls.length && g.xAdvance === 0 && g.codePoints.length === 1 && g.codePoints[0] === 0x20)
      g.codePoints = [controls[k++]!];
}

const MARK = /^\p{M}$/u;

/**
 * A mark (a shadda, a Hebrew point) stands for nothing of its own: its characters go with the letter it sits on. A mark
 * is drawn off the pen (back over its letter, often raised), and a text extractor meeting a character there breaks
 * the word, or the line, in two ("الميسر … ّ"); carried by its letter, the word copies out whole ("الميسّر").
 */
function attachMarks(glyphs: ShapedGlyph[], direction: 'ltr' | 'rtl'): void {
  // Glyphs are in display order: a right-to-left run's letter is after its marks, a left-to-right one's before.
  // Marks are visited in logical order, so a letter with two (shin dot and qamats) lists them as written.
  const step = direction === 'rtl' ? 1 : -1;
  for (let k = 0; k < glyphs.length; k++) {
    const i = direction === 'rtl' ? glyphs.length - 1 - k : k;
    const g = glyphs[i]!;
    if (g.xAdvance !== 0 || g.codePoints.length === 0) continue;
    if (!g.codePoints.every((cp) => MARK.test(String.fromCodePoint(cp)))) continue;
    let base = i + step;
    while (base >= 0 && base < glyphs.length && glyphs[base]!.xAdvance === 0) base += step;
    const letter = glyphs[base];
    if (!letter) continue;
    letter.codePoints = [...letter.codePoints, ...g.codePoints];
    g.codePoints = [];
  }
  // Extractors (poppler, a viewer's copy) read a right-to-left run's text in display order and turn it round character
  // by character, so a glyph standing for several characters (a letter with its marks, a ligature) lists them backwards.
  if (direction === 'rtl') for (const g of glyphs) if (g.codePoints.length > 1) g.codePoints.reverse();
}

/** Width in em of `text` shaped in a right-to-left face. */
export function shapedEm(key: FontKey, text: string): number {
  return shapeRun(key, text).advance / fontOf<ShapingFont>(key).unitsPerEm;
}
