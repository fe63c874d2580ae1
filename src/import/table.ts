// A PowerPoint table as a Markdown table: its first row the header, every cell's paragraphs on one line, and a
// merged cell's text in its first cell (Markdown has no merged cells; the report says so).

import type { Element as XmlElement } from '@xmldom/xmldom';
import { A, child, children } from '../template/ooxml.js';
import { paragraphsOf, type TextContext } from './text.js';
import type { Block, Paragraph } from './types.js';

export interface ReadTable {
  block?: Extract<Block, { kind: 'table' }>;
  /** A table of one row: its cells as paragraphs (a table needs a row under its header). */
  cells?: Paragraph[];
  /** Cells that span others. */
  merged: number;
  /** Paragraphs of text in its cells, as shown. */
  paragraphs: string[];
}

/** The table of a graphic frame's `a:tbl`. */
export function tableOf(tbl: XmlElement, context: TextContext): ReadTable {
  const columns = children(child(tbl, A, 'tblGrid'), A, 'gridCol').length;
  const rows: string[][] = [];
  const words: string[][][] = [];
  const fills: string[][] = [];
  const paragraphs: string[] = [];
  let merged = 0;
  for (const tr of children(tbl, A, 'tr')) {
    const row: string[] = [];
    const rowWords: string[][] = [];
    const rowFills: string[] = [];
    for (const tc of children(tr, A, 'tc')) {
      rowFills.push(fillOf(tc));
      const spans = Number(tc.getAttribute('gridSpan') ?? 1) > 1 || Number(tc.getAttribute('rowSpan') ?? 1) > 1;
      if (spans) merged++;
      const continued = tc.getAttribute('hMerge') === '1' || tc.getAttribute('vMerge') === '1';
      const texts = continued ? [] : paragraphsOf(child(tc, A, 'txBody'), context);
      paragraphs.push(...texts.map((p) => p.plain));
      row.push(texts.map((p) => p.markdown.replace(/\\\n\s*/g, ' ')).join(' '));
      rowWords.push(texts.map((p) => p.plain));
    }
    rows.push(row);
    words.push(rowWords);
    fills.push(rowFills);
  }
  const width = Math.max(columns, ...rows.map((r) => r.length));
  if (rows.length === 0 || width === 0 || paragraphs.length === 0) return { merged, paragraphs };
  if (rows.length === 1)
    return {
      cells: rows[0]!.flatMap((markdown, i) =>
        markdown ? [{ markdown, plain: words[0]![i]!.join(' '), level: 0, marker: 'none' as const }] : [],
      ),
      merged,
      paragraphs,
    };
  const padded = rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
  return {
    block: {
      kind: 'table',
      header: padded[0]!,
      rows: padded.slice(1),
      headerWords: words[0]!.map((paragraphs) => paragraphs.join(' ')),
      words: words.slice(1),
      fills: fills.slice(1),
    },
    merged,
    paragraphs,
  };
}

/** A cell's own solid fill as written (an RGB or a theme colour's name), or ''. */
function fillOf(tc: XmlElement): string {
  const solid = child(child(tc, A, 'tcPr'), A, 'solidFill');
  const colour = child(solid, A, 'srgbClr') ?? child(solid, A, 'schemeClr');
  return colour?.getAttribute('val') ?? '';
}
