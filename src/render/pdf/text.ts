// Inline text layout: words -> wrapped lines with absolute offsets, drawn on a shared baseline.
import type { Inline } from '../../model/deck.js';
import { hasRightToLeft, paragraphDirection } from '../../text/rtl.js';
import { Memo } from '../../util/memo.js';
import { reorderLines } from './bidi.js';
import { drawSegments } from './emit.js';
import { metrics } from './fonts.js';
import type { Line, Segment } from './line.js';
import { TYPE } from './style.js';
import { type Frag, sliceWord, type TextStyle, words } from './words.js';

export type { Line, Segment } from './line.js';

/** Laid-out text ready to draw: the lines and the metrics to place them. */
export interface TextLayout {
  lines: Line[];
  lineHeight: number;
  /** Baseline offset from the top of each line box. */
  baseline: number;
  height: number;
  align: 'left' | 'center' | 'right';
  /** The paragraph runs right to left: its lines are in display order and start at the right. */
  rtl?: true;
}

/**
 * Lays out runs into lines no wider than `width`. Characters without a glyph in
 * any embedded font are passed to `missing` (the caller turns them into diagnostics).
 */
export function layoutInline(runs: Inline, style: TextStyle, width: number, missing: (ch: string) => void): TextLayout {
  const lines: Line[] = [];
  let frags: Frag[] = [];
  let x = 0;
  let pendingSpace: Frag | undefined;
  const wrapSpace: boolean[] = [];
  const endLine = (wrapped = false): void => {
    const line = merge(frags);
    // The space a line wraps at is kept (invisible, outside the width) so extracted and
    // tagged text reads "two words", not "twowords".
    const last = line.segments[line.segments.length - 1];
    wrapSpace.push(wrapped && pendingSpace !== undefined && last !== undefined);
    if (wrapped && pendingSpace && last) last.text += ' ';
    lines.push(line);
    frags = [];
    x = 0;
    pendingSpace = undefined;
  };
  for (const w of words(runs, style, missing)) {
    for (const word of w.width > width ? sliceWord(w, width) : [w]) {
      const spaceW = pendingSpace?.width ?? 0;
      if (frags.length > 0 && x + spaceW + word.width > width) endLine(true);
      if (pendingSpace && frags.length > 0) {
        frags.push(pendingSpace);
        x += pendingSpace.width;
      }
      frags.push(...word.frags);
      x += word.width;
      pendingSpace = word.space;
      if (word.hardBreak) endLine();
    }
  }
  if (frags.length > 0 || lines.length === 0) endLine();
  const text = runs.map((r) => r.text).join('');
  const rtl = (style.direction ?? paragraphDirection(text, style.rtlKit === true)) === 'rtl';
  if (rtl || hasRightToLeft(text)) reorderLines(lines, rtl, wrapSpace);
  const leading = style.leading ?? TYPE.leading;
  const lineHeight = style.size * leading;
  const m = metrics(style.size, style.family);
  return {
    lines,
    lineHeight,
    baseline: (lineHeight - (m.ascent + m.descent)) / 2 + m.ascent,
    height: lines.length * lineHeight,
    // A right-to-left paragraph starts at the right unless its place says otherwise (a centred title, a number column).
    align: style.align ?? (rtl ? 'right' : 'left'),
    ...(rtl ? { rtl: true as const } : {}),
  };
}

// Laid-out text shared by every document in the process: most paragraphs, cells and labels are the
// same in every client's kit and in every watch rebuild. Layouts are never changed once made.
const laidOut = new Memo<string, { layout: TextLayout; missing: string[] }>({ entries: 50_000 });

/** layoutInline, remembered by its inputs; characters without a glyph are reported on every call, as the first time. */
export function layoutInlineShared(
  runs: Inline,
  style: TextStyle,
  width: number,
  missing: (ch: string) => void,
): TextLayout {
  let key = `${width}|${style.size}|${style.color}|${style.bold ? 'b' : ''}${style.italic ? 'i' : ''}|${style.leading ?? ''}|${style.align ?? ''}|${style.family ?? ''}|${style.cjk ?? ''}|${style.direction ?? ''}${style.rtlKit ? 'k' : ''}`;
  // Each run's text is prefixed with its length, so no text can pass for a run boundary.
  for (const run of runs)
    key += `|${run.bold ? 'b' : ''}${run.italic ? 'i' : ''}${run.code ? 'c' : ''}${run.text.length}:${run.text}`;
  let hit = laidOut.get(key);
  if (!hit) {
    const chars: string[] = [];
    hit = laidOut.set(key, { layout: layoutInline(runs, style, width, (ch) => chars.push(ch)), missing: chars });
  }
  for (const ch of hit.missing) missing(ch);
  return hit.layout;
}

/** Joins neighbouring fragments that share a font, size and colour into one drawable segment. */
function merge(frags: Frag[]): Line {
  const segments: Segment[] = [];
  let x = 0;
  for (const f of frags) {
    const last = segments[segments.length - 1];
    if (last && last.font === f.font && last.size === f.size && last.color === f.color) {
      last.text += f.text;
      last.width += f.width;
    } else segments.push({ text: f.text, font: f.font, size: f.size, color: f.color, x, width: f.width });
    x += f.width;
  }
  return { segments, width: x };
}

/** The widest line, for sizing columns to their content. */
export function naturalWidth(layout: TextLayout): number {
  return Math.max(0, ...layout.lines.map((l) => l.width));
}

/** Draws one laid-out line with its top at `top`, inside a box `width` wide starting at `left`. */
export function drawLine(
  doc: PDFKit.PDFDocument,
  layout: TextLayout,
  index: number,
  left: number,
  top: number,
  width: number,
): void {
  const line = layout.lines[index];
  if (!line) return;
  const offset =
    layout.align === 'center' ? (width - line.width) / 2 : layout.align === 'right' ? width - line.width : 0;
  const base = top + layout.baseline;
  drawSegments(
    doc,
    line.segments.map((s) => ({
      font: s.font,
      size: s.size,
      color: s.color,
      text: s.text,
      x: left + offset + s.x,
      ...(s.rtl ? { rtl: true as const } : {}),
    })),
    base,
  );
}
