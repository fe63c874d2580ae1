// One image object per picture per document: pdfkit opens (and, for a PNG with transparency or interlacing, decodes)
// a picture given as bytes anew on every call, so a logo on every slide or a figure printed twice would be decoded and
// embedded once per use.
import { createHash } from 'node:crypto';

/**
 * Pictures are matched by their bytes, not by the array holding them: the slides' drawings reach a render worker as a
 * copy of the model's arrays, and the guide must come out the same in a worker as in the main thread.
 */
const digests = new WeakMap<Uint8Array, string>();
const opened = new WeakMap<object, Map<string, unknown>>();

/**
 * pdfkit's image for a picture's bytes in `doc`, opened on first use, or null when pdfkit cannot read it. The content's
 * own pictures are checked whole before this (util/image.ts); a client template's are its own (PowerPoint shows them in
 * the deck), and a broken one is left out of the PDFs.
 */
export function pictureIn(doc: PDFKit.PDFDocument, data: Uint8Array): Buffer | null {
  let digest = digests.get(data);
  if (digest === undefined) digests.set(data, (digest = createHash('sha256').update(data).digest('hex')));
  let images = opened.get(doc);
  if (!images) opened.set(doc, (images = new Map()));
  let picture = images.get(digest);
  if (picture === undefined) images.set(digest, (picture = open(doc, data)));
  return picture as Buffer | null;
}

function open(doc: PDFKit.PDFDocument, data: Uint8Array): unknown {
  try {
    // openImage is pdfkit's documented API; its type declarations leave it out.
    return (doc as unknown as { openImage(src: Buffer): unknown }).openImage(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  } catch {
    return null;
  }
}
