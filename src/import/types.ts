// What `workshop-kit import` reads of a deck, as plain data: slides of Markdown-ready blocks, the notes, the pictures
// to copy, and every loss worth a line in the report. The readers fill it; the writers turn it into a content folder.

/** A frame in inches from the slide's top-left corner. */
export interface Frame {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** One paragraph of slide text, its inline formatting already written as Markdown. */
export interface Paragraph {
  markdown: string;
  /** The text as shown, for counting and quoting. */
  plain: string;
  /** 0 for the first list level. */
  level: number;
  marker: 'none' | 'bullet' | 'number';
  /** Where a numbered list says it starts. */
  start?: number;
  /** Its lines as shown, where line breaks (Shift+Enter) part it. */
  lines?: string[];
}

export type Block =
  | { kind: 'paragraphs'; paragraphs: Paragraph[] }
  | {
      kind: 'table';
      header: string[];
      rows: string[][];
      /** Each header cell's words as shown. */
      headerWords?: string[];
      /** Each body cell's paragraphs as shown. */
      words?: string[][][];
      /** Each body cell's fill (#RRGGBB, '' for none): a deck workshop-kit built tints a comparison's aspects. */
      fills?: string[][];
      /** A deck workshop-kit built names the table as a comparison's ("Comparison 4"). */
      comparison?: true;
    }
  | {
      /** Options side by side (comparisons/<id>.yaml), shown with `::comparison`; its id is given as it is written. */
      kind: 'comparison';
      columns: string[];
      rows: { aspect?: string; values: string[] }[];
      source?: string;
    }
  | { kind: 'picture'; picture: Picture }
  | { kind: 'quote'; paragraphs: string[]; attribution: string }
  | { kind: 'heading'; markdown: string }
  | { kind: 'directive'; name: 'styles' | 'comparison'; id: string };

/** A picture to copy into assets/: its part in the package and what a screen reader says of it. */
export interface Picture {
  part: string;
  alt: string;
  /** The line under it that captions it, as Markdown. */
  caption?: string;
  /** The alt text was made up (the deck gave none). */
  altMissing?: true;
  /** Its file under assets/ once planned (set by the writer's plan). */
  path?: string;
}

/** Something the import could not carry, or carried differently: a line in import-report.md. */
export interface Loss {
  /** 1-based slide number in the deck; absent for the deck as a whole. */
  slide?: number;
  kind: LossKind;
  /** What it was and what to do, one sentence or two. */
  message: string;
  /** A paragraph not carried, quoted in full. */
  quote?: string;
  /** How many drawn shapes: the report adds these up over the deck. */
  drawn?: number;
}

export type LossKind =
  | 'smartart'
  | 'chart'
  | 'animation'
  | 'geometry'
  | 'picture'
  | 'fonts'
  | 'text'
  | 'package'
  | 'table'
  | 'layout'
  | 'media'
  | 'hidden'
  | 'title'
  | 'timing'
  | 'kit';

/** A slide as the import reads it. */
export interface ImportedSlide {
  /** 1-based, in the deck's order, hidden slides counted. */
  number: number;
  hidden: boolean;
  /** The layout's type (title, secHead, obj, twoObj...) where it has one. */
  layoutType?: string;
  title?: string;
  /** The title as shown, for the report. */
  titlePlain?: string;
  /** Where its title stands, in inches. */
  titleFrame?: Frame;
  /** Its title is a title slide's (`ctrTitle`). */
  centredTitle?: true;
  /** A title slide's subtitle, as its words. */
  subtitle?: string;
  blocks: Block[];
  /** Speaker notes: paragraphs and lists. */
  notes: Block[];
  /** Minutes planned for the slide, read off its notes. */
  minutes?: number;
  /** Body paragraphs of the slide (titles aside) and how many of them the blocks carry. */
  counted: { paragraphs: number; carried: number };
  losses: Loss[];
  /** A deck workshop-kit built: the progress marker's words ("2 · Two jobs"). */
  progress?: string;
  /** A deck workshop-kit built and saved again elsewhere: the kit's own lines left out (kit-furniture.ts). */
  kitLines?: { line: 'progress' | 'time'; text: string }[];
}

/** A PowerPoint section (p14:sectionLst) and the slides it holds, by their numbers. */
export interface Section {
  name: string;
  slides: number[];
}

/** The deck: its properties, sections and slides. */
export interface ImportedDeck {
  kind: 'presentation' | 'template' | 'macro-enabled';
  title?: string;
  subject?: string;
  creator?: string;
  company?: string;
  language?: string;
  /** The tool the package says made it (docProps/app.xml Application). */
  application?: string;
  /** The first slide's date (dcterms:created), YYYY-MM-DD. */
  created?: string;
  sections: Section[];
  slides: ImportedSlide[];
  /** Built by workshop-kit and saved again by another program, which gave it layouts of its own (kit-furniture.ts). */
  resaved?: true;
  /** Fonts the slides' text names, for the report. */
  fonts: string[];
  /** The first master's theme colours (accent1 …) as #RRGGBB. */
  colours?: Record<string, string>;
  losses: Loss[];
  /** Every part of the package (pictures are copied from here). */
  parts: Record<string, Uint8Array>;
}

/** A piece of a slide for reading-order.ts: text, a table or a picture, where it stands and its place in the tree. */
export type Piece = { index: number; frame?: Frame } & (
  | { kind: 'text'; paragraphs: Paragraph[]; grouped: boolean; placeholder: boolean }
  | { kind: 'table'; block: Extract<Block, { kind: 'table' }>; paragraphs: number }
  | { kind: 'picture'; picture: Picture }
);
