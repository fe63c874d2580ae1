// The one door to pdfkit's private members (pinned pdfkit 0.20.2). The PDF renderer writes laid-out text and bytes
// straight into pdfkit's document; the members it needs are typed and listed here, and test/pdfkit-canary.test.ts
// names any that a pdfkit upgrade removed or changed, before a kit comes out wrong.

/** pdfkit's EmbeddedFont: what drawing and subsetting glyphs reads and writes. */
export interface EmbeddedFont {
  id: string;
  scale: number;
  font: { layout(text: string): { glyphs: { id: number; advanceWidth: number; codePoints: number[] }[] } };
  subset: FontSubset;
  widths: number[];
  unicode: number[][];
  ref(): unknown;
}

/** fontkit's TTF subset as pdfkit holds it. */
export interface FontSubset {
  glyphs: number[];
  /** Font glyph id -> the subset's first code for it. */
  mapping: Record<number, number>;
  includeGlyph(id: number): number;
  encode(): Uint8Array;
}

/** pdfkit's PDFReference: an indirect object, possibly a stream, written when finalized. */
export interface Reference {
  compress: boolean;
  buffer: Uint8Array[];
  finalize(): void;
}

/** The private side of pdfkit's PDFDocument. */
export interface DocumentInternals {
  /** Bytes written so far (the cross-reference table's offsets). */
  _offset: number;
  /** Writes a piece of the file. */
  _write(data: string | Uint8Array): void;
  _font: EmbeddedFont;
  _fillColor: unknown;
  _normalizeColor(color: string): number[] | null;
  /** Set when the document is encrypted. */
  _security?: unknown;
  page: { write(data: Uint8Array): void; content: Reference; fonts: Record<string, unknown> };
  addContent(data: string | Uint8Array): unknown;
  ref(data?: unknown): Reference;
}

/** The document's private side. */
export function internals(doc: PDFKit.PDFDocument): DocumentInternals {
  return doc as unknown as DocumentInternals;
}

/** What each private object must have, by `typeof`, for the canary test. */
export const PRIVATE_MEMBERS = {
  document: {
    _offset: 'number',
    _write: 'function',
    _font: 'object',
    _normalizeColor: 'function',
    page: 'object',
    addContent: 'function',
    ref: 'function',
  },
  page: { write: 'function', content: 'object', fonts: 'object' },
  reference: { compress: 'boolean', buffer: 'object', finalize: 'function' },
  embeddedFont: {
    id: 'string',
    scale: 'number',
    font: 'object',
    subset: 'object',
    widths: 'object',
    unicode: 'object',
    ref: 'function',
  },
  subset: { glyphs: 'object', mapping: 'object', includeGlyph: 'function', encode: 'function' },
} as const;
