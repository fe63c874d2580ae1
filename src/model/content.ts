// The deck model's text, blocks and pictures: what compose makes of the content's Markdown and YAML.

/** Where a piece of the model came from, for diagnostics at any stage. */
export interface Source {
  /** Path relative to the content folder, with forward slashes. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

/** A span of inline text with its emphasis. Text is final (variables substituted). */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  /** Set in the deck's heading font (titles); layout measures it with that font's metrics. */
  heading?: boolean;
  /** Shown in capitals by a template's text style; layout measures it so (the text stays as written). */
  caps?: boolean;
  /** Points a template's text style adds after every character (its character spacing); layout measures it so. */
  spacing?: number;
}

/** One paragraph (or list item, or table cell) as inline runs. */
export type Inline = Run[];

export interface ListItem {
  content: Inline;
  /** Second level; deeper levels are flattened into the second. */
  children: ListItem[];
  /** The click the item appears on, with its sub-items (`:::reveal`); see `Reveal`. */
  reveal?: number;
}

/**
 * The click a block appears on, where the author put it in a `:::reveal` block: counted from 1 through the logical
 * slide, in reading order. Layout hands it to the paragraphs made of the block; each physical page numbers its own
 * clicks from these. Absent: the block is on the slide from the start.
 */
export type Reveal = { reveal?: number };

export interface ImageRef {
  /** Content-relative path as the author wrote it. */
  path: string;
  mime: 'image/png' | 'image/jpeg';
  /** Pixel size read from the file header. */
  width: number;
  height: number;
  data: Uint8Array;
  /** For screen readers (the picture's description in the deck and the PDFs); never printed. */
  alt: string;
  /** What the author wants printed under the picture (the Markdown image title, `![alt](p.png "Caption")`); none when not written. */
  caption?: string;
}

export type Block =
  | ({ kind: 'paragraph'; content: Inline; source: Source } & Reveal)
  | ({ kind: 'heading'; depth: number; content: Inline; source: Source } & Reveal)
  /** A revealed list's items carry their clicks (`ListItem.reveal`). */
  | { kind: 'list'; ordered: boolean; start: number; items: ListItem[]; source: Source }
  | { kind: 'table'; header: Inline[]; rows: Inline[][]; align: ('left' | 'center' | 'right' | null)[]; source: Source }
  | ({ kind: 'quote'; paragraphs: Inline[]; attribution?: string; source: Source } & Reveal)
  | { kind: 'image'; image: ImageRef; source: Source }
  | ({ kind: 'code'; text: string; source: Source } & Reveal);

export type TableBlock = Extract<Block, { kind: 'table' }>;

/** A row of tiles on an exercise slide: "Scale" with 1 Rarely … 5 Almost always, or "Categories" with their names. */
export interface TaskChips {
  label: string;
  items: { head?: string; text: string }[];
}

export type Paper = 'A4' | 'Letter';
export type Grouping = 'solo' | 'pairs' | 'small groups' | 'plenary';
export type ExerciseKind = 'sort' | 'reflection' | 'self-assessment' | 'scenario' | 'quiz' | 'action-plan';
