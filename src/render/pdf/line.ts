// A laid-out line as text.ts makes it and bidi.ts puts in display order (its own module: text.ts calls bidi.ts).
import type { FontKey } from './fonts.js';

/** A stretch of one line drawn in one font, size and colour. */
export interface Segment {
  text: string;
  font: FontKey;
  size: number;
  color: string;
  /** Offset from the line's left edge. */
  x: number;
  width: number;
  /** Drawn right to left (an odd bidi level): its text is in logical order, its glyphs are drawn mirrored and reversed. */
  rtl?: true;
}

export interface Line {
  segments: Segment[];
  width: number;
}
