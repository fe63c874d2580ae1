// Parses each font file once per process (or worker) for every user: the PDF renderer and the slide measurer share one copy.
import { readFileSync } from 'node:fs';
import { create } from 'fontkit';

const parsed = new Map<string, unknown>();

/** The fontkit font for a file, parsed on first use; callers type it with the slice of fontkit they use. */
export function openFont<T>(path: string): T {
  let font = parsed.get(path);
  if (font === undefined) {
    font = create(readFileSync(path));
    parsed.set(path, font);
  }
  return font as T;
}

/** The fontkit font for bytes already in memory (a font file of the content), parsed once per `key`. */
export function openFontBytes<T>(key: string, bytes: Uint8Array): T {
  let font = parsed.get(key);
  if (font === undefined) {
    font = create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    parsed.set(key, font);
  }
  return font as T;
}

interface GlyphSource<G> {
  glyphForCodePoint(cp: number): G;
}

/**
 * A code point's glyph, read so its metrics can be taken. Carlito's no-break space is an empty glyph whose
 * outline fontkit cannot read (its advance throws); it is drawn as a space, so it takes the space's glyph.
 */
export function readableGlyph<G extends { advanceWidth: number }>(font: GlyphSource<G>, cp: number): G {
  const glyph = font.glyphForCodePoint(cp);
  try {
    void glyph.advanceWidth;
    return glyph;
  } catch (error) {
    if (cp === 0xa0) return font.glyphForCodePoint(0x20);
    throw error;
  }
}
