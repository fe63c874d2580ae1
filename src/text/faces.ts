// The font files text is measured and printed with, one key each, and their glyph advances: the one measurer under the
// slides' metrics (slide-fonts.ts) and the PDFs' (render/pdf/fonts.ts), so a width is worked out one way wherever it is needed.

import { readFileSync } from 'node:fs';
import { CJK_FACES, type CjkFace, cjkFiles } from './cjk.js';
import {
  arimoFiles,
  caladeaFiles,
  carlitoFiles,
  dejavuFiles,
  dejavuSerifFiles,
  notoEmojiFile,
  tinosFiles,
} from './font-files.js';
import { openFont, openFontBytes, readableGlyph } from './open-font.js';
import { type RtlScript, rtlFiles } from './rtl.js';

/**
 * One font file: `arimo-bold`, `carlito-italic`, `tinos-regular`, `caladea-boldItalic`, `dejavu-regular` (DejaVu Sans),
 * `dejavuSerif-bold`, `dejavu-mono`, `emoji` (Noto Emoji), an east-Asian face where installed (`cjk-jp-bold`), a
 * right-to-left script's face (`hebrew-regular`, `arabic-bold`), or a
 * content's own file, `file:<id>:<variant>`.
 */
export type FontKey = string;

import type { Variant } from '../model/font-file.js';

export type { Variant };

/** A font file the content supplies (a brand font): its bytes, under a key unique to them. */
export interface SuppliedFace {
  key: string;
  bytes: Uint8Array;
}
const supplied = new Map<string, Partial<Record<Variant, SuppliedFace>>>();

/** Makes a content's font files known as family `file:<id>`, style by style. */
export function registerSupplied(id: string, faces: Partial<Record<Variant, SuppliedFace>>): void {
  if (!supplied.has(id)) supplied.set(id, faces);
}

/** A content's font file for a style, as registered. */
export function suppliedFace(id: string, variant: Variant): SuppliedFace | undefined {
  return supplied.get(id)?.[variant];
}

/** The slice of fontkit's font object the measurer uses (fontkit ships no types). */
interface MeasuredFont {
  unitsPerEm: number;
  hasGlyphForCodePoint(cp: number): boolean;
  glyphForCodePoint(cp: number): { advanceWidth: number };
}

let files: Record<FontKey, string> | undefined;

function bundledFiles(): Record<FontKey, string> {
  const d = dejavuFiles();
  const styles = (name: string, of: Record<Variant, string>) =>
    Object.fromEntries(Object.entries(of).map(([style, file]) => [`${name}-${style}`, file]));
  return {
    ...styles('arimo', arimoFiles()),
    ...styles('carlito', carlitoFiles()),
    ...styles('tinos', tinosFiles()),
    ...styles('caladea', caladeaFiles()),
    ...styles('dejavu', { regular: d.regular, bold: d.bold, italic: d.italic, boldItalic: d.boldItalic }),
    ...styles('dejavuSerif', dejavuSerifFiles()),
    'dejavu-mono': d.mono,
    emoji: notoEmojiFile(),
  };
}

/** The bytes of a key's font file, as the PDFs embed it (the preview hands the same file to the browser). */
export function fontFileBytes(key: FontKey): Uint8Array {
  if (key.startsWith('file:')) {
    const at = key.lastIndexOf(':');
    const face = suppliedFace(key.slice(5, at), key.slice(at + 1) as Variant);
    if (!face) throw new Error(`no font file registered as ${key}`);
    return face.bytes;
  }
  return readFileSync(fileOf(key));
}

/** The parsed font of a key (parsed once per process, shared by every user); callers type it with the slice they use. */
export function fontOf<T>(key: FontKey): T {
  if (key.startsWith('file:')) {
    const at = key.lastIndexOf(':');
    const face = suppliedFace(key.slice(5, at), key.slice(at + 1) as Variant);
    if (!face) throw new Error(`no font file registered as ${key}`);
    return openFontBytes<T>(face.key, face.bytes);
  }
  return openFont<T>(fileOf(key));
}

