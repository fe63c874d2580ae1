// Hostile pictures and fonts made at run time from a few bytes or a real font, so no large binary is committed: the
// files a client could send that once crashed the build or ran it out of memory.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { crc32 } from '../../src/util/png.js';

/** One PNG chunk: length, type, data and the CRC over type and data. */
export function pngChunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(8 + data.length + 4);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
}

export interface PngSpec {
  width: number;
  height: number;
  bitDepth?: number;
  colourType?: number;
  interlace?: 0 | 1;
  /** Chunks between IHDR and IDAT (PLTE, tRNS). */
  extra?: Buffer[];
  /** Leave the pixel data out: a header that claims a size and nothing else. */
  headerOnly?: boolean;
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

function rowBytes(width: number, bitDepth: number, colourType: number): number {
  return Math.ceil((width * bitDepth * CHANNELS[colourType]!) / 8);
}

/** The scanlines of an all-zero picture (filter byte 0 before each row), as the interlace method lays them out. */
function zeroScanlines(spec: Required<Omit<PngSpec, 'extra' | 'headerOnly'>>): number {
  const { width, height, bitDepth, colourType, interlace } = spec;
  if (interlace === 0) return height * (1 + rowBytes(width, bitDepth, colourType));
  let total = 0;
  for (const [x0, y0, dx, dy] of [
    [0, 0, 8, 8],
    [4, 0, 8, 8],
    [0, 4, 4, 8],
    [2, 0, 4, 4],
    [0, 2, 2, 4],
    [1, 0, 2, 2],
    [0, 1, 1, 2],
  ] as const) {
    const w = Math.ceil((width - x0) / dx);
    const h = Math.ceil((height - y0) / dy);
    if (w > 0 && h > 0) total += h * (1 + rowBytes(w, bitDepth, colourType));
  }
  return total;
}

/** A well-formed PNG of the given size whose pixels are all zero (deflated zeros are tiny, whatever the size). */
export function png(spec: PngSpec): Buffer {
  const full = { bitDepth: 8, colourType: 6, interlace: 0 as const, ...spec };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(full.width, 0);
  ihdr.writeUInt32BE(full.height, 4);
  ihdr.set([full.bitDepth, full.colourType, 0, 0, full.interlace], 8);
  const parts = [
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    ...(full.extra ?? []),
  ];
  if (!full.headerOnly) {
    parts.push(pngChunk('IDAT', deflateSync(Buffer.alloc(zeroScanlines(full)), { level: 9 })));
    parts.push(pngChunk('IEND', new Uint8Array(0)));
  }
  return Buffer.concat(parts);
}

/**
 * The smallest baseline JPEG: one 8 × 8 block of mid grey (DC difference 0, then end of block), with one-code Huffman
 * tables and a quantisation table of ones. Enough for every reader that walks the markers.
 */
export function jpeg(): Buffer {
  const segment = (marker: number, body: number[]) => [
    0xff,
    marker,
    (body.length + 2) >> 8,
    (body.length + 2) & 0xff,
    ...body,
  ];
  const oneCode = (tableClass: number, symbol: number) => [(tableClass << 4) | 0, 1, ...new Array(15).fill(0), symbol];
  return Buffer.from([
    0xff,
    0xd8,
    ...segment(0xdb, [0, ...new Array(64).fill(1)]),
    ...segment(0xc0, [8, 0, 8, 0, 8, 1, 1, 0x11, 0]),
    ...segment(0xc4, oneCode(0, 0)),
    ...segment(0xc4, oneCode(1, 0)),
    ...segment(0xda, [1, 1, 0x00, 0, 63, 0]),
    0b00111111,
    0xff,
    0xd9,
  ]);
}

export const DEJAVU = join(
  import.meta.dirname,
  '..',
  '..',
  'node_modules',
  'dejavu-fonts-ttf',
  'ttf',
  'DejaVuSans.ttf',
);

/** Where each table of an sfnt font starts and how long it is, from the table directory. */
export function fontTables(font: Uint8Array): Map<string, { offset: number; length: number }> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = new Map<string, { offset: number; length: number }>();
  for (let i = 0; i < view.getUint16(4); i++) {
    const at = 12 + 16 * i;
    tables.set(String.fromCharCode(...font.subarray(at, at + 4)), {
      offset: view.getUint32(at + 8),
      length: view.getUint32(at + 12),
    });
  }
  return tables;
}

/** A copy of DejaVu Sans with `edit` applied to its bytes, given where its tables are. */
export function patchedFont(edit: (font: Buffer, tables: ReturnType<typeof fontTables>) => void): Buffer {
  const font = Buffer.from(readFileSync(DEJAVU));
  edit(font, fontTables(font));
  return font;
}

/** The damaged fonts of issue #28: each once crashed, hung or blew up the build. */
export const BROKEN_FONTS = {
  'units-per-em-zero': () => patchedFont((f, t) => f.writeUInt16BE(0, t.get('head')!.offset + 18)),
  'cmap-damaged': () => patchedFont((f, t) => f.fill(0xff, t.get('cmap')!.offset, t.get('cmap')!.offset + 64)),
  'glyf-damaged': () => patchedFont((f, t) => f.fill(0xff, t.get('glyf')!.offset, t.get('glyf')!.offset + 4096)),
};
