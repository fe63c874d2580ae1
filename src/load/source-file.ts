// Reads one content file and rejects what is not a text file we can parse (too big, empty, binary).
import { readFile, stat } from 'node:fs/promises';
import type { Diagnostic } from '../diagnostics.js';

export const MAX_FILE_BYTES = 1024 * 1024;

export interface TextFile {
  /** Content-relative path with forward slashes. */
  path: string;
  text: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a text file, returning a diagnostic instead when it is too large, empty, binary or not UTF-8. */
export async function readTextFile(absolute: string, path: string): Promise<TextFile | Diagnostic> {
  const at = { file: path, line: 1, column: 1 };
  let bytes: Uint8Array;
  try {
    const info = await stat(absolute);
    if (info.size > MAX_FILE_BYTES) {
      return {
        rule: 'file/too-large',
        message: `file is ${formatBytes(info.size)}; expected at most 1 MB`,
        source: at,
      };
    }
    bytes = await readFile(absolute);
  } catch (error) {
    return unreadable(error, path);
  }
  const decoded = decodeText(bytes, path);
  if ('rule' in decoded) return decoded;
  const { text } = decoded;
  const reference = unwritableReference(text, path);
  if (reference) return reference;
  return { path, text };
}

/**
 * A content file's bytes as text: refused when empty, UTF-16, binary, not UTF-8 or holding a control character; the
 * byte order mark dropped and line ends made `\n`. `pinpoint`: a byte that is not UTF-8 is reported where it is (a
 * list of names saved by a spreadsheet), not at the top of the file.
 */
export function decodeText(bytes: Uint8Array, path: string, pinpoint = false): TextFile | Diagnostic {
  const at = { file: path, line: 1, column: 1 };
  if (bytes.length === 0 || bytes.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09)) {
    return { rule: 'file/empty', message: 'file is empty; expected content', source: at };
  }
  if (isUtf16(bytes))
    return {
      rule: 'file/encoding',
      message: 'file is saved as UTF-16 (Windows calls it “Unicode”); save it as UTF-8',
      source: at,
    };
  const nul = bytes.indexOf(0);
  if (nul >= 0)
    return {
      rule: 'file/binary',
      message: 'file is binary (contains a NUL byte); expected UTF-8 text',
      source: positionOfByte(bytes, nul, path),
    };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const bad = pinpoint ? firstNonUtf8(bytes) : -1;
    return {
      rule: 'file/encoding',
      message:
        bad >= 0
          ? `file is not valid UTF-8 text (byte 0x${bytes[bad]!.toString(16).toUpperCase()} here reads as "${String.fromCharCode(bytes[bad]!)}" in Windows-1252); save it as UTF-8 (a spreadsheet calls it “CSV UTF-8”)`
          : 'file is not valid UTF-8 text; save it as UTF-8',
      source: bad >= 0 ? positionOfText(bytes, bad, path) : at,
    };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/\r\n?/g, '\n');
  const control = CONTROL.exec(text);
  if (control) return controlCharacter(text, control.index, path);
  return { path, text };
}

/** The index of the first byte that starts no valid UTF-8 sequence, or -1. */
function firstNonUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    try {
      utf8.decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return -1;
}

/** Line and column (in characters) of a byte, the text before it being valid UTF-8. */
function positionOfText(bytes: Uint8Array, index: number, file: string) {
  const before = new TextDecoder().decode(bytes.subarray(0, index)).replace(/^\uFEFF/, '');
  const lineStart = before.lastIndexOf('\n') + 1;
  return { file, line: before.split('\n').length, column: [...before.slice(lineStart).replace(/\r$/, '')].length + 1 };
}

/**
 * A word of more than MAX_WORD characters: slides and pages break it letter by letter, re-wrapping it on every page
 * and size tried, in time that grows with its square. Checked once a file parses, so a flood its parser refuses
 * (thousands of emphasis markers or brackets) keeps that rule's message.
 */
