// The text shapes of a page that builds, as the deck draws them, and their ids in the slide XML. The shapes are found by
// what they say, in drawing order: their ids are numbered, and some made placeholders, only after the renderer drew
// them, and a shape found by the wrong words would show the wrong paragraphs on a click.
import type { Document as XmlDocument } from '@xmldom/xmldom';
import { clickOf, pageClicks } from '../../layout/clicks.js';
import type { Para, SlidePage } from '../../layout/types.js';
import { direct, elements, NS } from './dom.js';

/**
 * A text shape of a page: each paragraph's text as its runs write it (undefined where the renderer fills it in, the
 * worksheet page an exercise names), and the click each appears on (0: there from the start).
 */
export interface TextShape {
  paragraphs: (string | undefined)[];
  clicks: number[];
}

/** The title and text boxes of a page that builds, in the order the renderer draws them; none for a page that does not. */
export function pageTextShapes(page: SlidePage): TextShape[] {
  const clicks = pageClicks(page);
  if (clicks.size === 0) return [];
  const boxes = [page.title, ...page.elements.flatMap((el) => (el.kind === 'text' ? [el] : []))];
  return boxes.map((box) => ({
    paragraphs: box.paras.map(writtenText),
    clicks: box.paras.map((p) => clickOf(clicks, p)),
  }));
}

/** A paragraph's text as its runs write it: a line break inside it is an `a:br`, which holds no text. */
function writtenText(p: Para): string | undefined {
  if (p.role === 'worksheetPage') return undefined;
  return p.runs
    .map((r) => r.text)
    .join('')
    .replace(/\r?\n/g, '');
}

/**
 * The id of each of `shapes` in the slide: the text shapes of the slide are read in document order (the order drawn),
 * each taken by the next of `shapes` whose paragraphs it holds, so two boxes of the same words are told apart by
 * their order; shapes the page does not list (a veil, the footer) are passed over.
 */
export function shapeIds(doc: XmlDocument, shapes: readonly TextShape[]): string[] {
  const ids: string[] = [];
  for (const sp of elements(doc, NS.p, 'sp')) {
    const wanted = shapes[ids.length];
    if (!wanted) break;
    const written = direct(direct(sp, NS.p, 'txBody')[0], NS.a, 'p').map((p) =>
      elements(p, NS.a, 't')
        .map((t) => t.textContent ?? '')
        .join(''),
    );
    const id = elements(sp, NS.p, 'cNvPr')[0]?.getAttribute('id');
    const holds =
      written.length === wanted.paragraphs.length &&
      wanted.paragraphs.every((text, i) => text === undefined || text === written[i]);
    if (holds && id) ids.push(id);
  }
  if (ids.length < shapes.length)
    throw new Error(
      `no text shape on the slide holds ${JSON.stringify(shapes[ids.length]!.paragraphs)}, whose paragraphs appear on clicks`,
    );
  return ids;
}