function fileOf(key: FontKey): string {
  const cjk = /^cjk-(sc|tc|jp|kr)-(regular|bold)$/.exec(key);
  const rtl = /^(hebrew|arabic)-(regular|bold)$/.exec(key);
  const file = cjk
    ? cjkFiles(cjk[1] as CjkFace)?.[cjk[2] as 'regular' | 'bold']
    : rtl
      ? rtlFiles(rtl[1] as RtlScript)[rtl[2] as 'regular' | 'bold']
      : (files ??= bundledFiles())[key];
  if (!file) throw new Error(`no font file for ${key}`);
  return file;
}

/** The key of a right-to-left script's face in a style (`hebrew-bold`): Noto Sans Hebrew or Arabic, italic drawn upright. */
export function rtlKey(script: RtlScript, bold: boolean): FontKey {
  return `${script}-${bold ? 'bold' : 'regular'}`;
}

/** The key of an east-Asian face in a style: italic is drawn upright, as the clients draw CJK text. */
export function cjkKey(face: CjkFace, bold: boolean): FontKey {
  return `cjk-${face}-${bold ? 'bold' : 'regular'}`;
}

const installed = new Map<string, boolean>();

/** Whether a face is installed, looked up once per process and folder. */
export function cjkInstalled(face: CjkFace): boolean {
  const at = `${face}|${process.env.WORKSHOP_KIT_CJK_FONT_DIR ?? ''}`;
  let found = installed.get(at);
  if (found === undefined) installed.set(at, (found = cjkFiles(face) !== undefined));
  return found;
}

/**
 * The advance in em of an east-Asian character, the widest among the installed faces that have it (text is
 * measured with these stand-ins for the faces PowerPoint draws: Yu Gothic, Microsoft YaHei...); undefined where none has it.
 */
export function cjkAdvanceEm(cp: number, bold: boolean): number | undefined {
  let w: number | undefined;
  for (const face of CJK_FACES) {
    if (!cjkInstalled(face)) continue;
    const own = advanceEm(cjkKey(face, bold), cp);
    if (own !== undefined) w = Math.max(w ?? 0, own);
  }
  return w;
}

// Advances in font units per code point, -1 until looked up: widths are asked for every word laid out.
const advances = new Map<FontKey, { bmp: Int32Array; astral: Map<number, number> }>();
const ems = new Map<FontKey, number>();

/** The advance, in font units, of the glyph a font draws for a code point (its .notdef where it has none). */
export function advanceUnits(key: FontKey, cp: number): number {
  let table = advances.get(key);
  if (!table) advances.set(key, (table = { bmp: new Int32Array(0x10000).fill(-1), astral: new Map() }));
  if (cp < 0x10000) {
    let w = table.bmp[cp]!;
    if (w < 0) table.bmp[cp] = w = readableGlyph(fontOf<MeasuredFont>(key), cp).advanceWidth;
    return w;
  }
  let w = table.astral.get(cp);
  if (w === undefined) table.astral.set(cp, (w = readableGlyph(fontOf<MeasuredFont>(key), cp).advanceWidth));
  return w;
}

export function unitsPerEm(key: FontKey): number {
  let em = ems.get(key);
  if (em === undefined) ems.set(key, (em = fontOf<MeasuredFont>(key).unitsPerEm));
  return em;
}

export function covers(key: FontKey, cp: number): boolean {
  return fontOf<MeasuredFont>(key).hasGlyphForCodePoint(cp);
}

/** A code point's advance in em in a font, undefined where the font has no glyph for it. */
export function advanceEm(key: FontKey, cp: number): number | undefined {
  return covers(key, cp) ? advanceUnits(key, cp) / unitsPerEm(key) : undefined;
}
