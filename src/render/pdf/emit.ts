// Writes laid-out text straight into a pdfkit page. pdfkit's text() would lay each segment out again,
// encode it through word arrays and write each operator as its own small buffer (~40% of a warm guide),
// wrapped in a save, a flip and a restore. The layout here has already chosen every glyph, so a line
// becomes one text object and one write.
import { isShapedKey, type ShapedGlyph, shapeRun } from '../../text/shaping.js';
import { drawnRtl, mirrorOf } from './bidi.js';
import { FONT_KEYS, type FontKey, fontFor } from './fonts.js';
import { type DocumentInternals, type EmbeddedFont, internals } from './pdfkit-internals.js';
import { reuseSubset } from './reuse.js';

/** Registered with every document when it opens; other fonts are registered when a document first uses them. */
const FIXED_KEYS = new Set(FONT_KEYS);

// Subset glyph ids are per document (each document embeds its own subset), so the cache hangs off the font object.
const hexCache = new WeakMap<EmbeddedFont, Map<number, string>>();
const colourCache = new Map<string, string>();

/** pdfkit's number format: six decimals at most, so positions print exactly as text() printed them. */
function num(n: number): number {
  // A coordinate that is not a number would corrupt the page; pdfkit refuses it the same way.
  if (!Number.isFinite(n)) throw new Error(`unsupported number: ${n}`);
  return Math.round(n * 1e6) / 1e6;
}

// Fonts whose subset bytes are shared through reuse.ts, set up on first use in a document.
const prepared = new WeakSet<EmbeddedFont>();

function prepare(key: FontKey, font: EmbeddedFont): void {
  if (prepared.has(font)) return;
  prepared.add(font);
  reuseSubset(key, font.subset);
}

function glyphHex(key: FontKey, font: EmbeddedFont, cp: number): string {
  let byCodePoint = hexCache.get(font);
  if (!byCodePoint) {
    hexCache.set(font, (byCodePoint = new Map()));
    prepare(key, font);
  }
  let hex = byCodePoint.get(cp);
  if (hex === undefined) {
    const glyph = font.font.layout(String.fromCodePoint(cp)).glyphs[0]!;
    // A glyph first written for other characters (a bracket's mirror in right-to-left text) gets a code of its own.
    const first = font.subset.mapping[glyph.id];
    if (first !== undefined && ownFirst.get(font)?.has(first)) {
      hex = ownHex(key, font, glyph.id, [cp]);
      byCodePoint.set(cp, hex);
      return hex;
    }
    const gid = font.subset.includeGlyph(glyph.id);
    font.widths[gid] ??= glyph.advanceWidth * font.scale;
    font.unicode[gid] ??= glyph.codePoints;
    hex = gid.toString(16).padStart(4, '0');
    byCodePoint.set(cp, hex);
  }
  return hex;
}

// Codes of glyphs drawn for characters given with them (shaped glyphs, mirrored brackets), per document font, and
// the codes among them that were a glyph's first.
const ownCodes = new WeakMap<EmbeddedFont, Map<string, string>>();
const ownFirst = new WeakMap<EmbeddedFont, Set<number>>();

/**
 * The code glyph `id` is written with when it stands for `codePoints`. A PDF maps each code to one text, while one
 * glyph may stand for several: Noto Sans Arabic draws beh, teh, noon and yeh on one dotless skeleton, and a bracket
 * in right-to-left text is drawn with its mirror's glyph. A glyph already written for other characters gets a code of
 * its own, a copy of the glyph in the subset, so copied text gives each character back.
 */
function ownHex(key: FontKey, font: EmbeddedFont, id: number, codePoints: number[]): string {
  prepare(key, font);
  let codes = ownCodes.get(font);
  if (!codes) ownCodes.set(font, (codes = new Map()));
  const at = `${id}|${codePoints.join(',')}`;
  let hex = codes.get(at);
  if (hex === undefined) {
    const first = font.subset.mapping[id];
    const same = first !== undefined && font.unicode[first]?.join(',') === codePoints.join(',');
    const code = first === undefined || same ? font.subset.includeGlyph(id) : font.subset.glyphs.push(id) - 1;
    if (first === undefined) {
      let firsts = ownFirst.get(font);
      if (!firsts) ownFirst.set(font, (firsts = new Set()));
      firsts.add(code);
    }
    font.widths[code] ??= glyphOf(font, id).advanceWidth * font.scale;
    font.unicode[code] ??= codePoints;
    hex = code.toString(16).padStart(4, '0');
    codes.set(at, hex);
  }
  return hex;
}

