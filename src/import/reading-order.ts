// The pieces of a slide in the order a reader takes them in: top to bottom, and left to right within a row of
// pieces side by side (a picture after the text beside it); two columns of points under a heading each (PowerPoint's
// Comparison and Two Content layouts) become a comparison where their points pair up, and a line starting with a
// dash after a paragraph is a quotation's attribution.

import { columnsOf } from './columns.js';
import type { Block, Loss, Paragraph, Picture, Piece } from './types.js';

export type { Piece } from './types.js';

const ATTRIBUTION = /^[—―]\s*\S/;

/** Blocks in reading order, how many paragraphs they carry, and what changed on the way. */
export function blocksInOrder(
  pieces: readonly Piece[],
  slide: number,
): { blocks: Block[]; carried: number; losses: Loss[] } {
  const losses: Loss[] = [];
  const blocks: Block[] = [];
  const captioned = withCaptions(pieces, slide, losses);
  let carried = pieces.length - captioned.length;
  const ordered = rows(captioned);
  for (let i = 0; i < ordered.length; i++) {
    const row = ordered[i]!;
    const columns = columnsOf(row, ordered[i + 1], {
      first: blocks.length === 0,
      slide,
      picture: pictureBeneath(row, ordered.slice(i + 1).flat()),
    });
    if (columns) {
      carried += columns.carried;
      blocks.push(...columns.blocks);
      losses.push(columns.loss);
      i += columns.rows - 1;
      continue;
    }
    const texts = row.filter((p) => p.kind === 'text');
    // Two lists side by side, or the layout's own columns (Two Content) however short.
    if (texts.filter((t) => t.paragraphs.length >= 2).length >= 2 || texts.filter((t) => t.placeholder).length >= 2)
      losses.push({
        slide,
        kind: 'layout',
        message: `${texts.length} columns of text side by side are one after the other, left to right${texts.length === 2 ? ': a comparison needs a name over each column; to show them side by side, give them names and make them one (comparisons/, shown with `::comparison`)' : ''}`,
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

/** A picture stands under one of the row's pieces (pandoc's Comparison layout: a column's text, then a picture). */
function pictureBeneath(row: readonly Piece[], below: readonly Piece[]): boolean {
  return below.some(
    (p) =>
      p.kind === 'picture' &&
      !!p.frame &&
      row.some(
        (c) =>
          c.frame && p.frame!.x + p.frame!.w / 2 > c.frame.x && p.frame!.x + p.frame!.w / 2 < c.frame.x + c.frame.w,
      ),
  );
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
 * Each picture with one line of text right under it, across its middle: its caption (as pandoc writes a figure,
 * beside a column of text too, and as decks label photos). The build prints a caption under its picture; a picture
 * without alt text takes its caption as its alt text, as pandoc's Markdown had it. The captions' pieces go.
 */
function withCaptions(pieces: readonly Piece[], slide: number, losses: Loss[]): Piece[] {
  const used = new Set<Piece>();
  const out = pieces.map((piece): Piece => {
    if (piece.kind !== 'picture') return piece;
    const text = pieces.find((t) => !used.has(t) && captionOf(piece, t));
    if (!text) return piece;
    used.add(text);
    const { picture, caption } = captionOf(piece, text)!;
    if (picture.altMissing)
      losses.push({
        slide,
        kind: 'picture',
        message: `a picture without alt text takes its caption, “${caption}”, as its alt text: check that it says what the picture shows`,
      });
    const { altMissing: _, ...rest } = picture;
    return { ...piece, picture: { ...rest, alt: picture.altMissing ? caption : picture.alt, caption } };
  });
  return out.filter((p) => !used.has(p));
}

/** The picture and the line under it, where the piece is one line of text (not a placeholder) right under it. */
function captionOf(
  picture: Extract<Piece, { kind: 'picture' }>,
  text: Piece,
): { picture: Picture; caption: string } | undefined {
  const [p, q] = [picture.frame, text.frame];
  if (text.kind !== 'text' || !p || !q || text.placeholder || text.paragraphs.length !== 1) return undefined;
  const line = text.paragraphs[0]!;
  const middle = p.x + p.w / 2;
  if (line.marker !== 'none' || q.y < p.y + p.h - 0.1 || q.y > p.y + p.h + 0.4 || middle < q.x || middle > q.x + q.w)
    return undefined;
  return { picture: picture.picture, caption: line.plain };
}

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
