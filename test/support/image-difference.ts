// How far two renders of one page are apart: what the preview and slides.pdf are compared by.
import type { PNG } from 'pngjs';

/** Mean absolute difference of two RGB images of nearly one size, in percent of full scale, over their common area. */
export function meanDifference(a: PNG, b: PNG): number {
  const w = Math.min(a.width, b.width);
  const h = Math.min(a.height, b.height);
  let sum = 0;
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const i = (y * a.width + x) * 4;
      const j = (y * b.width + x) * 4;
      for (let c = 0; c < 3; c++) sum += Math.abs(a.data[i + c]! - b.data[j + c]!);
    }
  return (sum / (w * h * 3 * 255)) * 100;
}
