// The slides' metrics: glyph advances of the metric twins of the fonts the deck names, per face, cached per code point.
import { isCjk } from './cjk.js';
import { advanceEm, cjkAdvanceEm, type FontKey, rtlKey, suppliedFace, type Variant } from './faces.js';
import { isArabic, isHebrew, type RtlScript } from './rtl.js';
import { shapedEm } from './shaping.js';

export { registerSupplied, type SuppliedFace, suppliedFace, type Variant } from './faces.js';

/**
 * The metrics text is measured with: Arial's (Arimo), Calibri's (Carlito), Times New Roman's
 * (Tinos), Cambria's (Caladea), or DejaVu Sans, the face LibreOffice draws a font it has no twin
 * for in, and wider than most fonts PowerPoint would use.
 */
export type MeasureFamily = 'arial' | 'calibri' | 'times' | 'cambria' | 'wide' | `file:${string}`;

/** The face a run is set in: one of the families in four styles, or the monospace face. */
export interface FaceStyle {
  family?: MeasureFamily;
  bold?: boolean;
  italic?: boolean;
  /** Courier New / Liberation Mono: every glyph is 0.6 em wide. */
  mono?: boolean;
}

const MONO_ADVANCE = 1229 / 2048;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;

/** Advance widths in em for one face, filled lazily so only glyphs a deck uses are ever looked up. */
export class FaceMetrics {
  private readonly cache = new Map<number, number>();
  /** `keys`: the face's fonts, in order. `widest`: every font is a stand-in, and a glyph takes the widest advance among them. */
  constructor(
    private readonly keys: readonly FontKey[],
    private readonly fallback: FontKey,
    private readonly widest = false,
    private readonly bold = false,
  ) {
    // The main font is parsed at once, so warming a face up (render threads do) loads it.
    advanceEm(keys[0]!, 0x20);
  }

  /** Advance of one code point in em; a glyph the face lacks is measured in DejaVu, which is wider than most substitutes, then in Noto Emoji; a pictograph at least as wide as Noto Emoji draws it. */
  advance(cp: number): number {
    let w = this.cache.get(cp);
    if (w === undefined) {
      // East-Asian characters are drawn in the run's east-Asian face (`a:ea`), whatever the deck's font has.
      if (isCjk(cp)) w = cjkAdvanceEm(cp, this.bold);
      const cjk = w !== undefined;
      for (let i = 0; !cjk && i < this.keys.length && (w === undefined || this.widest); i++) {
        const own = advanceEm(this.keys[i]!, cp);
        if (own !== undefined) w = Math.max(w ?? 0, own);
      }
      w ??= advanceEm(this.fallback, cp);
      // Emoji: the clients draw their own colour emoji, about as wide as Noto Emoji's 1.27 em, also for
      // pictographs a font here has a narrower glyph for (DejaVu's ❤ is 0.84 em): the wider of the two.
      if (w === undefined) w = emojiAdvance(cp) ?? 1;
      else if (isPictograph(cp)) w = Math.max(w, emojiAdvance(cp) ?? 0);
      this.cache.set(cp, w);
    }
    return w;
  }
}

/** Noto Emoji's advance for a code point, undefined where it has no glyph. */
function emojiAdvance(cp: number): number | undefined {
  return advanceEm('emoji', cp);
}

function isPictograph(cp: number): boolean {
  return PICTOGRAPH.test(String.fromCodePoint(cp));
}

const monoEmojiCache = new Map<number, number>();
function monoEmoji(cp: number): number {
  let w = monoEmojiCache.get(cp);
  if (w === undefined) monoEmojiCache.set(cp, (w = emojiAdvance(cp) ?? 0));
  return w;
}

const faces = new Map<string, FaceMetrics>();
const TWINS: Record<string, string> = { arial: 'arimo', calibri: 'carlito', times: 'tinos', cambria: 'caladea' };

/** Metrics of a face, loaded once per process. */
export function faceMetrics(style: FaceStyle): FaceMetrics | 'mono' {
  if (style.mono) return 'mono';
  const family = style.family ?? 'arial';
  const variant: Variant = style.bold ? (style.italic ? 'boldItalic' : 'bold') : style.italic ? 'italic' : 'regular';
  const key = `${family} ${variant}`;
  let face = faces.get(key);
  if (!face) {
    // A font without a twin is drawn by LibreOffice in DejaVu Sans or DejaVu Serif (fontconfig decides): the wider of the two.
    const wide = [`dejavu-${variant}`, `dejavuSerif-${variant}`];
    const own =
      family.startsWith('file:') && suppliedFace(family.slice(5), variant) ? [`${family}:${variant}`] : undefined;
    const twin = TWINS[family];
    const main = own ?? (twin ? [`${twin}-${variant}`] : wide);
    face = new FaceMetrics(main, `dejavu-${variant}`, main === wide, style.bold === true);
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
  let script: RtlScript | undefined;
  let chunk = '';
  let chunkW = 0;
  const endChunk = (): void => {
    // Hebrew and Arabic: the wider of the face's own glyphs (Arimo has Hebrew, as Arial has both) and the Noto face
    // the PDFs print them in, shaped; PowerPoint and LibreOffice draw them in Arial or a stand-in of their own. Arimo
    // has no Arabic: LibreOffice joins it in DejaVu Sans, so that is measured shaped too, not letter by letter (the
    // isolated forms are a third wider, and lines measured so break early and come out unbalanced).
    const bold = style.bold === true;
    if (script === 'arabic')
      w += Math.max(shapedEm(`dejavu-${bold ? 'bold' : 'regular'}`, chunk), shapedEm(rtlKey(script, bold), chunk));
    else if (script) w += Math.max(chunkW, shapedEm(rtlKey(script, bold), chunk));
    script = undefined;
    chunk = '';
    chunkW = 0;
  };
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    const own = cp < 0x0590 ? undefined : isHebrew(cp) ? 'hebrew' : isArabic(cp) ? 'arabic' : undefined;
    if (own !== script) endChunk();
    if (own) {
      script = own;
      chunk += String.fromCodePoint(cp);
      chunkW += face.advance(cp);
    } else w += face.advance(cp);
  }
  endChunk();
  return w;
}