function glyphOf(font: EmbeddedFont, id: number): { advanceWidth: number } {
  return (font.font as unknown as { getGlyph(id: number): { advanceWidth: number } }).getGlyph(id);
}

/** A right-to-left stretch in a face drawn one glyph per character: reversed, brackets in their mirror's glyph. */
function mirroredHex(key: FontKey, font: EmbeddedFont, text: string): string {
  let hex = '';
  for (const ch of drawnRtl(text)) {
    const cp = ch.codePointAt(0)!;
    const mirror = mirrorOf(cp);
    hex += mirror === undefined ? glyphHex(key, font, cp) : ownHex(key, font, glyphIdOf(font, mirror), [cp]);
  }
  return hex;
}

function glyphIdOf(font: EmbeddedFont, cp: number): number {
  return font.font.layout(String.fromCodePoint(cp)).glyphs[0]!.id;
}

/**
 * A shaped run as text-showing operators: each glyph at the pen plus its offset, the pen moved by its advance
 * (TJ adjustments, in thousandths of the size, where these differ from the glyph's width); a mark raised or lowered
 * off the baseline gets a text rise of its own.
 */
function shapedOps(key: FontKey, font: EmbeddedFont, text: string, rtl: boolean, size: number): string {
  const run = shapeRun(key, text, rtl ? 'rtl' : 'ltr');
  const rise = size / (1000 / font.scale);
  let ops = '';
  let array = '';
  let hex = '';
  const flushHex = (): void => {
    if (hex !== '') array += `<${hex}>`;
    hex = '';
  };
  const adjust = (n: number): void => {
    if (Math.abs(n) < 1e-6) return;
    flushHex();
    array += ` ${num(n)} `;
  };
  const show = (): void => {
    flushHex();
    if (array !== '') ops += `[${array.trim()}] TJ\n`;
    array = '';
  };
  for (const g of run.glyphs) {
    const width = glyphOf(font, g.id).advanceWidth;
    const code = ownHex(key, font, g.id, g.codePoints);
    if (g.yOffset !== 0) {
      show();
      ops += `${num(g.yOffset * rise)} Ts\n`;
    }
    adjust(-g.xOffset * font.scale);
    hex += code;
    adjust((g.xOffset + width - g.xAdvance) * font.scale);
    if (g.yOffset !== 0) {
      show();
      ops += '0 Ts\n';
    }
  }
  show();
  return ops;
}

function fillOperator(doc: DocumentInternals, colour: string): string {
  let op = colourCache.get(colour);
  if (op === undefined) {
    const c = doc._normalizeColor(colour);
    if (c?.length !== 3) throw new Error(`not an RGB colour: ${colour}`);
    // Four decimals are finer than the 1/255 steps of an 8-bit colour.
    op = `${c.map((v) => Math.round(v * 1e4) / 1e4).join(' ')} rg`;
    colourCache.set(colour, op);
  }
  return op;
}

/** One run of text in one font, size and colour, `x` points from the page's left edge. */
export interface DrawnSegment {
  font: FontKey;
  size: number;
  color: string;
  text: string;
  x: number;
  /** Drawn right to left: `text` is in logical order. */
  rtl?: true;
}

/**
 * Draws the segments of one line with their baseline `baseline` points below the page's top, as one
 * text object. pdfkit's page space runs top-down, so the text matrix flips glyphs upright instead of
 * wrapping each segment in a save, a flipped transform and a restore; font and colour are set only
 * when they change along the line.
 */
export function drawSegments(pdf: PDFKit.PDFDocument, segments: readonly DrawnSegment[], baseline: number): void {
  let ops = '';
  let font: EmbeddedFont | undefined;
  let size = 0;
  let colour = '';
  const doc = internals(pdf);
  for (const s of segments) {
    const text = s.text.replace(/\n/g, '');
    if (text === '') continue;
    if (s.color !== colour) {
      ops += `${fillOperator(doc, s.color)}\n`;
      colour = s.color;
      doc._fillColor = [colour, undefined];
    }
    pdf.font(s.font);
    if (doc._font !== font || s.size !== size) {
      font = doc._font;
      size = s.size;
      pdf.fontSize(size);
      doc.page.fonts[font.id] ??= font.ref();
      ops += `/${font.id} ${num(size)} Tf\n`;
    }
    ops += `1 0 0 -1 ${num(s.x)} ${num(baseline)} Tm\n`;
    if (isShapedKey(s.font)) {
      ops += shapedOps(s.font, font, text, s.rtl === true, size);
      continue;
    }
    let hex = '';
    if (s.rtl) hex = mirroredHex(s.font, font, text);
    else for (const ch of text) hex += glyphHex(s.font, font, ch.codePointAt(0)!);
    ops += `<${hex}> Tj\n`;
  }
  if (ops !== '') doc.addContent(`BT\n${ops}ET`);
}

