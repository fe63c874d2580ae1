// Wrapped lines: what a line of measured text holds, and the builder that fills lines word by word.
import type { Run } from '../model/content.js';

/** A span of text in one style, as the model has it: `code` is set in the monospace face, `heading` in the deck's heading font. */
export type TextRun = Run;

export interface WrappedLine {
  runs: TextRun[];
  /** Width of the line's visible text in points (trailing spaces hang, as in both clients). */
  widthPt: number;
  /** The line holds part of a word too long for any line, cut between characters. */
  broken: boolean;
  /** The line ends inside such a word, which the next line continues: no space was there. */
  endsInWord?: true;
  /** The line ends at a `\n` in the text rather than where the width ran out. */
  hard?: boolean;
}

export interface Piece {
  text: string;
  run: TextRun;
  width: number;
}

export type Token =
  | { kind: 'word'; pieces: Piece[]; width: number }
  | { kind: 'space'; width: number; run: TextRun; text: string }
  | { kind: 'newline' };

/** Fills lines run by run: spaces wait for the next word, so trailing spaces hang as they do in both clients. */
export class LineBuilder {
  lines: WrappedLine[] = [];
  private runs: TextRun[] = [];
  private width = 0;
  private pendingSpace: { width: number; run: TextRun; text: string }[] = [];
  private broken = false;

  get empty(): boolean {
    return this.runs.length === 0;
  }
  get used(): number {
    return this.width;
  }
  spaceWidth(): number {
    return this.pendingSpace.reduce((s, p) => s + p.width, 0);
  }
  addSpace(t: { width: number; run: TextRun; text: string }): void {
    if (!this.empty) this.pendingSpace.push(t);
  }
  add(text: string, run: TextRun, width: number, broken = false): void {
    for (const s of this.pendingSpace) this.push(s.text, s.run, s.width);
    this.pendingSpace = [];
    this.push(text, run, width);
    this.broken ||= broken;
  }
  private push(text: string, run: TextRun, width: number): void {
    const last = this.runs[this.runs.length - 1];
    if (
      last &&
      last.bold === run.bold &&
      last.italic === run.italic &&
      last.code === run.code &&
      last.heading === run.heading
    )
      last.text += text;
    else this.runs.push({ ...run, text });
    this.width += width;
  }
  flush(force = false, hard = false, inWord = false): void {
    if (this.empty && !force) return;
    this.lines.push({
      runs: this.runs,
      widthPt: this.width,
      broken: this.broken,
      ...(hard ? { hard } : {}),
      ...(inWord ? { endsInWord: true } : {}),
    });
    this.runs = [];
    this.width = 0;
    this.pendingSpace = [];
    this.broken = false;
  }
}

/**
 * Lines a paragraph needs for layout: its wrapped lines plus one spare when a word had to be cut,
 * because a client may cut it at a different place (after a slash or hyphen) and need one more.
 */
export function linesNeeded(lines: readonly WrappedLine[]): number {
  return lines.length + (lines.some((l) => l.broken) ? 1 : 0);
}
