// A QR code on a PDF page: a white square with its quiet zone, and the dark modules as one filled vector path.
import type { QrCode } from '../../model/deck.js';
import { darkRuns, modulesAcross, QUIET_ZONE } from '../qr-runs.js';

/**
 * Draws `code` as a `size`-point square (quiet zone included) with its top-left corner at (x, y): white behind it,
 * so it reads on any background, and the modules in near-black, which every phone reads and every printer prints.
 */
export function drawQr(doc: PDFKit.PDFDocument, code: QrCode, x: number, y: number, size: number): void {
  const unit = size / modulesAcross(code);
  doc.save();
  doc.rect(x, y, size, size).fill('#FFFFFF');
  const left = x + QUIET_ZONE * unit;
  const top = y + QUIET_ZONE * unit;
  for (const run of darkRuns(code)) doc.rect(left + run.column * unit, top + run.row * unit, run.length * unit, unit);
  doc.fill('#000000');
  doc.restore();
}
