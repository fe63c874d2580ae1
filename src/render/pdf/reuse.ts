// Work a process does once for identical PDF pieces: a page's deflated content stream and a font's subset.
// Watch mode redraws every page of a kit after each save although most pages did not change, and kits for
// many clients share most pages and the same glyph sets; deflate and subsetting were ~40% of a warm PDF.
import zlib from 'node:zlib';

/** The fields of pdfkit's PDFReference (an indirect object, possibly a stream) that its finalize uses. */
interface Reference {
  document: { _security?: unknown };
  compress: boolean;
  buffer: Uint8Array[];
  finalize(): void;
}

/** The fields of fontkit's TTF subset that pdfkit's font embedding uses. */
interface Subset {
  glyphs: number[];
  encode(): Uint8Array;
}

const LIMIT_BYTES = 48 * 1024 * 1024;
const deflated = new Map<string, Uint8Array>();
const subsets = new Map<string, Uint8Array>();
let heldBytes = 0;

function remember<T extends Uint8Array>(cache: Map<string, Uint8Array>, key: string, value: T): T {
  if (heldBytes > LIMIT_BYTES) {
    deflated.clear();
    subsets.clear();
    heldBytes = 0;
  }
  cache.set(key, value);
  heldBytes += key.length + value.length;
  return value;
}

const patched = new WeakSet<object>();

/**
 * Makes pdfkit deflate each distinct stream once per process. Same zlib call and level as pdfkit's own,
 * so the bytes do not change; the stream keeps the FlateDecode filter its first write set.
 */
export function reuseDeflatedStreams(anyReference: object): void {
  const proto = Object.getPrototypeOf(anyReference) as Reference;
  if (patched.has(proto)) return;
  patched.add(proto);
  const finalize = proto.finalize;
  proto.finalize = function (this: Reference) {
    if (this.compress && this.buffer.length > 0 && !this.document._security) {
      const raw = Buffer.concat(this.buffer);
      const key = raw.toString('latin1');
      this.buffer = [deflated.get(key) ?? remember(deflated, key, zlib.deflateSync(raw))];
      this.compress = false;
    }
    finalize.call(this);
  };
}

/** Makes a font subset reuse the bytes of an earlier subset of the same font with the same glyphs in the same order. */
export function reuseSubset(fontKey: string, subset: Subset): void {
  const encode = subset.encode.bind(subset);
  subset.encode = () => {
    const key = `${fontKey}:${subset.glyphs.join(',')}`;
    return subsets.get(key) ?? remember(subsets, key, encode());
  };
}
