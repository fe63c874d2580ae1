// A QR code as the writers draw it: its dark modules joined into horizontal runs, so each row is a few rectangles
// rather than one square per module (the same shapes in the PDFs, the preview's SVG and the deck's one path).
import type { QrCode } from '../model/deck.js';

/** Modules of clear space a QR code needs on every side for a phone to find it. */
export const QUIET_ZONE = 4;

/** A run of dark modules in one row: its row, first column and length, in modules. */
export interface DarkRun {
  row: number;
  column: number;
  length: number;
}

/** The code's dark runs, row by row from the top. */
export function darkRuns(code: QrCode): DarkRun[] {
  const runs: DarkRun[] = [];
  code.rows.forEach((bits, row) => {
    for (let column = 0; column < bits.length; column++) {
      if (bits[column] !== '1') continue;
      let end = column;
      while (bits[end + 1] === '1') end++;
      runs.push({ row, column, length: end - column + 1 });
      column = end;
    }
  });
  return runs;
}

/** Modules across the code, quiet zone included. */
export function modulesAcross(code: QrCode): number {
  return code.rows.length + 2 * QUIET_ZONE;
}