type LaidOut = {
  lines: readonly { segments: readonly { font: FontKey; text: string; rtl?: true }[] }[];
};

// The characters each layout draws, per font (for a shaped face, the stretches it shapes, by direction). Layouts are
// shared by every document in the process (text.ts), so most are worked out once however many kits are rendered.
const charsOf = new WeakMap<LaidOut, Map<FontKey, (number | string)[]>>();

function charsIn(layout: LaidOut): Map<FontKey, (number | string)[]> {
  let chars = charsOf.get(layout);
  if (!chars) {
    const sets = new Map<FontKey, Set<number | string>>();
    for (const line of layout.lines) {
      for (const s of line.segments) {
        let set = sets.get(s.font);
        if (!set) sets.set(s.font, (set = new Set()));
        if (isShapedKey(s.font)) {
          const text = s.text.replace(/\n/g, '');
          if (text !== '') set.add(`${s.rtl ? 'r' : 'l'}${text}`);
        } else
          for (const ch of s.text) {
            if (ch === '\n') continue;
            const cp = ch.codePointAt(0)!;
            // A bracket drawn right to left is drawn with its mirror's glyph, standing for itself.
            set.add(s.rtl && mirrorOf(cp) !== undefined ? `m${cp}` : cp);
          }
      }
    }
    chars = new Map([...sets].map(([font, set]) => [font, [...set]]));
    charsOf.set(layout, chars);
  }
  return chars;
}

/**
 * Adds to each font's subset, in code point order, every character the laid-out text will draw.
 * Subset glyph ids follow the order glyphs are first used, which otherwise starts with the cover
 * (client name, address): with a fixed order, kits whose text uses the same characters get
 * byte-identical font subsets, encoded once per process (reuse.ts). Text laid out only to be measured
 * adds its glyphs too: a slightly larger subset, never a wrong one. A shaped face's glyphs go in by
 * glyph id and the characters each stands for.
 */
export function registerGlyphs(pdf: PDFKit.PDFDocument, layouts: readonly LaidOut[]): void {
  const used = new Map<FontKey, Set<number | string>>();
  for (const layout of layouts) {
    for (const [font, chars] of charsIn(layout)) {
      let set = used.get(font);
      if (!set) used.set(font, (set = new Set()));
      for (const cp of chars) set.add(cp);
    }
  }
  const doc = internals(pdf);
  for (const key of [...used.keys()].sort()) {
    if (!FIXED_KEYS.has(key)) pdf.registerFont(key, fontFor(key) as unknown as Buffer);
    pdf.font(key);
    const font = doc._font;
    if (isShapedKey(key)) {
      registerShaped(key, font, used.get(key)! as Set<string>);
      continue;
    }
    const chars = [...used.get(key)!];
    for (const cp of (chars.filter((c) => typeof c === 'number') as number[]).sort((a, b) => a - b))
      glyphHex(key, font, cp);
    const mirrored = chars.filter((c) => typeof c === 'string').map((c) => Number(c.slice(1)));
    for (const cp of mirrored.sort((a, b) => a - b)) ownHex(key, font, glyphIdOf(font, mirrorOf(cp)!), [cp]);
  }
}

function registerShaped(key: FontKey, font: EmbeddedFont, stretches: Set<string>): void {
  const glyphs = new Map<string, ShapedGlyph>();
  for (const s of stretches)
    for (const g of shapeRun(key, s.slice(1), s[0] === 'r' ? 'rtl' : 'ltr').glyphs)
      glyphs.set(`${g.id}|${g.codePoints.join(',')}`, g);
  const order = [...glyphs.values()].sort(
    (a, b) => a.id - b.id || a.codePoints.join(',').localeCompare(b.codePoints.join(',')),
  );
  for (const g of order) ownHex(key, font, g.id, g.codePoints);
}
