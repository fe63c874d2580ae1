// A minimal deterministic zip writer that deflates each distinct part once per process: kits for many
// clients, and rebuilds in watch mode, share most parts byte for byte (masters, layouts, unchanged slides).
import zlib from 'node:zlib';
import { Memo } from '../../util/memo.js';

export interface ZipEntry {
  name: string;
  /** Text is stored as UTF-8. */
  data: string | Uint8Array;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

// Node 22.2+ has a native CRC-32; the table version is for Node 20.
const nativeCrc32 = (zlib as unknown as { crc32?: (data: Uint8Array) => number }).crc32;

function crc32(data: Uint8Array): number {
  if (nativeCrc32) return nativeCrc32(data) >>> 0;
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

interface Packed {
  crc: number;
  deflated: Uint8Array;
  /** Uncompressed length in bytes. */
  size: number;
}

// Keyed by the part's text (binary parts by their bytes as latin1): identical input, identical deflated bytes.
// A hit costs one string lookup: the text is not even encoded.
const packedCache = new Memo<string, Packed>({
  bytes: 64 * 1024 * 1024,
  bytesOf: (key, packed) => key.length + packed.deflated.length,
});

function pack(data: string | Uint8Array): Packed {
  const key =
    typeof data === 'string'
      ? data
      : `\u0000bin\u0000${Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1')}`;
  let packed = packedCache.get(key);
  if (!packed) {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    // Node's zlib (native) is several times faster than a JS deflate on a cold start; the PDFs
    // (pdfkit) already use it, so the kit's bytes depend on one deflate implementation, not two.
    packed = packedCache.set(key, {
      crc: crc32(bytes),
      deflated: new Uint8Array(zlib.deflateRawSync(bytes, { level: 6 })),
      size: bytes.length,
    });
  }
  return packed;
}

/**
 * DOS date and time fields from a UTC timestamp (zip has no time zone; UTC keeps bytes TZ-free).
 * The year field holds 1980 to 2107 (seven bits): a session date outside is stamped at the nearest end.
 */
function dosDateTime(date: Date): { time: number; day: number } {
  if (date.getUTCFullYear() > 2107) return dosDateTime(new Date(Date.UTC(2107, 11, 31, 23, 59, 58)));
  const year = Math.max(1980, date.getUTCFullYear());
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    day: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

/** Writes entries, in the given order, as a deflated zip with every entry stamped `date`. */
export function writeZip(entries: readonly ZipEntry[], date: Date): Uint8Array {
  const { time, day } = dosDateTime(date);
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const { crc, deflated, size } = pack(entry.data);
    // The local header and the central directory entry share one run of fields (from "version
    // needed" to the name length); the central entry puts "version made by" in front of it.
    const shared = Buffer.alloc(26);
    shared.writeUInt16LE(20, 0); // version needed: deflate
    shared.writeUInt16LE(0x0800, 2); // names are UTF-8
    shared.writeUInt16LE(8, 4); // deflated
    shared.writeUInt16LE(time, 6);
    shared.writeUInt16LE(day, 8);
    shared.writeUInt32LE(crc, 10);
    shared.writeUInt32LE(deflated.length, 14);
    shared.writeUInt32LE(size, 18);
    shared.writeUInt16LE(name.length, 22);
    const local = Buffer.alloc(30 + name.length);
    local.writeUInt32LE(0x04034b50, 0);
    shared.copy(local, 4, 0, 26);
    name.copy(local, 30);
    const central = Buffer.alloc(46 + name.length);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    shared.copy(central, 6, 0, 24);
    central.writeUInt32LE(offset, 42);
    name.copy(central, 46);
    locals.push(local, deflated);
    centrals.push(central);
    offset += local.length + deflated.length;
  }
  const centralSize = centrals.reduce((s, c) => s + c.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, ...centrals, end]));
}
