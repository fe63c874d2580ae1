// Recognises PNG and JPEG by their bytes (never by file name), reads their pixel size, and checks them before anything
// decodes them: a client's logo is an untrusted file, and pdfkit trusts every byte of a picture.
import type { ImageCheck, ImageInfo } from './image-check.js';
import { inspectJpeg } from './jpeg.js';
import { inspectPng, PNG_SIGNATURE } from './png.js';

/** Returns the type and size of a PNG or JPEG that is whole and drawable, or undefined for anything else. */
export function sniffImage(bytes: Uint8Array): ImageInfo | undefined {
  return inspectImage(bytes).info;
}

/** Checks a picture from its first byte to its last, without keeping its pixels: the size, or what is wrong. */
export function inspectImage(bytes: Uint8Array): ImageCheck {
  if (bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return inspectPng(bytes);
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xd8) return inspectJpeg(bytes);
  return { problem: { kind: 'format' } };
}
