// One slide's drawing in the making, and the units and line pitches every part of a slide is drawn with.

import type { Inline } from '../../../model/deck.js';
import type { CjkFace } from '../../../text/cjk.js';
import { metrics, type PrintFamily } from '../fonts.js';
import { layoutInlineShared, type TextLayout } from '../text.js';
import type { TextStyle } from '../words.js';
import type { Op, TagSpec } from './drawing.js';

export const PT = 72;
/** How much wider than its box a line may be measured unkerned and still fit kerned, as LibreOffice sets it (measured on the stress fixture). */
export const KERNING_ALLOWANCE = 1.004;
/** LibreOffice sets a text box's first line this far below the box's top inset. */
export const FIRST_LINE_DROP = 1;

/** One slide's drawing in the making: its structure, its texts and its operations, in drawing order. */
export class Sketch {
  readonly tags: TagSpec[] = [];
  readonly texts: TextLayout[] = [];
  readonly ops: Op[] = [];
  constructor(
    /** The deck's heading and body fonts, as slides measure them, and as the drawing prints them. */
    readonly families: { heading: PrintFamily; body: PrintFamily },
    private readonly missing: (ch: string) => void,
    /** The east-Asian face of the kit's language, if it has one. */
    private readonly cjk?: CjkFace,
  ) {}

  tag(parent: number, type: string, options?: { title?: string; alt?: string }): number {
    this.tags.push({ type, parent, ...options });
    return this.tags.length - 1;
  }

  text(content: Inline | string, style: TextStyle, width: number): TextLayout {
    const layout = layoutInlineShared(
      typeof content === 'string' ? [{ text: content }] : content,
      this.cjk ? { ...style, cjk: this.cjk } : style,
      width,
      this.missing,
    );
    this.texts.push(layout);
    return layout;
  }
}

/**
 * Line pitch in table cells as the clients draw it (measured against LibreOffice): the font's own
 * height (ascent plus descent), as on the title slide, whose layout sets 100% spacing; other text
 * comes out at the 1.2 em layout measures with.
 */
export function naturalPitch(size: number, family: PrintFamily): number {
  const m = metrics(size, family);
  return m.ascent + m.descent;
}

/** Leading that puts the baseline at the font's ascent from the line's top (the pitch is set per line). */
export function leadingFor(size: number, family: PrintFamily): number {
  const m = metrics(size, family);
  return (m.ascent + m.descent) / size;
}
