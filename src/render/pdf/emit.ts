// Writes laid-out text straight into a pdfkit page. pdfkit's text() would lay the segment out again,
// encode it through word arrays and write each operator as its own small buffer: ~40% of a warm guide.
// The layout here has already chosen every glyph, so a segment becomes one string and one write,
// made of the same operators text() writes for unshaped, left-aligned text.
import type { FontKey } from './fonts.js';
import { reuseSubset } from './reuse.js';

interface Glyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

/** The fields of pdfkit's EmbeddedFont that text() uses to encode and register glyphs. */
interface EmbeddedFont {
  id: string;
  scale: number;
  font: { layout(text: string): { glyphs: Glyph[] } };
  subset: { includeGlyph(id: number): number; glyphs: number[]; encode(): Uint8Array };
  widths: number[];
  unicode: number[][];
  ref(): unknown;
}

/** The fields of pdfkit's document that text() reads and writes. */
interface DocumentState {
  _font: EmbeddedFont;
  _fontSize: number;
  _fillColor: unknown;
  page: { height: number; fonts: Record<string, unknown> };
  _normalizeColor(color: string): number[] | null;
  addContent(data: string): unknown;
}

// Subset glyph ids are per document (each document embeds its own subset), so the cache hangs off the font object.
const hexCache = new WeakMap<EmbeddedFont, Map<number, string>>();
const colourCache = new Map<string, string>();

/** pdfkit's number format: six decimals at most, so positions print exactly as text() printed them. */
function num(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

function glyphHex(key: FontKey, font: EmbeddedFont, cp: number): string {
  let byCodePoint = hexCache.get(font);
  if (!byCodePoint) {
    hexCache.set(font, (byCodePoint = new Map()));
    reuseSubset(key, font.subset);
  }
  let hex = byCodePoint.get(cp);
  if (hex === undefined) {
    const glyph = font.font.layout(String.fromCodePoint(cp)).glyphs[0]!;
    const gid = font.subset.includeGlyph(glyph.id);
    font.widths[gid] ??= glyph.advanceWidth * font.scale;
    font.unicode[gid] ??= glyph.codePoints;
    hex = gid.toString(16).padStart(4, '0');
    byCodePoint.set(cp, hex);
  }
  return hex;
}

function fillOperators(doc: DocumentState, colour: string): string {
  let ops = colourCache.get(colour);
  if (ops === undefined) {
    const c = doc._normalizeColor(colour);
    if (!c) throw new Error(`not a colour: ${colour}`);
    ops = `/${c.length === 4 ? 'DeviceCMYK' : 'DeviceRGB'} cs\n${c.join(' ')} scn`;
    colourCache.set(colour, ops);
  }
  return ops;
}

/** Draws `text` in one font, size and colour with its baseline at (x, baseline), measured from the page's top-left. */
export function drawSegment(pdf: PDFKit.PDFDocument, key: FontKey, size: number, colour: string, text: string, x: number, baseline: number): void {
  const doc = pdf.font(key).fontSize(size) as unknown as DocumentState;
  doc._fillColor = [colour, undefined];
  const font = doc._font;
  doc.page.fonts[font.id] ??= font.ref();
  let hex = '';
  for (const ch of text.replace(/\n/g, '')) hex += glyphHex(key, font, ch.codePointAt(0)!);
  const colourOps = fillOperators(doc, colour);
  if (hex === '') {
    doc.addContent(colourOps);
    return;
  }
  const height = doc.page.height;
  doc.addContent(
    `${colourOps}\nq\n1 0 0 -1 0 ${num(height)} cm\nBT\n1 0 0 1 ${num(x)} ${num(height - baseline)} Tm\n/${font.id} ${num(size)} Tf\n[<${hex}> 0] TJ\nET\nQ`,
  );
}
