// Glyph advance widths of the metric twins of the fonts the documents name, cached per code point.
import { arimoFiles, dejavuFiles } from './font-files.js';
import { openFont } from './open-font.js';

/** The face a run is set in: Arial (measured with Arimo) in four styles, or the monospace face. */
export interface FaceStyle {
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

/** Advance widths in em for one face, filled lazily so only glyphs a deck uses are ever looked up. */
export class FaceMetrics {
  private readonly cache = new Map<number, number>();
  private fallback: FkFont | undefined;
  constructor(
    private readonly font: FkFont,
    private readonly fallbackPath: string,
  ) {}

  /** Advance of one code point in em; a glyph the face lacks is measured in DejaVu, which is wider than most substitutes. */
  advance(cp: number): number {
    let w = this.cache.get(cp);
    if (w === undefined) {
      w = measureGlyph(this.font, cp);
      if (w === undefined) {
        this.fallback ??= open(this.fallbackPath);
        w = measureGlyph(this.fallback, cp) ?? 1;
      }
      this.cache.set(cp, w);
    }
    return w;
  }
}

function measureGlyph(font: FkFont, cp: number): number | undefined {
  if (!font.hasGlyphForCodePoint(cp)) return undefined;
  return font.glyphForCodePoint(cp).advanceWidth / font.unitsPerEm;
}

const faces = new Map<string, FaceMetrics>();
function open(path: string): FkFont {
  return openFont<FkFont>(path);
}

/** Metrics of a face, loaded once per process. */
export function faceMetrics(style: FaceStyle): FaceMetrics | 'mono' {
  if (style.mono) return 'mono';
  const key = `${style.bold ? 'b' : ''}${style.italic ? 'i' : ''}`;
  let face = faces.get(key);
  if (!face) {
    const arimo = arimoFiles();
    const dejavu = dejavuFiles();
    const [main, fb] = style.bold
      ? style.italic
        ? [arimo.boldItalic, dejavu.boldItalic]
        : [arimo.bold, dejavu.bold]
      : style.italic
        ? [arimo.italic, dejavu.italic]
        : [arimo.regular, dejavu.regular];
    face = new FaceMetrics(open(main), fb);
    faces.set(key, face);
  }
  return face;
}

/** Width in em of a string in a face, without kerning (kerning only ever narrows Arial text). */
export function emWidth(text: string, style: FaceStyle): number {
  const face = faceMetrics(style);
  if (face === 'mono') {
    let n = 0;
    for (const _ of text) n++;
    return n * MONO_ADVANCE;
  }
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    w += face.advance(cp);
  }
  return w;
}
