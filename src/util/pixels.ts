// A picture's pixels: decoded from PNG or JPEG (pngjs, jpeg-js), scaled down by averaging, and written back. Pictures
// reach here checked (util/image.ts) or as a template carries them; one that cannot be decoded gives null, never a throw.
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { MAX_PIXELS } from './image-check.js';

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, four bytes a pixel. */
  data: Uint8Array;
}

/** The pixels of a PNG or JPEG, or null for anything else, a damaged file or one over the pixel limit. */
export function decodePicture(bytes: Uint8Array): Pixels | null {
  try {
    if (bytes[0] === 0x89 && bytes[1] === 0x50) {
      const png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      return png.width * png.height > MAX_PIXELS ? null : { width: png.width, height: png.height, data: png.data };
    }
    if (bytes[0] === 0xff && bytes[1] === 0xd8) {
      const image = jpeg.decode(bytes, {
        useTArray: true,
        formatAsRGBA: true,
        maxResolutionInMP: MAX_PIXELS / 1_000_000,
        maxMemoryUsageInMB: 512,
      });
      return { width: image.width, height: image.height, data: image.data };
    }
  } catch {
    // Not decodable: the caller keeps the picture as it is, or leaves it out.
  }
  return null;
}

/** `p` at `width` × `height` (both no larger than its own), each new pixel the average of the ones it covers. */
export function scaledDown(p: Pixels, width: number, height: number): Pixels {
  const out = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    const y0 = Math.floor((y * p.height) / height);
    const y1 = Math.max(y0 + 1, Math.floor(((y + 1) * p.height) / height));
    for (let x = 0; x < width; x++) {
      const x0 = Math.floor((x * p.width) / width);
      const x1 = Math.max(x0 + 1, Math.floor(((x + 1) * p.width) / width));
      const sum = [0, 0, 0, 0];
      for (let sy = y0; sy < y1; sy++)
        for (let sx = x0; sx < x1; sx++) for (let k = 0; k < 4; k++) sum[k]! += p.data[(sy * p.width + sx) * 4 + k]!;
      const n = (x1 - x0) * (y1 - y0);
      for (let k = 0; k < 4; k++) out[(y * width + x) * 4 + k] = Math.round(sum[k]! / n);
    }
  }
  return { width, height, data: out };
}

/** Whether every pixel is opaque. */
export function opaque(p: Pixels): boolean {
  for (let i = 3; i < p.data.length; i += 4) if (p.data[i]! < 255) return false;
  return true;
}

export function encodeJpeg(p: Pixels, quality = 85): Uint8Array {
  return new Uint8Array(jpeg.encode({ width: p.width, height: p.height, data: p.data }, quality).data);
}

export function encodePng(p: Pixels): Uint8Array {
  const png = new PNG({ width: p.width, height: p.height });
  png.data.set(p.data);
  return new Uint8Array(PNG.sync.write(png));
}
