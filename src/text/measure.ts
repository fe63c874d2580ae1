// Text measuring shared by both renderers: widths from the deck fonts' metric twins, greedy line wrapping as PowerPoint and LibreOffice do it.
import { createHash } from 'node:crypto';
import type { FontFile } from '../model/font-file.js';
import { Memo } from '../util/memo.js';
import { cjkPieces, mayBreakAcross } from './cjk-breaks.js';
import { openFontBytes } from './open-font.js';
import { emWidth, type MeasureFamily, registerSupplied, type SuppliedFace, type Variant } from './slide-fonts.js';
import { LineBuilder, type Piece, type TextRun, type Token, type WrappedLine } from './wrapped-lines.js';

export type { MeasureFamily } from './slide-fonts.js';

/** The metrics of a deck's heading and body fonts: Arial for both unless a client's template or the content names others. */
export interface MeasureFonts {
  heading: MeasureFamily;
  body: MeasureFamily;
}

/** A style of text to measure: `code` is set in the monospace face, `heading` in the deck's heading font. */
export interface WidthStyle {
  sizePt: number;
  bold?: boolean | undefined;
  italic?: boolean | undefined;
  code?: boolean | undefined;
  heading?: boolean | undefined;
  caps?: boolean | undefined;
  spacing?: number | undefined;
}

/**
 * Text measured with one deck's fonts. Layout and both renderers are handed the deck's measure, so two decks with
 * different fonts never share a line break and nothing depends on which deck was measured last.
 */
export class Measure {
  /** The fonts as a key: wrapped lines remembered under one measure are not another's. */
  readonly key: string;

  constructor(readonly fonts: MeasureFonts = { heading: 'arial', body: 'arial' }) {
    this.key = `${fonts.heading}|${fonts.body}`;
  }

  /** Height in points of `lines` lines of text at `sizePt`. */
  lineHeight(sizePt: number, lines = 1): number {
    return lines * sizePt * Math.max(lineOf(this.fonts.heading), lineOf(this.fonts.body));
  }

  /** Width in points of `text` at `sizePt`, rounded up by a safety margin. */
  textWidth(written: string, o: WidthStyle): number {
    const text = o.caps ? written.toUpperCase() : written;
    const family = o.heading ? this.fonts.heading : this.fonts.body;
    let caches = wordCaches.get(family);
    if (!caches) wordCaches.set(family, (caches = faceCaches()));
    const cache = caches[o.code ? 'm' : o.bold ? (o.italic ? 'z' : 'b') : o.italic ? 'i' : 'r'];
    let em = cache.get(text);
    if (em === undefined) em = cache.set(text, emWidth(text, { family, bold: o.bold, italic: o.italic, mono: o.code }));
    // A template's character spacing adds its points after every character, whatever the size.
    return em * o.sizePt * WIDTH_SAFETY + (o.spacing ? o.spacing * [...text].length : 0);
  }

  /**
   * Wraps runs into lines no wider than `widthPt` at `sizePt`: breaks at spaces, honours `\n`, and
   * cuts a word that fits no line between characters (both clients do the same with such a word).
   */
  wrapLines(runs: readonly TextRun[], widthPt: number, sizePt: number): WrappedLine[] {
    const b = new LineBuilder();
    for (const t of this.tokenize(runs, sizePt)) {
      if (t.kind === 'newline') {
        b.flush(true, true);
      } else if (t.kind === 'space') {
        b.addSpace(t);
      } else {
        if (!b.empty && b.used + b.spaceWidth() + t.width > widthPt) b.flush();
        if (t.width <= widthPt - b.used - b.spaceWidth()) {
          for (const p of t.pieces) b.add(p.text, p.run, p.width);
        } else {
          this.breakWord(b, t.pieces, widthPt, sizePt);
        }
      }
    }
    b.flush(b.lines.length === 0);
    return b.lines;
  }

  /** Width in points of the widest unbreakable word in `runs`, to size table columns. */
  longestWord(runs: readonly TextRun[], sizePt: number): number {
    let max = 0;
    for (const t of this.tokenize(runs, sizePt)) if (t.kind === 'word' && t.width > max) max = t.width;
    return max;
  }

  /** Width in points of the runs set on one line. */
  runsWidth(runs: readonly TextRun[], sizePt: number): number {
    let w = 0;
    for (const r of runs) w += this.textWidth(r.text, { ...r, sizePt });
    return w;
  }

  private tokenize(runs: readonly TextRun[], sizePt: number): Token[] {
    const out: Token[] = [];
    let word: Extract<Token, { kind: 'word' }> | undefined;
    for (const run of runs) {
      const style: WidthStyle = {
        sizePt,
        bold: run.bold,
        italic: run.italic,
        code: run.code,
        heading: run.heading,
        caps: run.caps,
        spacing: run.spacing,
      };
      for (const text of segments(run.text)) {
        if (text.endsWith('\n')) {
          word = undefined;
          out.push({ kind: 'newline' });
        } else if (text.startsWith(' ')) {
          word = undefined;
          out.push({ kind: 'space', width: this.textWidth(text, style), run, text });
        } else {
          // Chinese and Japanese break between characters, so a line may end inside a "word".
          cjkPieces(text).forEach((part, i) => {
            const last = word?.pieces[word.pieces.length - 1]?.text ?? '';
            if (i > 0 || mayBreakAcross(last, part)) word = undefined;
            const piece = { text: part, run, width: this.textWidth(part, style) };
            if (!word) {
              word = { kind: 'word', pieces: [], width: 0 };
              out.push(word);
            }
            // A word may span runs ("**bold**," has no break before the comma).
            word.pieces.push(piece);
            word.width += piece.width;
          });
        }
      }
    }
    return out;
  }

