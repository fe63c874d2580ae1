/** An 8-bit RGB PNG from `raw`: `height` scanlines of a filter byte (0) and `width` RGB triples. */
export function encodePng(width: number, height: number, raw: Uint8Array, level?: number): Buffer;
