// The pieces of a slide in the order a reader takes them in: top to bottom, and left to right within a row of
// pieces side by side (a picture after the text beside it); two headed columns of short lists become a two-column table, and a line starting with a
// dash after a paragraph is a quotation's attribution.

import type { Block, Frame, Loss, Paragraph, Picture } from './types.js';

export type Piece = { index: number; frame?: Frame } & (
  | { kind: 'text'; paragraphs: Paragraph[]; grouped: boolean; placeholder: boolean }
  | { kind: 'table'; block: Extract<Block, { kind: 'table' }>; paragraphs: number }
  | { kind: 'picture'; picture: Picture }
);

const ATTRIBUTION = /^[—―]\s*\S/;

/** Blocks in reading order, how many paragraphs they carry, and what changed on the way. */
export function blocksInOrder(
  pieces: readonly Piece[],
  slide: number,
): { blocks: Block[]; carried: number; losses: Loss[] } {
  const losses: Loss[] = [];
  const blocks: Block[] = [];
  let carried = 0;
  const ordered = rows(pieces);
  for (let i = 0; i < ordered.length; i++) {
    const row = ordered[i]!;
    const table = headedColumns(row, ordered[i + 1]);
    if (table) {
      carried += table.carried;
      blocks.push(table.block);
      losses.push({
        slide,
        kind: 'layout',
        message: 'two headed columns of short lists became a two-column table; check that its rows pair up',
      });
      i++;
      continue;
    }
    const texts = row.filter((p) => p.kind === 'text');
    if (texts.filter((t) => t.paragraphs.length >= 2).length >= 2)
      losses.push({
        slide,
        kind: 'layout',
        message: `${texts.length} columns of text side by side are one after the other, left to right`,
      });
    for (const piece of row) {
      if (piece.kind === 'text') {
        carried += piece.paragraphs.length;
        blocks.push({ kind: 'paragraphs', paragraphs: piece.paragraphs });
      } else if (piece.kind === 'table') {
        carried += piece.paragraphs;
        blocks.push(piece.block);
      } else blocks.push({ kind: 'picture', picture: piece.picture });
    }
  }
  return { blocks: quotations(blocks), carried, losses };
}

/** Pieces in rows: those side by side (overlapping by half the shorter's height) share a row, read left to right. */
function rows(pieces: readonly Piece[]): Piece[][] {
  const unplaced = pieces.filter((p) => !p.frame).sort((a, b) => a.index - b.index);
  const placed = pieces.filter((p) => p.frame).sort((a, b) => a.frame!.y - b.frame!.y || a.frame!.x - b.frame!.x);
  const out: Piece[][] = unplaced.map((p) => [p]);
  let row: Piece[] = [];
  let top = 0;
  let bottom = 0;
  for (const piece of placed) {
    const f = piece.frame!;
    const overlap = Math.min(bottom, f.y + f.h) - Math.max(top, f.y);
    if (row.length && overlap >= 0.5 * Math.min(f.h, bottom - top) && overlap > 0) {
      row.push(piece);
      bottom = Math.max(bottom, f.y + f.h);
    } else {
      if (row.length) out.push(row);
      row = [piece];
      top = f.y;
      bottom = f.y + f.h;
    }
  }
  if (row.length) out.push(row);
  // A picture beside text follows it: the build shows a slide that starts with a picture as a picture slide, and
  // moves the text after it to a slide of its own.
  const picture = (p: Piece) => (p.kind === 'picture' ? 1 : 0);
  return out.map((r) =>
    r.sort((a, b) => picture(a) - picture(b) || (a.frame?.x ?? 0) - (b.frame?.x ?? 0) || a.index - b.index),
  );
}

/**
 * Two one-line headings side by side over two flat lists side by side (PowerPoint's Comparison layout): a table whose
 * columns are the headings and whose rows pair the lists' items. Only where the lists are short and flat.
 */
function headedColumns(
  heads: readonly Piece[],
  lists: readonly Piece[] | undefined,
): { block: Extract<Block, { kind: 'table' }>; carried: number } | undefined {
  const texts = (row: readonly Piece[] | undefined) =>
    row?.length === 2 && row.every((p) => p.kind === 'text')
      ? (row as Extract<Piece, { kind: 'text' }>[]).map((p) => p.paragraphs)
      : undefined;
  const [h, l] = [texts(heads), texts(lists)];
  if (!h || !l || h.some((p) => p.length !== 1)) return undefined;
  if (l.some((p) => p.length > 8 || p.some((q) => q.level > 0)) || l.every((p) => p.length < 2)) return undefined;
  const [left, right] = l as [Paragraph[], Paragraph[]];
  const rows = Array.from({ length: Math.max(left.length, right.length) }, (_, k) => [cell(left[k]), cell(right[k])]);
  return {
    block: { kind: 'table', header: h.map((p) => cell(p[0])), rows },
    carried: 2 + left.length + right.length,
  };
}

const cell = (p: Paragraph | undefined) => (p ? p.markdown.replace(/\\\n\s*/g, ' ') : '');

/** A paragraph (or a few) followed by a line starting with an em dash: a quotation and its attribution. */
function quotations(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    if (block.kind !== 'paragraphs') {
      out.push(block);
      continue;
    }
    const last = block.paragraphs.at(-1)!;
    const isAttribution = last.marker === 'none' && ATTRIBUTION.test(last.plain);
    const own = block.paragraphs.slice(0, -1);
    const before = own.length ? own : lastProse(out.at(-1));
    if (!isAttribution || !before || before.some((p) => p.marker !== 'none')) {
      out.push(block);
      continue;
    }
    if (!own.length) out.pop();
    out.push({
      kind: 'quote',
      paragraphs: before.map((p) => p.markdown),
      attribution: last.markdown.replace(/^[—―]\s*/, ''),
    });
  }
  return out;
}

function lastProse(block: Block | undefined): Paragraph[] | undefined {
  return block?.kind === 'paragraphs' && block.paragraphs.length <= 3 ? block.paragraphs : undefined;
}