export function longWord(file: TextFile): Diagnostic | undefined {
  const long = LONG_WORD.exec(file.text);
  if (!long) return undefined;
  const line = file.text.slice(0, long.index).split('\n').length;
  const column = long.index - file.text.lastIndexOf('\n', long.index - 1);
  return {
    rule: 'file/long-word',
    message: `a word of ${long[0].length} characters without a space (${long[0].slice(0, 24)}…); slides and pages break such a word into lines letter by letter, which takes time that grows with its square: expected at most ${MAX_WORD} characters`,
    source: { file: file.path, line, column },
  };
}

/** The longest run of characters without a space a file may hold: a long web address is a few hundred. */
export const MAX_WORD = 1000;
const LONG_WORD = new RegExp(`[^\\s]{${MAX_WORD + 1},}`);

/**
 * Markdown turns `&#11;` into the character it names; one that names a control character or a
 * surrogate would print as a replacement box, so it is refused like the character itself.
 */
function unwritableReference(text: string, path: string): Diagnostic | undefined {
  for (const match of text.matchAll(/&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));/g)) {
    const code = match[1] !== undefined ? Number.parseInt(match[1], 16) : Number(match[2]);
    const unwritable =
      code === 0 || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff || CONTROL.test(String.fromCharCode(code));
    if (!unwritable) continue;
    const before = text.slice(0, match.index);
    const source = { file: path, line: before.split('\n').length, column: match.index - before.lastIndexOf('\n') };
    const name = CONTROL_NAMES[code] ? ` (${CONTROL_NAMES[code]})` : '';
    const hex = code.toString(16).toUpperCase().padStart(4, '0');
    return {
      rule: 'file/control-character',
      message: `${match[0]} writes the character U+${hex}${name}, which slides and PDFs cannot hold; delete it`,
      source,
    };
  }
  return undefined;
}

/**
 * Characters no artefact can hold: XML 1.0 forbids C0 controls other than tab and newline (a deck
 * holding one does not open), and C1 controls and non-characters print as nothing or as boxes.
 * They arrive pasted from other programs, so the file is refused where the first one is.
 */
export const CONTROL = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/;

const CONTROL_NAMES: Record<number, string> = {
  0: 'NUL',
  8: 'backspace',
  11: 'vertical tab',
  12: 'form feed',
  27: 'escape',
  127: 'delete',
};

export function controlCharacter(text: string, index: number, path: string): Diagnostic {
  const code = text.charCodeAt(index);
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  const column = index - before.lastIndexOf('\n');
  const name = CONTROL_NAMES[code] ? ` (${CONTROL_NAMES[code]})` : '';
  const hex = code.toString(16).toUpperCase().padStart(4, '0');
  return {
    rule: 'file/control-character',
    message: `invisible control character U+${hex}${name}: slides and PDFs cannot hold it; delete it (it usually comes with text pasted from another program)`,
    source: { file: path, line, column },
  };
}

/** UTF-16 text: a byte order mark, or a NUL byte beside every ASCII character of the first line. */
function isUtf16(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const head = bytes.subarray(0, Math.min(bytes.length, 64));
  let nulls = 0;
  for (let i = 0; i < head.length; i++) if (head[i] === 0) nulls++;
  return head.length >= 8 && nulls * 2 >= head.length - 1;
}

/** A file the user cannot read (permissions, a file removed while the build ran) as a diagnostic, not a crash. */
export function unreadable(error: unknown, path: string): Diagnostic {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === 'EACCES' || code === 'EPERM'
      ? 'permission denied'
      : code === 'ENOENT'
        ? 'it disappeared while the build ran'
        : code === 'EISDIR'
          ? 'it is a folder'
          : (code ?? String(error));
  return {
    rule: 'file/unreadable',
    message: `cannot read the file: ${why}`,
    source: { file: path, line: 1, column: 1 },
  };
}

function positionOfByte(bytes: Uint8Array, index: number, file: string) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { file, line, column: index - lineStart + 1 };
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}
