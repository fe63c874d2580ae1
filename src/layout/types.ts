// The physical pages of the deck: every split, size and position decided, in renderer-neutral terms.
import type { Diagnostic } from '../diagnostics.js';
import type { ImageRef, QrCode, Run, SlideKind, Source } from '../model/deck.js';
import type { Spacing } from '../template/types.js';

/** Physical slide numbers (1-based) of each logical slide after layout split it into pages. */
export type SlideNumbers = Record<string, { first: number; last: number }>;

/** A rectangle on the slide, in inches from the top-left corner. */
export interface Frame {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** What a paragraph is, so the renderer can colour and style it; sizes and spacing are already decided. */
export type ParaRole =
  | 'body'
  | 'heading'
  | 'quote'
  | 'attribution'
  | 'code'
  | 'caption'
  | 'source'
  | 'label'
  | 'title'
  | 'subtitle'
  | 'detail'
  | 'cardTitle'
  | 'muted'
  /** "p. N" of an exercise's worksheet: measured with a wide stand-in, filled in by the renderer. */
  | 'worksheetPage';

export type Marker = { kind: 'bullet' } | { kind: 'number'; n: number };

export interface Para {
  runs: Run[];
  role: ParaRole;
  sizePt: number;
  /** 0: plain paragraph; 1 and 2: list levels. */
  level: 0 | 1 | 2;
  marker?: Marker;
  /** Left margin of the text in points (the marker hangs in it). */
  indentPt: number;
  /** Width of the hanging marker area in points (0 without a marker). */
  hangPt: number;
  spaceBeforePt: number;
  /** Space under it, where a template's placeholder sets some (PowerPoint adds it under every paragraph). */
  spaceAfterPt?: number;
  /** Its lines' pitch where a template's placeholder sets one: a share of single spacing (0.9: 90 %) or points. */
  lineSpacing?: Spacing;
  align: 'left' | 'center' | 'right';
  /**
   * Runs right to left: its first strong letter is Hebrew or Arabic, or it has none in a right-to-left kit
   * (`paragraphDirection` in text/rtl.ts). The deck marks it `rtl="1"`; the PDFs draw its lines in bidi order and hang
   * its marker on the right. Its `align` is already the side it starts on ('right' for a plain right-to-left paragraph).
   */
  rtl?: true;
  /** Measured height including spaceBefore, in points. */
  heightPt: number;
  /** Kept on the page of the paragraph after it: a quiz question with its options. */
  keepWithNext?: true;
  /** The content line it is made from, where it comes from a Markdown block (the preview links a click on it there). */
  source?: Source;
  /** The click of its logical slide it appears on (`:::reveal`, the model's `reveal`); absent: there from the start. */
  reveal?: number;
}

export type TextStyle = 'plain' | 'card' | 'panel' | 'quote' | 'hero';

/** Insets of a text box in points; the bottom one also holds the glyphs' descent below the last line. */
export interface Insets {
  x: number;
  top: number;
  bottom: number;
  /**
   * Room inside the frame above the text and below it that the box needs but does not write as insets: the glyphs a
   * template's close line spacing lifts above the first line of text standing on the frame's foot, and their descent
   * under the last line of text hanging from its top.
   */
  lift?: number;
  drop?: number;
}

/** A text box: paragraphs measured to fit `frame` minus its insets. */
export interface TextBox {
  kind: 'text';
  style: TextStyle;
  frame: Frame;
  inset: Insets;
  valign: 'top' | 'middle' | 'bottom';
  paras: Para[];
  /** The shape's name in the deck, for slide furniture that is not content (the progress marker). */
  name?: string;
}

export type CellRole = 'header' | 'aspect' | 'body' | 'break' | 'time';

export interface Cell {
  /** One entry per paragraph in the cell; `rtl` as a Para's (its first strong letter is Hebrew or Arabic...). */
  paras: { runs: Run[]; sizePt: number; role: ParaRole; rtl?: true }[];
  role: CellRole;
  align: 'left' | 'center' | 'right';
}

export type TableStyle = 'grid' | 'comparison' | 'agenda';

/** A table (or one page's slice of it): widths and row heights in inches, the header row first when it has one. */
export interface TableBox {
  kind: 'table';
  style: TableStyle;
  frame: Frame;
  colWidths: number[];
  rows: Cell[][];
  rowHeights: number[];
  hasHeader: boolean;
  /** Cell margins in points (left/right, top/bottom), the same used to measure. */
  marginPt: { x: number; y: number };
  /**
   * A right-to-left kit's table holding right-to-left text, which the deck marks so (`a:tblPr rtl="1"`): `rows` and
   * `colWidths` are in slide order, left to right, as every renderer draws them (its first column last); the deck
   * writes them in reading order and PowerPoint lays them out from the right.
   */
  rtl?: true;
}

export interface PictureBox {
  kind: 'image';
  frame: Frame;
  image: ImageRef;
}

/** A plain shape the renderer draws behind text (accent bars, panels). */
export interface ShapeBox {
  kind: 'shape';
  role: 'accent' | 'rule' | 'surface';
  frame: Frame;
}

/** A QR code filling `frame` (a square, quiet zone included): dark modules on white, whatever the slide's colours. */
export interface QrBox {
  kind: 'qr';
  frame: Frame;
  code: QrCode;
  /** What it is and where it leads, for screen readers. */
  alt: string;
}

export type Element = TextBox | TableBox | PictureBox | ShapeBox | QrBox;

export type MasterName = 'TITLE' | 'SECTION' | 'CONTENT';

/** One physical slide. */
export interface SlidePage {
  slideId: string;
  kind: SlideKind;
  master: MasterName;
  /** 0-based position among the pages of its logical slide, and how many there are. */
  part: number;
  parts: number;
  /** The page's title as shown (continuations end in " (cont.)"), measured into its box. */
  title: TextBox;
  elements: Element[];
}

export interface SlideLayout {
  pages: SlidePage[];
  numbers: SlideNumbers;
  diagnostics: Diagnostic[];
}

/** How a template styles the runs of a placeholder, as far as their width goes (a bold body style included). */
export type RunLook = { caps?: true; spacing?: number; bold?: true };
