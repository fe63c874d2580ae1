// Styled runs cut into words of font pieces, with the spaces between them: what lines are wrapped from.
import type { Inline } from '../../model/deck.js';
import type { CjkFace } from '../../text/cjk.js';
import { cjkPieces, mayBreakAcross } from '../../text/cjk-breaks.js';
import { type Face, type FontKey, type PrintFamily, splitByCoverage, widthOf } from './fonts.js';

export interface TextStyle {
  size: number;
  color: string;
  bold?: boolean;
  italic?: boolean;
  /** Line height as a multiple of size. */
  leading?: number;
  align?: 'left' | 'center' | 'right';
  /** The family the text is set in, as slides measure it (a template's theme font); the documents' own Arial twin by default. */
  family?: PrintFamily;
  /** The east-Asian face the kit's language sets ideographs in (kana still take the Japanese face, hangul the Korean). */
  cjk?: CjkFace;
  /** The paragraph's direction where the caller knows it (a slide's `Para.rtl`); otherwise its first strong letter decides. */
  direction?: 'ltr' | 'rtl';
  /** The kit's language is written right to left: a paragraph with no letter (a number, a dash) runs right to left. */
  rtlKit?: boolean;
}

export interface Frag {
  text: string;
  font: FontKey;
  size: number;
  color: string;
  width: number;
}

interface Word {
  frags: Frag[];
  width: number;
  /** The spaces after the word, if any; dropped when the line wraps there. */
  space?: Frag;
  hardBreak?: boolean;
}

function faceOf(bold: boolean, italic: boolean, code: boolean): Face {
  if (code) return 'mono';
  if (bold && italic) return 'boldItalic';
  return bold ? 'bold' : italic ? 'italic' : 'regular';
}

/** Splits runs into words of font-homogeneous fragments, remembering the spaces between them. */
export function words(runs: Inline, style: TextStyle, missing: (ch: string) => void): Word[] {
  const out: Word[] = [];
  let current: Word = { frags: [], width: 0 };
  const flush = (): void => {
    if (current.frags.length > 0 || current.space || current.hardBreak) out.push(current);
    current = { frags: [], width: 0 };
  };
  for (const run of runs) {
    const code = run.code === true;
    const face = faceOf(style.bold === true || run.bold === true, style.italic === true || run.italic === true, code);
    // Monospace runs set a touch smaller: DejaVu Sans Mono is wide and tall next to Arimo.
    const size = code ? style.size * 0.9 : style.size;
    for (const piece of splitByCoverage(
      run.text.normalize('NFC').replace(/\t/g, ' ').replace(/\r\n?/g, '\n'),
      face,
      missing,
      style.family,
      style.cjk,
    )) {
      for (const part of piece.text.split(/(\n| +)/)) {
        if (part === '') continue;
        if (part === '\n') {
          current.hardBreak = true;
          flush();
        } else if (part[0] === ' ') {
          const frag = {
            text: part,
            font: piece.font,
            size,
            color: style.color,
            width: widthOf(piece.font, part, size),
          };
          if (current.space) {
            current.space.text += part;
            current.space.width += frag.width;
          } else current.space = frag;
        } else {
          if (current.space) flush();
          // Chinese and Japanese break between characters: each piece is a word of its own, with no space after it.
          cjkPieces(part).forEach((text, i) => {
            const last = current.frags[current.frags.length - 1]?.text ?? '';
            if (i > 0 || mayBreakAcross(last, text)) flush();
            const w = widthOf(piece.font, text, size);
            current.frags.push({ text, font: piece.font, size, color: style.color, width: w });
            current.width += w;
          });
        }
      }
    }
  }
  flush();
  return out;
}

/** Breaks a word wider than the line into slices that fit, character by character. */
export function sliceWord(word: Word, width: number): Word[] {
  const out: Word[] = [];
  let cur: Word = { frags: [], width: 0 };
  for (const frag of word.frags) {
    for (const ch of frag.text) {
      const w = widthOf(frag.font, ch, frag.size);
      if (cur.width + w > width && cur.width > 0) {
        out.push(cur);
        cur = { frags: [], width: 0 };
      }
      const last = cur.frags[cur.frags.length - 1];
      if (last && last.font === frag.font && last.size === frag.size && last.color === frag.color) {
        last.text += ch;
        last.width += w;
      } else cur.frags.push({ ...frag, text: ch, width: w });
      cur.width += w;
    }
  }
  cur.space = word.space;
  cur.hardBreak = word.hardBreak;
  out.push(cur);
  return out;
}

/** The widest unbreakable word: a column narrower than this would cut words apart. */
export function minContentWidth(runs: Inline, style: TextStyle): number {
  return Math.max(0, ...words(runs, style, () => undefined).map((w) => w.width));
}
