// A PNG checked chunk by chunk before pdfkit reads it: every chunk whole and with its checksum, a header that makes
// sense, a kind of PNG pdfkit draws rightly, and picture data that inflates to every row (without keeping it).
import { Unzlib } from 'fflate';
import { damaged, type Failure, type ImageCheck, sized, unsupported } from './image-check.js';

export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Samples per pixel by colour type, and the bit depths each type allows (PNG specification, table 11.1). */
const PNG_TYPES: Record<number, { channels: number; depths: number[] }> = {
  0: { channels: 1, depths: [1, 2, 4, 8, 16] },
  2: { channels: 3, depths: [8, 16] },
  3: { channels: 1, depths: [1, 2, 4, 8] },
  4: { channels: 2, depths: [8, 16] },
  6: { channels: 4, depths: [8, 16] },
};
/** pdfkit's PNG reader spreads a text chunk over the call stack: a long one overflows it. */
const MAX_TEXT_CHUNK = 16 * 1024;

interface PngHeader {
  width: number;
  height: number;
  depth: number;
  colourType: number;
  interlaced: boolean;
}

interface PngChunks {
  header: PngHeader;
  data: Uint8Array[];
  paletteEntries: number;
  transparency: boolean;
  textBytes: number;
}

export function inspectPng(bytes: Uint8Array): ImageCheck {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const walked = walkPng(bytes, view);
  if ('problem' in walked) return walked;
  const { header } = walked;
  const unfit = pdfUnfit(walked);
  if (unfit) return unsupported(unfit);
  const broken = pixelDataProblem(walked.data, header);
  return broken ? damaged(broken) : { info: { mime: 'image/png', width: header.width, height: header.height } };
}

/**
 * Walks the chunks: each whole and with its checksum, the header first, a palette where one is needed, picture data,
 * and the end marker. Over-large pictures are refused as soon as the header is read, before anything else is looked at.
 */
function walkPng(bytes: Uint8Array, view: DataView): PngChunks | Failure {
  let header: PngHeader | undefined;
  const data: Uint8Array[] = [];
  let paletteEntries = 0;
  let transparency = false;
  let textBytes = 0;
  for (let at = 8; ; ) {
    if (at + 12 > bytes.length) return damaged('the file is cut off before its end marker');
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (length > 0x7fffffff || at + 12 + length > bytes.length) return damaged('the file is cut off in the middle');
    if (
      !/^[A-Za-z]{4}$/.test(type) ||
      crc32(bytes.subarray(at + 4, at + 8 + length)) !== view.getUint32(at + 8 + length)
    ) {
      return damaged('some of its bytes have been changed (a checksum does not match)');
    }
    const body = bytes.subarray(at + 8, at + 8 + length);
    at += 12 + length;
    if (!header) {
      if (type !== 'IHDR' || length !== 13) return damaged('it does not start with a picture header');
      const read = readHeader(body);
      if (typeof read === 'string') return damaged(read);
      header = read;
      const over = sized('image/png', header.width, header.height);
      if (over.problem) return over;
      continue;
    }
    if (type === 'IEND') break;
    if (type === 'IDAT') data.push(body);
    else if (type === 'PLTE') {
      if (length === 0 || length % 3 !== 0 || length / 3 > 2 ** Math.min(8, header.depth))
        return damaged('its colour table is malformed');
      paletteEntries = length / 3;
    } else if (type === 'tRNS') transparency = true;
    else if (type === 'tEXt') textBytes = Math.max(textBytes, length);
  }
  if (data.length === 0) return damaged('it holds no picture data');
  if (header!.colourType === 3 && paletteEntries === 0) return damaged('it has no colour table');
  return { header: header!, data, paletteEntries, transparency, textBytes };
}

