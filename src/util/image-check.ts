// What checking a picture finds: its type and pixel size, or why it cannot be used; and the most pixels any picture
// may have.

/**
 * The most pixels a picture may have (a logo, a slide picture, a template's picture). Decoding one takes four bytes a
 * pixel: 40 megapixels is 160 MB, already far more than any slide needs (a 13.3 in slide at 300 dpi is 9 megapixels).
 */
export const MAX_PIXELS = 40_000_000;

export interface ImageInfo {
  mime: 'image/png' | 'image/jpeg';
  width: number;
  height: number;
}

/**
 * Why a picture cannot be used: not a PNG or JPEG at all; damaged (cut off, or bytes changed); a kind of PNG or JPEG
 * the PDFs cannot show; or more pixels than MAX_PIXELS. `detail` says what was found, in a facilitator's words.
 */
export type ImageProblem =
  | { kind: 'format' }
  | { kind: 'damaged'; detail: string }
  | { kind: 'unsupported'; detail: string }
  | { kind: 'too-many-pixels'; width: number; height: number };

export type Failure = { problem: ImageProblem; info?: undefined };
export type ImageCheck = { info: ImageInfo; problem?: undefined } | Failure;

export const damaged = (detail: string): Failure => ({ problem: { kind: 'damaged', detail } });
export const unsupported = (detail: string): Failure => ({ problem: { kind: 'unsupported', detail } });
export const sized = (mime: ImageInfo['mime'], width: number, height: number): ImageCheck =>
  width * height > MAX_PIXELS
    ? { problem: { kind: 'too-many-pixels', width, height } }
    : { info: { mime, width, height } };
