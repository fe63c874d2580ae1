// Glyph advance widths of the metric twins of the fonts the documents name, cached per code point.
import { arimoFiles, caladeaFiles, carlitoFiles, dejavuFiles, dejavuSerifFiles, notoEmojiFile, tinosFiles } from './font-files.js';
import { openFont, openFontBytes, readableGlyph } from './open-font.js';

/**
 * The metrics text is measured with: Arial's (Arimo), Calibri's (Carlito), Times New Roman's
 * (Tinos), Cambria's (Caladea), or DejaVu Sans, the face LibreOffice draws a font it has no twin
 * for in, and wider than most fonts PowerPoint would use.
 */
export type MeasureFamily = 'arial' | 'calibri' | 'times' | 'cambria' | 'wide' | `file:${string}`;

export type Variant = 'regular' | 'bold' | 'italic' | 'boldItalic';

/** A font file the content supplies (a brand font), registered under `file:<key>` before it is measured. */
export interface SuppliedFace {
  key: string;
  bytes: Uint8Array;
}
const supplied = new Map<string, Partial<Record<Variant, SuppliedFace>>>();

/** Makes a content's font files measurable as family `file:<id>`; a style the files lack is measured with DejaVu Sans. */
export function registerSupplied(id: string, faces: Partial<Record<Variant, SuppliedFace>>): void {
  if (!supplied.has(id)) supplied.set(id, faces);
}

/** A content's font file for a style, as registered (the PDFs embed the very file the slides were measured with). */
export function suppliedFace(id: string, variant: Variant): SuppliedFace | undefined {
  return supplied.get(id)?.[variant];
}

/** The face a run is set in: one of the families in four styles, or the monospace face. */
export interface FaceStyle {
  family?: MeasureFamily;
  bold?: boolean;
  italic?: boolean;
  /** Courier New / Liberation Mono: every glyph is 0.6 em wide. */
  mono?: boolean;
}

// fontkit ships no types; this is the little of it we use.
interface FkGlyph {
  advanceWidth: number;
}
interface FkFont {
  unitsPerEm: number;
  hasGlyphForCodePoint(cp: number): boolean;
  glyphForCodePoint(cp: number): FkGlyph;
}

const MONO_ADVANCE = 1229 / 2048;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;

/** Advance widths in em for one face, filled lazily so only glyphs a deck uses are ever looked up. */
export class FaceMetrics {
  private readonly cache = new Map<number, number>();
  private readonly fonts: (FkFont | undefined)[];
  private fallback: FkFont | undefined;
  /** `paths`: the face's files, first the one that covers most text (a family split by script opens the others when needed). */
  /** `widest`: every file is a stand-in, and a glyph takes the widest advance among them. */
  constructor(
    private readonly paths: readonly (string | SuppliedFace)[],
    private readonly fallbackPath: string,
    private readonly widest = false,
  ) {
    // The main file is parsed at once, so warming a face up (render threads do) loads its font.
    this.fonts = paths.map((path, i) => (i === 0 ? open(path) : undefined));
  }

  /** Advance of one code point in em; a glyph the face lacks is measured in DejaVu, which is wider than most substitutes, then in Noto Emoji; a pictograph at least as wide as Noto Emoji draws it. */
  advance(cp: number): number {
    let w = this.cache.get(cp);
    if (w === undefined) {
      for (let i = 0; i < this.paths.length && (w === undefined || this.widest); i++) {
        const own = measureGlyph((this.fonts[i] ??= open(this.paths[i]!)), cp);
        if (own !== undefined) w = Math.max(w ?? 0, own);
      }
      if (w === undefined) {
        this.fallback ??= open(this.fallbackPath);
        w = measureGlyph(this.fallback, cp);
      }
      // Emoji: the clients draw their own colour emoji, about as wide as Noto Emoji's 1.27 em, also for
      // pictographs a font here has a narrower glyph for (DejaVu's ❤ is 0.84 em): the wider of the two.
      if (w === undefined) w = emojiAdvance(cp) ?? 1;
      else if (isPictograph(cp)) w = Math.max(w, emojiAdvance(cp) ?? 0);
      this.cache.set(cp, w);
    }
    return w;
  }
}

let emojiFont: FkFont | undefined;
/** Noto Emoji's advance for a code point, undefined where it has no glyph. */
function emojiAdvance(cp: number): number | undefined {
  emojiFont ??= open(notoEmojiFile());
  return measureGlyph(emojiFont, cp);
}

function isPictograph(cp: number): boolean {
  return PICTOGRAPH.test(String.fromCodePoint(cp));
}

function measureGlyph(font: FkFont, cp: number): number | undefined {
  if (!font.hasGlyphForCodePoint(cp)) return undefined;
  return readableGlyph(font, cp).advanceWidth / font.unitsPerEm;
}

const monoEmojiCache = new Map<number, number>();
function monoEmoji(cp: number): number {
  let w = monoEmojiCache.get(cp);
  if (w === undefined) monoEmojiCache.set(cp, (w = emojiAdvance(cp) ?? 0));
  return w;
}

const faces = new Map<string, FaceMetrics>();
function open(path: string | SuppliedFace): FkFont {
  return typeof path === 'string' ? openFont<FkFont>(path) : openFontBytes<FkFont>(path.key, path.bytes);
}

/** Metrics of a face, loaded once per process. */
export function faceMetrics(style: FaceStyle): FaceMetrics | 'mono' {
  if (style.mono) return 'mono';
  const family = style.family ?? 'arial';
  const variant = style.bold ? (style.italic ? 'boldItalic' : 'bold') : style.italic ? 'italic' : 'regular';
  const key = `${family} ${variant}`;
  let face = faces.get(key);
  if (!face) {
    const dejavu = dejavuFiles();
    const own = family.startsWith('file:') ? supplied.get(family.slice(5))?.[variant] : undefined;
    // A font without a twin is drawn by LibreOffice in DejaVu Sans or DejaVu Serif (fontconfig decides): the wider of the two.
    const wide = [dejavu[variant], dejavuSerifFiles()[variant]];
    const builtIn = {
      arial: () => [arimoFiles()[variant]],
      calibri: () => [carlitoFiles()[variant]],
      times: () => [tinosFiles()[variant]],
      cambria: () => [caladeaFiles()[variant]],
      wide: () => wide,
    };
    const main = own ? [own] : family.startsWith('file:') ? wide : builtIn[family as keyof typeof builtIn]();
    face = new FaceMetrics(main, dejavu[variant], main === wide);
    faces.set(key, face);
  }
  return face;
}

/** Width in em of a string in a face, without kerning (kerning only ever narrows Arial text). */
export function emWidth(text: string, style: FaceStyle): number {
  const face = faceMetrics(style);
  if (face === 'mono') {
    // Code is set in Courier New, an emoji in it in the client's colour emoji all the same.
    let w = 0;
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      w += isPictograph(cp) ? Math.max(MONO_ADVANCE, monoEmoji(cp)) : MONO_ADVANCE;
    }
    return w;
  }
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    w += face.advance(cp);
  }
  return w;
}
