// A JPEG checked marker by marker before pdfkit copies it into a PDF: every segment whole, a frame header before the
// first scan, an end-of-image marker, and a kind of JPEG PDF readers show.
import { damaged, type ImageCheck, sized, unsupported } from './image-check.js';

/** Start-of-frame markers: C0..CF except DHT (C4), JPG (C8) and DAC (CC). */
const isFrame = (marker: number) =>
  marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
/** Markers without a length: TEM, the restart markers RST0..RST7. */
const standalone = (marker: number) => marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);

interface JpegFrame {
  marker: number;
  precision: number;
  width: number;
  height: number;
  components: number;
}

/**
 * Walks the markers from start to end of image: every segment whole, a frame header before the first scan, and each
 * scan's coded data running on to the next marker, until the end-of-image marker. The coded data itself is not decoded:
 * pdfkit copies it into the PDF as it is, and a reader that meets a flipped bit there draws a smudge, not a crash.
 */
export function inspectJpeg(bytes: Uint8Array): ImageCheck {
  let frame: JpegFrame | undefined;
  let scanned = false;
  let at = 2;
  for (;;) {
    if (at + 2 > bytes.length) return damaged('the file is cut off before its end marker');
    if (bytes[at] !== 0xff) return damaged('its structure is broken');
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at++;
      continue;
    }
    if (marker === 0xd9) break;
    if (standalone(marker)) {
      at += 2;
      continue;
    }
    if (at + 4 > bytes.length) return damaged('the file is cut off in the middle');
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    if (length < 2 || at + 2 + length > bytes.length) return damaged('the file is cut off in the middle');
    if (isFrame(marker) && !frame) {
      const read = readFrame(marker, bytes.subarray(at + 4, at + 2 + length));
      if (typeof read === 'string') return damaged(read);
      frame = read;
      const over = sized('image/jpeg', frame.width, frame.height);
      if (over.problem) return over;
    }
    at += 2 + length;
    if (marker === 0xda) {
      if (!frame) return damaged('its picture data comes before its header');
      scanned = true;
      at = endOfScan(bytes, at);
    }
  }
  if (!frame || !scanned) return damaged('it holds no picture data');
  const unfit = jpegUnfit(frame);
  return unfit ? unsupported(unfit) : { info: { mime: 'image/jpeg', width: frame.width, height: frame.height } };
}

function readFrame(marker: number, body: Uint8Array): JpegFrame | string {
  if (body.length < 6) return 'its header is cut short';
  const components = body[5]!;
  if (body.length < 6 + 3 * components) return 'its header is cut short';
  const height = (body[1]! << 8) | body[2]!;
  const width = (body[3]! << 8) | body[4]!;
  if (width === 0 || height === 0) return 'its header gives no size';
  return { marker, precision: body[0]!, width, height, components };
}

/** Where the coded data of a scan ends: the next marker that is not a stuffed byte, a restart marker or padding. */
function endOfScan(bytes: Uint8Array, from: number): number {
  for (let at = from; at + 1 < bytes.length; at++) {
    if (bytes[at] !== 0xff) continue;
    const next = bytes[at + 1]!;
    if (next !== 0x00 && next !== 0xff && !standalone(next)) return at;
  }
  return bytes.length;
}

/** PDF readers (and pdfkit, which copies the data through) take baseline and progressive JPEGs of 8 bits, grey, RGB or CMYK. */
function jpegUnfit({ marker, precision, components }: JpegFrame): string | undefined {
  if (marker > 0xc2)
    return marker === 0xc3 || marker === 0xc7 || marker === 0xcb || marker === 0xcf
      ? 'a lossless JPEG'
      : 'an arithmetic-coded or hierarchical JPEG';
  if (precision !== 8) return `a JPEG of ${precision} bits a sample`;
  if (components !== 1 && components !== 3 && components !== 4) return `a JPEG of ${components} colour channels`;
  return undefined;
}
