// Lines of mixed direction put in display order (the Unicode bidirectional algorithm, UAX #9, by bidi-js): lines are
// broken in logical order, then each line's stretches are laid out left to right as they are seen, each marked with
// the direction its glyphs run in. Drawing (emit.ts) and the preview (render/svg) read the same segments.
import bidiFactory from 'bidi-js';
import { widthOf } from './fonts.js';
import type { Line, Segment } from './line.js';

const bidi = bidiFactory();

interface Piece {
  seg: Segment;
  text: string;
  level: number;
  /** The space a wrapped line keeps at its logical end for text extraction: drawn outside the line's width. */
  outside: boolean;
}

/**
 * Reorders every line of a paragraph for display. `rtl`: the paragraph's base direction. `wrapSpace[i]`: line i
 * ends in the space it wrapped at (kept for extraction, not counted in its width). Levels are resolved over the whole
 * paragraph, so a number or an English name keeps its place across a line break.
 */
export function reorderLines(lines: Line[], rtl: boolean, wrapSpace: readonly boolean[]): void {
  const text = lines.map((l) => l.segments.map((s) => s.text).join('')).join('');
  const { levels } = bidi.getEmbeddingLevels(text, rtl ? 'rtl' : 'ltr');
  const base = rtl ? 1 : 0;
  let at = 0;
  lines.forEach((line, i) => {
    const pieces: Piece[] = [];
    for (const seg of line.segments) {
      let from = 0;
      for (let k = 1; k <= seg.text.length; k++) {
        if (k < seg.text.length && levels[at + k] === levels[at + from]) continue;
        pieces.push({ seg, text: seg.text.slice(from, k), level: levels[at + from]!, outside: false });
        from = k;
      }
      at += seg.text.length;
    }
    trailingWhitespace(pieces, base, wrapSpace[i] === true);
    if (pieces.every((p) => p.level === base) && !rtl) return;
    const shown = placed(visualOrder(pieces));
    line.segments = shown.segments;
    line.width = shown.width;
  });
}

/**
 * Rule L1: the spaces that end a line take the paragraph's level (in a right-to-left paragraph they fall to the
 * left end). The wrap space is cut off as a piece of its own, drawn outside the line.
 */
function trailingWhitespace(pieces: Piece[], base: number, wrapped: boolean): void {
  for (let j = pieces.length - 1; j >= 0; j--) {
    const p = pieces[j]!;
    const kept = p.text.replace(/ +$/, '');
    if (kept === p.text) break;
    if (kept !== '') {
      pieces.splice(j + 1, 0, { ...p, text: p.text.slice(kept.length), level: base });
      p.text = kept;
    } else p.level = base;
    if (kept !== '') break;
  }
  if (wrapped) {
    const last = pieces[pieces.length - 1];
    if (last?.text.endsWith(' ')) {
      if (last.text.length > 1) {
        last.text = last.text.slice(0, -1);
        pieces.push({ ...last, text: ' ', outside: true });
      } else last.outside = true;
    }
  }
}

/** Rule L2: from the highest level down to the lowest odd one, every run at that level or above is reversed. */
function visualOrder(pieces: Piece[]): Piece[] {
  const out = [...pieces];
  const max = Math.max(0, ...out.map((p) => p.level));
  const minOdd = Math.min(...out.map((p) => (p.level % 2 === 1 ? p.level : Infinity)));
  for (let level = max; level >= minOdd && level > 0; level--) {
    for (let i = 0; i < out.length; ) {
      if (out[i]!.level < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < out.length && out[j]!.level >= level) j++;
      out.splice(i, j - i, ...out.slice(i, j).reverse());
      i = j;
    }
  }
  return out;
}

/** The pieces as segments left to right, each as wide as it is drawn; the wrap space hangs outside the line. */
function placed(pieces: Piece[]): { segments: Segment[]; width: number } {
  const out: Segment[] = [];
  let x = 0;
  pieces.forEach((p, i) => {
    const whole = p.text === p.seg.text && !p.outside;
    const width = whole ? p.seg.width : widthOf(p.seg.font, p.text, p.seg.size);
    const left = p.outside && i === 0 ? -width : x;
    out.push({
      text: p.text,
      font: p.seg.font,
      size: p.seg.size,
      color: p.seg.color,
      x: left,
      width,
      ...(p.level % 2 === 1 ? { rtl: true as const } : {}),
    });
    if (!p.outside) x += width;
  });
  return { segments: out, width: x };
}

/** The characters of a right-to-left stretch in the order they are drawn, left to right (their glyphs mirrored: mirrorOf). */
export function drawnRtl(text: string): string {
  let out = '';
  for (const ch of text) out = ch + out;
  return out;
}

/** The character whose glyph draws `cp` in right-to-left text (rule L4: brackets, guillemets, less-than...), if any. */
export function mirrorOf(cp: number): number | undefined {
  return bidi.getMirroredCharacter(String.fromCodePoint(cp))?.codePointAt(0);
}
