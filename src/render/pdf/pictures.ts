// One image object per picture per document: pdfkit opens (and, for a PNG with transparency or interlacing, decodes)
// a picture given as bytes anew on every call, so a logo on every slide or a figure printed twice would be decoded and
// embedded once per use.
import { createHash } from 'node:crypto';
import { sniffImage } from '../../util/image.js';
import { decodePicture, encodeJpeg, encodePng, opaque, scaledDown } from '../../util/pixels.js';

/**
 * Pictures are matched by their bytes, not by the array holding them: the slides' drawings reach a render worker as a
 * copy of the model's arrays, and the guide must come out the same in a worker as in the main thread.
 */
const digests = new WeakMap<Uint8Array, string>();
const opened = new WeakMap<object, Map<string, unknown>>();

/**
 * pdfkit's image for a picture's bytes in `doc`, printed `placed` points large, opened on first use, or null when pdfkit
 * cannot read it. A picture with more pixels than 150 dpi at that size is scaled down to it first (the deck keeps the
 * original): a template's 19 MB photo is not copied into every PDF. The content's own pictures are checked whole
 * before this (util/image.ts); a client template's are its own (PowerPoint shows them in the deck), and a broken one
 * is left out of the PDFs.
 */
export function pictureIn(doc: PDFKit.PDFDocument, data: Uint8Array, placed: { w: number; h: number }): Buffer | null {
  let digest = digests.get(data);
  if (digest === undefined) digests.set(data, (digest = createHash('sha256').update(data).digest('hex')));
  let images = opened.get(doc);
  if (!images) opened.set(doc, (images = new Map()));
  const target = printPixels(placed);
  const bytes = forPrint(data, digest, target);
  // One image object for the picture as it is, however often and large it is drawn; one for each size it is scaled to.
  const key = bytes === data ? digest : `${digest}/${target.w}x${target.h}`;
  let picture = images.get(key);
  if (picture === undefined) images.set(key, (picture = open(doc, bytes)));
  return picture as Buffer | null;
}

/** The bytes the PDFs embed for a picture placed `placed` points large: scaled down to print size where it is larger. */
export function printedPicture(data: Uint8Array, placed: { w: number; h: number }): Uint8Array {
  let digest = digests.get(data);
  if (digest === undefined) digests.set(data, (digest = createHash('sha256').update(data).digest('hex')));
  return forPrint(data, digest, printPixels(placed));
}

/** Dots per inch a PDF's pictures keep: sharp in print, a tenth of a photo's bytes at most. */
const PRINT_DPI = 150;
/** Only a picture this much larger than it prints is scaled down: one slightly over is kept as it is. */
const SLACK = 1.25;
/** A file this small costs the PDFs little whatever its pixels: kept as it is, bytes for bytes. */
const SMALL_FILE = 256 * 1024;
/** An opaque PNG this large is a photo saved as PNG, which prints as a JPEG. */
const PHOTO_PNG = 1024 * 1024;

const printPixels = (placed: { w: number; h: number }) => ({
  w: Math.max(1, Math.ceil((placed.w / 72) * PRINT_DPI)),
  h: Math.max(1, Math.ceil((placed.h / 72) * PRINT_DPI)),
});

/** The picture scaled down once per size (per process: the slides, handouts and guide of a kit share it). */
const scaled = new Map<string, Uint8Array>();

function forPrint(data: Uint8Array, digest: string, target: { w: number; h: number }): Uint8Array {
  const key = `${digest}/${target.w}x${target.h}`;
  if (data.length < SMALL_FILE) return data;
  const done = scaled.get(key);
  if (done) return done;
  const size = sniffImage(data) ?? templatePictureSize(data);
  const pixels =
    size && (size.width > target.w * SLACK || size.height > target.h * SLACK) ? decodePicture(data) : undefined;
  if (!pixels) {
    scaled.set(key, data);
    return data;
  }
  const small = scaledDown(pixels, Math.min(pixels.width, target.w), Math.min(pixels.height, target.h));
  // A photo (a JPEG, or a large opaque PNG) prints as a JPEG; a logo or a picture with transparency stays a PNG.
  const photo = data[0] === 0xff || (data.length >= PHOTO_PNG && opaque(small));
  const encoded = photo ? encodeJpeg(small) : encodePng(small);
  const out = encoded.length < data.length ? encoded : data;
  scaled.set(key, out);
  return out;
}

/** A template's picture may be one the checks refuse (pdfkit draws it wrongly): its size from its header all the same. */
function templatePictureSize(data: Uint8Array): { width: number; height: number } | undefined {
  if (data.length < 24 || data[0] !== 0x89 || data[1] !== 0x50) return undefined;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function open(doc: PDFKit.PDFDocument, data: Uint8Array): unknown {
  try {
    // openImage is pdfkit's documented API; its type declarations leave it out.
    return (doc as unknown as { openImage(src: Buffer): unknown }).openImage(
      Buffer.from(data.buffer, data.byteOffset, data.byteLength),
    );
  } catch {
    return null;
  }
}
