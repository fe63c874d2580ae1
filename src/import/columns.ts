// Two columns of points side by side, each under a heading: PowerPoint's Comparison layout (a heading placeholder over
// each content placeholder), or its Two Content layout and pandoc's `:::: columns` (the heading the column's first
// line, its points a list under it). Where the points pair up (as many on each side, none nested) they are a
// comparison: the headings its columns, each pair of points a row. The slide names no aspect for a row, so the
// comparison has none (content-format.md: a comparison without aspects). Where they do not pair up, each column
// stays a list under its heading, one after the other; the report says which it did.

import { escapeText } from './inline.js';
import type { Block, Loss, Paragraph, Piece } from './types.js';

type TextPiece = Extract<Piece, { kind: 'text' }>;

interface Column {
  heading: Paragraph;
  points: Paragraph[];
}

export interface Columns {
  blocks: Block[];
  /** Paragraphs carried. */
  carried: number;
  /** Rows of pieces used: 2 where the headings are pieces of their own above the points. */
  rows: number;
  loss: Loss;
}

/**
 * The row's two columns (with the row under it where the headings stand apart), or undefined where the row is not
 * two headed columns of points. `first`: nothing comes before them on the slide, so a comparison may fill it; `picture`: a picture stands under a
 * column, part of it (a comparison would part them).
 */
export function columnsOf(
  row: readonly Piece[],
  next: readonly Piece[] | undefined,
  where: { first: boolean; slide: number; picture?: boolean },
): Columns | undefined {
  const found = apart(row, next) ?? within(row);
  if (!found) return undefined;
  const [left, right] = found.columns;
  const words = (c: Column) => `“${c.heading.plain}” (${c.points.length} point${c.points.length === 1 ? '' : 's'})`;
  const nested = [left, right].some((c) => c.points.some((p) => p.level > 0));
  const carried = 2 + left.points.length + right.points.length;
  const long = [left, right].flatMap((c) => [c.heading, ...c.points]).flatMap((p) => tooLong(p.plain))[0];
  if (left.points.length === right.points.length && !nested && where.first && !long && !where.picture) {
    const formatted = [left, right].some((c) => [c.heading, ...c.points].some(hasMarks));
    return {
      blocks: [
        {
          kind: 'comparison',
          columns: [left.heading.plain, right.heading.plain],
          rows: left.points.map((p, k) => ({ values: [p.plain, right.points[k]!.plain] })),
        },
      ],
      carried,
      rows: found.rows,
      loss: {
        slide: where.slide,
        kind: 'layout',
        message: `two columns side by side, ${words(left)} and ${words(right)}, became a comparison (in comparisons/, shown with \`::comparison\`) whose rows pair their points in order: check that each row's two points belong together${formatted ? '; its cells are plain text, so bold, italics, code and links in them are not carried' : ''}`,
      },
    };
  }
  const why = nested
    ? 'they have points nested under points'
    : left.points.length !== right.points.length
      ? 'their points do not pair up row by row'
      : long
        ? `a word in them is too long for a column of a comparison (“${long.length > 40 ? `${long.slice(0, 40)}…` : long}”)`
        : where.picture
          ? 'a picture stands under a column, part of it'
          : 'text comes before them on the slide';
  const under = (c: Column): Block[] => [
    found.rows === 2
      ? { kind: 'heading', markdown: c.heading.markdown }
      : { kind: 'paragraphs', paragraphs: [c.heading] },
    { kind: 'paragraphs', paragraphs: c.points },
  ];
  return {
    blocks: [...under(left), ...under(right)],
    carried,
    rows: found.rows,
    loss: {
      slide: where.slide,
      kind: 'layout',
      message: `two columns side by side, ${words(left)} and ${words(right)}, are not a comparison, as ${why}: each is a list under its heading, one after the other, left to right${where.picture ? ', and the picture after them' : ''}`,
    },
  };
}

/** Two one-line headings side by side over two columns of points side by side (the Comparison layout). */
function apart(
  heads: readonly Piece[],
  lists: readonly Piece[] | undefined,
): { columns: [Column, Column]; rows: 2 } | undefined {
  const [h, l] = [pair(heads), pair(lists)];
  if (!h || !l || h.some((p) => p.paragraphs.length !== 1) || l.some((p) => p.paragraphs.length === 0))
    return undefined;
  // One line over one line is two rows of text, not a heading over a column.
  if (l.every((p) => p.paragraphs.length < 2)) return undefined;
  return {
    columns: [
      { heading: h[0].paragraphs[0]!, points: l[0].paragraphs },
      { heading: h[1].paragraphs[0]!, points: l[1].paragraphs },
    ],
    rows: 2,
  };
}

/** Two columns whose first line is a heading (not a list item) over a list (Two Content, pandoc's columns). */
function within(row: readonly Piece[]): { columns: [Column, Column]; rows: 1 } | undefined {
  const p = pair(row);
  if (!p) return undefined;
  const column = (piece: TextPiece): Column | undefined => {
    const [heading, ...points] = piece.paragraphs;
    return heading && heading.marker === 'none' && points.length > 0 && points.every((q) => q.marker !== 'none')
      ? { heading, points }
      : undefined;
  };
  const [left, right] = [column(p[0]), column(p[1])];
  return left && right ? { columns: [left, right], rows: 1 } : undefined;
}

/**
 * Words longer than a comparison's column holds at its smallest size (two columns across a slide: about 40 letters;
 * a web address is the usual one). Ideographs break anywhere, so they part words too.
 */
function tooLong(text: string): string[] {
  return text
    .split(/[\s\p{Ideographic}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]+/u)
    .filter((w) => w.length > MAX_WORD);
}

const MAX_WORD = 40;

function pair(row: readonly Piece[] | undefined): [TextPiece, TextPiece] | undefined {
  return row?.length === 2 && row.every((p) => p.kind === 'text') ? (row as [TextPiece, TextPiece]) : undefined;
}

/** Bold, italics, code or a link in the paragraph's Markdown (its escapes aside). */
const hasMarks = (p: Paragraph) =>
  p.markdown !== escapeText(p.plain) && /[*`]|\]\(/.test(p.markdown.replace(/\\./g, ''));
