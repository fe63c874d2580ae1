// Work a process does once for identical PDF pieces: a page's deflated content stream and a font's subset.
// Watch mode redraws every page of a kit after each save although most pages did not change, and kits for
// many clients share most pages and the same glyph sets; deflate and subsetting were ~40% of a warm PDF.
import zlib from 'node:zlib';
import { Memo } from '../../util/memo.js';
import { type FontSubset, internals, type Reference } from './pdfkit-internals.js';

const bytesOf = (key: string, value: Uint8Array) => key.length + value.length;
const deflated = new Memo<string, Uint8Array>({ bytes: 40 * 1024 * 1024, bytesOf });
const subsets = new Memo<string, Uint8Array>({ bytes: 8 * 1024 * 1024, bytesOf });

/**
 * Makes one document deflate each distinct stream once per process: every reference the document
 * makes from now on, and its first page's content (made by its constructor), deflates through the
 * shared memo. Same zlib call and level as pdfkit's own, so the bytes do not change; the stream
 * keeps the FlateDecode filter its first write set. Only this document's objects change, never
 * pdfkit's classes: a library user's other pdfkit documents are left alone.
 */
export function reuseDeflatedStreams(pdf: PDFKit.PDFDocument): void {
  const doc = internals(pdf);
  if (doc._security) return;
  const ref = doc.ref.bind(doc);
  doc.ref = (data?: unknown) => deflateOnce(ref(data));
  deflateOnce(doc.page.content);
}

function deflateOnce(reference: Reference): Reference {
  const finalize = reference.finalize.bind(reference);
  reference.finalize = () => {
    if (reference.compress && reference.buffer.length > 0) {
      const raw = Buffer.concat(reference.buffer);
      const key = raw.toString('latin1');
      reference.buffer = [deflated.getOrMake(key, () => zlib.deflateSync(raw))];
      reference.compress = false;
    }
    finalize();
  };
  return reference;
}

/** Makes a font subset reuse the bytes of an earlier subset of the same font with the same glyphs in the same order. */
export function reuseSubset(fontKey: string, subset: FontSubset): void {
  const encode = subset.encode.bind(subset);
  subset.encode = () => {
    const key = `${fontKey}:${subset.glyphs.join(',')}`;
    return subsets.getOrMake(key, encode);
  };
}