  private breakWord(b: LineBuilder, pieces: Piece[], widthPt: number, sizePt: number): void {
    let started = false;
    for (const p of pieces) {
      for (const ch of p.text) {
        const w = this.textWidth(ch, { ...p.run, sizePt });
        if (!b.empty && b.used + b.spaceWidth() + w > widthPt) b.flush(false, false, started);
        b.add(ch, p.run, w, true);
        started = true;
      }
    }
  }
}

/**
 * Registers a content's font files for measuring and returns family name (lower case) -> id. The id
 * holds a digest of the files, so two contents with a font of one name never share metrics.
 */
export function suppliedFamilies(files: readonly FontFile[] = []): Map<string, string> {
  const byFamily = new Map<string, FontFile[]>();
  for (const f of files) byFamily.set(f.family.toLowerCase(), [...(byFamily.get(f.family.toLowerCase()) ?? []), f]);
  const out = new Map<string, string>();
  for (const [family, list] of byFamily) {
    const hash = createHash('sha256');
    for (const f of list) hash.update(f.variant).update(f.bytes);
    const id = `${family}:${hash.digest('hex').slice(0, 16)}`;
    const faces: Partial<Record<Variant, SuppliedFace>> = {};
    for (const f of list) faces[f.variant] ??= { key: `${id}:${f.variant}`, bytes: f.bytes };
    registerSupplied(id, faces);
    LINE_HEIGHTS[`file:${id}`] ??= suppliedLine(`${id}:${list[0]!.variant}`, list[0]!.bytes);
    out.set(family, id);
  }
  return out;
}

/** The family a font name is measured with: a font file the content supplies, its metric twin, or the wide stand-in. */
export function familyOf(font: string, suppliedFamilies: ReadonlyMap<string, string> = new Map()): MeasureFamily {
  const own = suppliedFamilies.get(font.trim().toLowerCase());
  if (own) return `file:${own}`;
  if (/^(arial|helvetica|liberation sans|arimo)$/i.test(font.trim())) return 'arial';
  if (/^(calibri|carlito)$/i.test(font.trim())) return 'calibri';
  if (/^(times new roman|times|liberation serif|tinos)$/i.test(font.trim())) return 'times';
  if (/^(cambria|caladea)$/i.test(font.trim())) return 'cambria';
  return 'wide';
}

/**
 * Line pitch as a multiple of the font size. Arial's natural line is 1.15 em; PowerPoint's single
 * spacing comes out near 1.2 em, so measuring with 1.2 is safe in both clients.
 */
export const LINE_HEIGHT = 1.2;
/** Calibri's natural line is 1.22 em, taller than Arial's. */
const LINE_HEIGHTS: Record<string, number> = {
  arial: LINE_HEIGHT,
  calibri: 1.25,
  times: LINE_HEIGHT,
  cambria: LINE_HEIGHT,
  wide: LINE_HEIGHT,
};
const lineOf = (family: MeasureFamily) => LINE_HEIGHTS[family] ?? 1.25;

/**
 * A supplied font's line: its own height (ascent, descent and gap), with the margin single spacing
 * adds to Arial's 1.15 em in both clients, and never less than 1.2 em.
 */
function suppliedLine(key: string, bytes: Uint8Array): number {
  try {
    const font = openFontBytes<{ ascent: number; descent: number; lineGap: number; unitsPerEm: number }>(key, bytes);
    return Math.max(LINE_HEIGHT, (font.ascent - font.descent + font.lineGap) / font.unitsPerEm + 0.05);
  } catch {
    return 1.25;
  }
}

// Clients round advances to device units; a small margin keeps "just fits" from becoming "wraps there".
const WIDTH_SAFETY = 1.025;

// Layout measures the same words at many sizes; widths in em are cached per face and word
// (one map per face, so a lookup needs no key built from style and text).
const wordMemo = () => new Memo<string, number>({ entries: 100_000 });
const faceCaches = () => ({ r: wordMemo(), b: wordMemo(), i: wordMemo(), z: wordMemo(), m: wordMemo() });
const wordCaches = new Map<MeasureFamily, ReturnType<typeof faceCaches>>();

// Splitting a run's text into words, spaces and line breaks is the same at every size tried.
const segmentCache = new Memo<string, string[]>({ entries: 50_000 });

function segments(text: string): string[] {
  return segmentCache.getOrMake(text, () => text.replace(/\t/g, ' ').match(/\r?\n| +|[^ \r\n]+/g) ?? []);
}
