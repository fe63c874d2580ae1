// A content's font file is untrusted: fontkit and pdfkit read every offset in it as given, so a damaged table becomes a
// crash, a hang or garbage in the middle of a render. This reads the file once, up front, far enough that what the
// measurer and the PDFs' subsetter later read of it can be trusted.

/** The slice of a fontkit font the check reads (fontkit ships no types). */
export interface CheckedFont {
  directory: { tables: Record<string, { offset: number; length: number; compLength?: number } | undefined> };
  head: { unitsPerEm: number };
  hhea: { numberOfMetrics: number };
  maxp: { numGlyphs: number };
  loca?: { offsets: number[] };
  characterSet: number[];
  hasGlyphForCodePoint(cp: number): boolean;
  glyphForCodePoint(cp: number): SampleGlyph;
  /** fontkit 2.0's character map lookup: the glyph id for a code point, without making the glyph. */
  _cmapProcessor: { lookup(cp: number): number };
  getGlyph(id: number): SampleGlyph;
  _getTableStream(tag: string): { buffer: Uint8Array; pos: number } | null;
}

interface SampleGlyph {
  advanceWidth: number;
  bbox: unknown;
  path: { commands: { args: number[] }[] };
}

const codePoints = (text: string) => [...text].map((c) => c.codePointAt(0)!);
/** The letters every font the content lists must draw; they and the digits (where it has them) are read glyph by glyph. */
const LETTERS = codePoints('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz');
const DIGITS = codePoints('0123456789');
/** A composite glyph nests others; fonts nest two or three deep, and fontkit follows them by recursion. */
const MAX_NESTING = 16;

/** What is wrong with a parsed font file, in a facilitator's words, or undefined when it can be used. */
export function fontProblem(font: CheckedFont, size: number): string | undefined {
  try {
    return tablesProblem(font, size) ?? metricsProblem(font) ?? glyfProblem(font) ?? sampleProblem(font);
  } catch {
    return 'one of its tables cannot be read';
  }
}

function tablesProblem(font: CheckedFont, size: number): string | undefined {
  const tables = font.directory.tables;
  const missing = ['cmap', 'head', 'hhea', 'hmtx', 'maxp'].filter((tag) => !tables[tag]);
  if (!tables['CFF '] && !tables.CFF2 && !(tables.glyf && tables.loca)) missing.push('glyf and loca (or CFF)');
  if (missing.length > 0) return `it lacks the table${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`;
  // A WOFF's tables are stored compressed (compLength); a WOFF2's directory holds no offsets in the file.
  const past = Object.entries(tables).find(
    ([, t]) => t && typeof t.offset === 'number' && t.offset + (t.compLength ?? t.length) > size,
  );
  return past ? `it is cut off: its \`${past[0].trim()}\` table runs past the end of the file` : undefined;
}

function metricsProblem(font: CheckedFont): string | undefined {
  const em = font.head.unitsPerEm;
  if (!(em >= 16 && em <= 16384)) return `its units per em (${em}) are outside 16 to 16384`;
  const glyphs = font.maxp.numGlyphs;
  if (!(glyphs >= 1)) return 'it says it has no glyphs';
  const metrics = font.hhea.numberOfMetrics;
  if (!(metrics >= 1 && metrics <= glyphs))
    return `its horizontal metrics count (${metrics}) does not fit its ${glyphs} glyphs`;
  const hmtx = font.directory.tables.hmtx!;
  if (hmtx.length < 4 * metrics) return 'its horizontal metrics (hmtx) table is too short';
  return undefined;
}

/** Every TrueType glyph lies inside the glyf table, its points and components inside its own bytes, its nesting finite. */
function glyfProblem(font: CheckedFont): string | undefined {
  const glyf = font.directory.tables.glyf;
  const offsets = font.loca?.offsets;
  const stream = glyf && offsets ? font._getTableStream('glyf') : null;
  if (!glyf || !offsets || !stream) return undefined;
  const glyphs = font.maxp.numGlyphs;
  if (offsets.length < glyphs + 1) return 'its glyph index (loca) is too short';
  const bytes = stream.buffer.subarray(stream.pos, stream.pos + glyf.length);
  const components: number[][] = [];
  for (let id = 0; id < glyphs; id++) {
    const [start, end] = [offsets[id]!, offsets[id + 1]!];
    if (!(start <= end && end <= bytes.length)) return `its glyph ${id} lies outside its glyf table`;
    const parts = end > start ? glyphParts(bytes.subarray(start, end), glyphs) : [];
    if (parts === undefined) return `its glyph ${id} is damaged`;
    components.push(parts);
  }
  const cyclic = nestingTooDeep(components);
  return cyclic === undefined ? undefined : `its glyph ${cyclic} is built of itself, or nested too deep`;
}

