// Reads QR codes back from pages as a phone would see them: the page rendered by poppler (pdftoppm, 150 dpi), the
// pixels decoded by jsQR, a decoder nobody on the team wrote.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';

// jsQR is CommonJS that declares an ES default export: under NodeNext its default import is the module, not the function.
const jsQR = createRequire(import.meta.url)('jsqr') as (
  data: Uint8ClampedArray,
  width: number,
  height: number,
) => { data: string } | null;

/** The text of the QR code on page `page` (1-based) of a PDF, or undefined when none is found. */
export function qrOnPage(pdf: string, page: number): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'wk-qr-'));
  try {
    execFileSync('pdftoppm', ['-r', '150', '-png', '-f', String(page), '-l', String(page), pdf, join(dir, 'p')]);
    const file = readdirSync(dir).find((f) => f.endsWith('.png'))!;
    const png = PNG.sync.read(readFileSync(join(dir, file)));
    return jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height)
      ?.data;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