function readHeader(body: Uint8Array): PngHeader | string {
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  const [width, height] = [view.getUint32(0), view.getUint32(4)];
  const [depth, colourType, compression, filter, interlace] = body.subarray(8, 13) as unknown as number[];
  if (width === 0 || height === 0 || width > 0x7fffffff || height > 0x7fffffff) return 'its header gives no valid size';
  if (!PNG_TYPES[colourType!]?.depths.includes(depth!))
    return `its header gives an impossible colour format (type ${colourType}, ${depth} bits)`;
  if (compression !== 0 || filter !== 0 || (interlace !== 0 && interlace !== 1))
    return 'its header names an unknown compression or layout';
  return { width, height, depth: depth!, colourType: colourType!, interlaced: interlace === 1 };
}

/**
 * The valid PNGs pdfkit 0.20 draws wrongly: it de-interlaces and matches transparency one byte a pixel, so pictures of
 * fewer than 8 bits a sample come out scrambled or see-through; it reads only the first byte of a single transparent
 * colour; and it takes a truecolour picture's suggested palette for its colours.
 */
function pdfUnfit({ header, paletteEntries, transparency, textBytes }: PngChunks): string | undefined {
  const { depth, colourType, interlaced } = header;
  if (interlaced && depth < 8) return `an interlaced PNG of ${depth} bits a pixel`;
  if (colourType === 3 && transparency && depth < 8) return `a ${2 ** depth}-colour PNG with transparency`;
  if ((colourType === 0 || colourType === 2) && transparency)
    return 'a PNG with one transparent colour (rather than an alpha channel)';
  if ((colourType === 2 || colourType === 6) && paletteEntries > 0)
    return 'a full-colour PNG that also carries a palette';
  if (textBytes > MAX_TEXT_CHUNK) return `a PNG carrying ${Math.ceil(textBytes / 1024)} KB of text`;
  return undefined;
}

const PASSES = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

/** The rows the pixel data holds, as [row count, bytes a row with its filter byte], pass by pass. */
function scanlines({ width, height, depth, colourType, interlaced }: PngHeader): [number, number][] {
  const bits = depth * PNG_TYPES[colourType]!.channels;
  const rows: [number, number][] = [];
  for (const [x0, y0, dx, dy] of interlaced ? PASSES : ([[0, 0, 1, 1]] as const)) {
    const w = Math.ceil((width - x0) / dx);
    const h = Math.ceil((height - y0) / dy);
    if (w > 0 && h > 0) rows.push([h, 1 + Math.ceil((w * bits) / 8)]);
  }
  return rows;
}

/** Bytes of compressed data inflated at a time: a chunk of zeros inflates a thousandfold, so this bounds the memory. */
const INFLATE_STEP = 16 * 1024;

/**
 * Inflates the pixel data as a stream, keeping none of it, to find what pdfkit would fail on when it draws the picture:
 * broken compression, data that stops early, or a row with an unknown filter. Only as many bytes as the rows need are
 * inflated, so a picture padded with a bomb of zeros costs no more than its own size.
 */
function pixelDataProblem(parts: Uint8Array[], header: PngHeader): string | undefined {
  const rows = scanlines(header);
  const expected = rows.reduce((sum, [count, size]) => sum + count * size, 0);
  let seen = 0;
  let pass = 0;
  let rowsLeft = rows[0]![0];
  let nextFilter = 0;
  let badFilter = false;
  const stream = new Unzlib((chunk) => {
    const end = seen + chunk.length;
    while (nextFilter < end && pass < rows.length) {
      if (chunk[nextFilter - seen]! > 4) badFilter = true;
      nextFilter += rows[pass]![1];
      if (--rowsLeft === 0 && ++pass < rows.length) rowsLeft = rows[pass]![0];
    }
    seen = end;
  });
  try {
    for (let p = 0; p < parts.length && seen < expected && !badFilter; p++) {
      const part = parts[p]!;
      for (let at = 0; at < part.length && seen < expected && !badFilter; at += INFLATE_STEP) {
        stream.push(part.subarray(at, at + INFLATE_STEP), p === parts.length - 1 && at + INFLATE_STEP >= part.length);
      }
    }
  } catch {
    if (seen < expected) return 'its compressed picture data is broken';
  }
  if (badFilter) return 'its picture data is scrambled';
  if (seen < expected) return 'its picture data stops before the last row';
  return undefined;
}

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 as PNG chunks carry it. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