/** The glyphs a glyph is built of ([] for a simple glyph), or undefined when its description overruns its bytes. */
function glyphParts(g: Uint8Array, glyphs: number): number[] | undefined {
  if (g.length < 10) return undefined;
  const view = new DataView(g.buffer, g.byteOffset, g.byteLength);
  const contours = view.getInt16(0);
  return contours >= 0 ? (simpleGlyphFits(view, contours) ? [] : undefined) : compositeParts(view, glyphs);
}

function simpleGlyphFits(view: DataView, contours: number): boolean {
  let at = 10 + 2 * contours;
  if (at + 2 > view.byteLength) return false;
  const points = contours === 0 ? 0 : view.getUint16(at - 2) + 1;
  at += 2 + view.getUint16(at);
  let coordinates = 0;
  for (let read = 0; read < points; ) {
    if (at >= view.byteLength) return false;
    const flag = view.getUint8(at++);
    let times = 1;
    if (flag & 8) {
      if (at >= view.byteLength) return false;
      times += view.getUint8(at++);
    }
    const x = flag & 2 ? 1 : flag & 16 ? 0 : 2;
    const y = flag & 4 ? 1 : flag & 32 ? 0 : 2;
    coordinates += (x + y) * Math.min(times, points - read);
    read += times;
  }
  return at + coordinates <= view.byteLength;
}

function compositeParts(view: DataView, glyphs: number): number[] | undefined {
  const parts: number[] = [];
  let at = 10;
  for (let more = true; more; ) {
    if (at + 4 > view.byteLength) return undefined;
    const flags = view.getUint16(at);
    const part = view.getUint16(at + 2);
    if (part >= glyphs) return undefined;
    parts.push(part);
    at += 4 + (flags & 1 ? 4 : 2) + (flags & 8 ? 2 : flags & 0x40 ? 4 : flags & 0x80 ? 8 : 0);
    more = (flags & 0x20) !== 0;
  }
  return at <= view.byteLength ? parts : undefined;
}

/** The first glyph whose components nest deeper than MAX_NESTING (a cycle nests for ever), or undefined. */
function nestingTooDeep(components: number[][]): number | undefined {
  const depth = new Int32Array(components.length).fill(-1);
  const measure = (id: number, level: number): number => {
    if (level > MAX_NESTING) return Number.POSITIVE_INFINITY;
    if (depth[id]! >= 0) return depth[id]!;
    let deepest = 0;
    for (const part of components[id]!) deepest = Math.max(deepest, 1 + measure(part, level + 1));
    if (deepest <= MAX_NESTING) depth[id] = deepest;
    return deepest;
  };
  const found = components.findIndex((_, id) => measure(id, 0) > MAX_NESTING);
  return found < 0 ? undefined : found;
}

/**
 * Every code point the character map names leads to a glyph the font has, the letters are mapped, and their glyphs and
 * the digits' (and .notdef, drawn for what no font has) read whole.
 */
function sampleProblem(font: CheckedFont): string | undefined {
  let unmapped: number[];
  try {
    const glyphs = font.maxp.numGlyphs;
    if (font.characterSet.some((cp) => !(font._cmapProcessor.lookup(cp) < glyphs)))
      return 'its character map (cmap) names glyphs it does not have';
    unmapped = LETTERS.filter((cp) => !font.hasGlyphForCodePoint(cp));
  } catch {
    return 'its character map (cmap) is damaged';
  }
  if (unmapped.length > 0)
    return `it has no glyphs for ${String.fromCodePoint(...unmapped.slice(0, 5))}${unmapped.length > 5 ? '…' : ''} (its character map, cmap, lacks them)`;
  const sample = [...LETTERS, ...DIGITS.filter((cp) => font.hasGlyphForCodePoint(cp))];
  for (const glyph of [font.getGlyph(0), ...sample.map((cp) => font.glyphForCodePoint(cp))]) {
    try {
      if (!glyphReads(glyph)) return 'its glyphs hold impossible sizes or points';
    } catch {
      return 'its glyphs cannot be read';
    }
  }
  return undefined;
}

/** An empty glyph's box is infinite in fontkit, so the box is only read (it may throw), not judged. */
function glyphReads(glyph: SampleGlyph): boolean {
  void glyph.bbox;
  const points = glyph.path.commands.flatMap((c) => c.args);
  return Number.isFinite(glyph.advanceWidth) && glyph.advanceWidth >= 0 && points.every(Number.isFinite);
}
