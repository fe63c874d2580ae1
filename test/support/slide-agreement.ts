// How closely slides.pdf draws what LibreOffice draws from deck.pptx: words on the same page within a few points,
// and the colour at a point of a page.
import { execFileSync } from 'node:child_process';
import { decodeXml } from './artefacts.js';

export interface PlacedWord {
  x: number;
  y: number;
  text: string;
}

/** Each page's words with their top-left corners, as poppler reads them. */
export function pdfWords(pdf: string): PlacedWord[][] {
  const xml = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return [...xml.matchAll(/<page[^>]*>([\s\S]*?)<\/page>/g)].map((p) =>
    [...p[1]!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)<\/word>/g)].map(
      (m) => ({ x: Number(m[1]), y: Number(m[2]), text: decodeXml(m[3]!) }),
    ),
  );
}

/** The share of our words that LibreOffice's rendering has on the same page within `tolerance` points, and the pages of the rest. */
export function agreement(
  ours: PlacedWord[][],
  theirs: PlacedWord[][],
  tolerance = 6,
): { share: number; missesByPage: Record<number, number> } {
  let total = 0;
  let near = 0;
  const missesByPage: Record<number, number> = {};
  ours.forEach((page, i) => {
    for (const w of page) {
      total++;
      const d = Math.min(
        Infinity,
        ...(theirs[i] ?? [])
          .filter((t) => t.text === w.text)
          .map((t) => Math.max(Math.abs(t.x - w.x), Math.abs(t.y - w.y))),
      );
      if (d <= tolerance) near++;
      else missesByPage[i + 1] = (missesByPage[i + 1] ?? 0) + 1;
    }
  });
  return { share: near / Math.max(1, total), missesByPage };
}

/** The colour (#RRGGBB) poppler paints at (x, y) inches on a page (1-based), rendered at 20 dpi. */
export function colourAt(pdf: string, page: number, x: number, y: number): string {
  return pageRaster(pdf, page, 20)(x, y);
}

/** A page (1-based) as poppler paints it at `dpi`: the colour (#RRGGBB) at (x, y) inches. */
export function pageRaster(pdf: string, page: number, dpi: number): (x: number, y: number) => string {
  const ppm = execFileSync(
    'pdftoppm',
    ['-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdf],
    { maxBuffer: 64 << 20 },
  );
  // P6 header: magic, width, height, maxval, each followed by whitespace.
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 64).toString('latin1'))!;
  const width = Number(header[1]);
  return (x, y) => {
    const at = header[0].length + (Math.round(y * dpi) * width + Math.round(x * dpi)) * 3;
    return `#${[ppm[at]!, ppm[at + 1]!, ppm[at + 2]!].map((c) => c.toString(16).padStart(2, '0').toUpperCase()).join('')}`;
  };
}

/** The largest difference of one channel between two #RRGGBB colours. */
export function colourDistance(a: string, b: string): number {
  return Math.max(
    ...[1, 3, 5].map((i) => Math.abs(Number.parseInt(a.slice(i, i + 2), 16) - Number.parseInt(b.slice(i, i + 2), 16))),
  );
}
