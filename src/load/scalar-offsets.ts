// Where each character of a YAML string was written in its file. A scalar's value differs from what the file shows
// by indentation, quotes, escapes and folded line breaks, and a diagnostic about a word in a Markdown field must point
// at that word, not at the field.

/** What one piece of the written scalar adds to its value, and where that piece is in the file. */
interface Piece {
  text: string;
  from: number;
  to: number;
}

export interface WrittenScalar {
  /** The yaml package's scalar types: PLAIN, QUOTE_SINGLE, QUOTE_DOUBLE, BLOCK_LITERAL, BLOCK_FOLDED. */
  type: string;
  /** Where the scalar starts and its value ends in the file (a block's header included, a flow scalar's quotes too). */
  start: number;
  end: number;
}

/**
 * The file offset of each character of `value` (the scalar's parsed value), and one more for where it ends.
 * Pieces of the source are matched to the value in order; a line break the value folded into a space, or dropped
 * before blank lines, is the only thing the value may hold differently. Should a piece not match (a form of YAML
 * this reading does not know), the rest of the value is placed where the last piece that matched ends.
 */
export function valueOffsets(file: string, scalar: WrittenScalar, value: string): number[] {
  const pieces = scalar.type.startsWith('BLOCK') ? blockPieces(file, scalar, value) : flowPieces(file, scalar);
  const offsets: number[] = [];
  let end = scalar.type.startsWith('QUOTE') ? scalar.start + 1 : scalar.start;
  for (const piece of pieces) {
    if (offsets.length >= value.length) break;
    if (value.startsWith(piece.text, offsets.length)) {
      for (let k = 0; k < piece.text.length; k++) offsets.push(piece.from);
    } else if (piece.text === '\n') {
      // A folded line break: a space in the value, or nothing where blank lines follow.
      if (value[offsets.length] === ' ') offsets.push(piece.from);
    } else {
      break;
    }
    end = piece.to;
  }
  while (offsets.length <= value.length) offsets.push(end);
  return offsets;
}

/** A block scalar (`|` or `>`): its lines after the header, each without the block's indentation. */
function blockPieces(file: string, scalar: WrittenScalar, value: string): Piece[] {
  const header = file.indexOf('\n', scalar.start);
  if (header < 0 || header >= scalar.end) return [];
  const lines = lineStarts(file, header + 1, scalar.end);
  // The block's indentation: how much further the first line with text is indented in the file than in the value
  // (an indentation indicator, `|2`, leaves some of it in the value).
  const first = lines.find(([from, to]) => file.slice(from, to).trim() !== '');
  const firstValueLine = value.split('\n').find((line) => line.trim() !== '') ?? '';
  const indent = first ? leadingSpaces(file.slice(first[0], first[1])) - leadingSpaces(firstValueLine) : 0;
  const pieces: Piece[] = [];
  for (const [from, to] of lines) {
    const skip = Math.min(indent, leadingSpaces(file.slice(from, to)));
    for (let i = from + skip; i < to; i++) pieces.push({ text: file[i]!, from: i, to: i + 1 });
    if (to < scalar.end) pieces.push({ text: '\n', from: to, to: to + 1 });
  }
  return pieces;
}

/** A plain or quoted scalar: quotes and escapes read, and the blank space around each line break gone. */
function flowPieces(file: string, scalar: WrittenScalar): Piece[] {
  const quoted = scalar.type.startsWith('QUOTE');
  const from = quoted ? scalar.start + 1 : scalar.start;
  const to = quoted ? scalar.end - 1 : scalar.end;
  const lines = lineStarts(file, from, to);
  const pieces: Piece[] = [];
  lines.forEach(([start, end], index) => {
    const line =
      scalar.type === 'QUOTE_DOUBLE'
        ? doubleQuoted(file, start, end)
        : scalar.type === 'QUOTE_SINGLE'
          ? singleQuoted(file, start, end)
          : plain(file, start, end);
    const last = index === lines.length - 1;
    let first = 0;
    if (index > 0) while (first < line.pieces.length && isBlank(line.pieces[first]!)) first++;
    let after = line.pieces.length;
    if (!last && !line.escapedBreak) while (after > first && isBlank(line.pieces[after - 1]!)) after--;
    pieces.push(...line.pieces.slice(first, after));
    if (!last && !line.escapedBreak) pieces.push({ text: '\n', from: end, to: end + 1 });
  });
  return pieces;
}

interface Line {
  pieces: Piece[];
  /** The line ends in a backslash: its line break is not part of the value, not even as a space. */
  escapedBreak: boolean;
}

function plain(file: string, start: number, end: number): Line {
  const pieces: Piece[] = [];
  for (let i = start; i < end; i++) pieces.push({ text: file[i]!, from: i, to: i + 1 });
  return { pieces, escapedBreak: false };
}

function singleQuoted(file: string, start: number, end: number): Line {
  const pieces: Piece[] = [];
  for (let i = start; i < end; i++) {
    const doubled = file[i] === "'" && file[i + 1] === "'";
    pieces.push({ text: file[i]!, from: i, to: doubled ? i + 2 : i + 1 });
    if (doubled) i++;
  }
  return { pieces, escapedBreak: false };
}

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\x85',
  _: '\xa0',
  L: '\u2028',
  P: '\u2029',
};
const HEX_DIGITS: Record<string, number> = { x: 2, u: 4, U: 8 };

function doubleQuoted(file: string, start: number, end: number): Line {
  const pieces: Piece[] = [];
  for (let i = start; i < end; i++) {
    if (file[i] !== '\\') {
      pieces.push({ text: file[i]!, from: i, to: i + 1 });
      continue;
    }
    if (i + 1 >= end) return { pieces, escapedBreak: true };
    const letter = file[i + 1]!;
    const digits = HEX_DIGITS[letter];
    if (digits !== undefined) {
      const code = Number.parseInt(file.slice(i + 2, i + 2 + digits), 16);
      pieces.push({ text: Number.isNaN(code) ? letter : String.fromCodePoint(code), from: i, to: i + 2 + digits });
      i += 1 + digits;
    } else {
      pieces.push({ text: ESCAPES[letter] ?? letter, from: i, to: i + 2 });
      i++;
    }
  }
  return { pieces, escapedBreak: false };
}

/** Written blank space, which folding removes around a line break (an escaped space or tab is not). */
function isBlank(piece: Piece): boolean {
  return piece.to - piece.from === 1 && (piece.text === ' ' || piece.text === '\t');
}

/** The lines between `from` and `to` as [start, end) pairs, line breaks excluded. */
function lineStarts(file: string, from: number, to: number): [number, number][] {
  const lines: [number, number][] = [];
  let start = from;
  for (;;) {
    const br = file.indexOf('\n', start);
    if (br < 0 || br >= to) {
      lines.push([start, to]);
      return lines;
    }
    lines.push([start, br]);
    start = br + 1;
  }
}

function leadingSpaces(line: string): number {
  return /^ */.exec(line)![0].length;
}
