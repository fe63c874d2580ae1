// Design tokens shared by both PDF documents: one spacing scale, one type scale, print-safe colours.
import type { Paper } from '../../model/deck.js';

/** Millimetres to PDF points. */
export const mm = (n: number): number => (n * 72) / 25.4;

export const PAPER: Record<Paper, { width: number; height: number }> = {
  A4: { width: 595.28, height: 841.89 },
  Letter: { width: 612, height: 792 },
};

/** Page geometry. Furniture sits inside the 15 mm band too, so trimming printers never cut it. */
export const PAGE = {
  side: mm(18),
  top: mm(15),
  bottom: mm(15),
  /** Header band height above the content area (header text + rule + gap). */
  header: mm(11),
  /** Footer band height below the content area. */
  footer: mm(10),
};

/** Spacing scale (pt): every gap in both documents is one of these. */
export const SPACE = { xs: 3, s: 6, m: 10, l: 16, xl: 24, xxl: 36 };

/** Type scale (pt). Leading is a multiple of size so mixed sizes keep rhythm. */
export const TYPE = {
  body: 10.5,
  small: 8.5,
  label: 9,
  h3: 11.5,
  h2: 13.5,
  h1: 18,
  title: 28,
  leading: 1.38,
};

/** Handwriting needs: lines 9 mm apart, boxes 4 mm, cells tall enough for two lines of pen. */
export const PEN = {
  lineGap: mm(9),
  box: mm(4),
  actionRow: mm(24),
};

/**
 * Print colours. Body text is near-black and all structure is drawn in greys, so
 * the page reads the same on a monochrome printer; the brand colour is only an accent.
 */
export const INK = {
  text: '#1A1A1A',
  muted: '#555555',
  faint: '#8C8C8C',
  rule: '#B3B3B3',
  writing: '#9A9A9A',
  fill: '#F0F0F0',
  fillStrong: '#E2E2E2',
  white: '#FFFFFF',
};

/**
 * The accent colour from the theme, darkened until it keeps at least a mid-grey on
 * paper (a pale brand yellow would otherwise vanish as a rule).
 */
export function accentColour(hex: string): string {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return INK.muted;
  let [r, g, b] = [0, 2, 4].map((i) => parseInt(m[1]!.slice(i, i + 2), 16) / 255) as [number, number, number];
  const lum = (): number => 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  for (let i = 0; i < 20 && lum() > 0.3; i++) {
    r *= 0.9;
    g *= 0.9;
    b *= 0.9;
  }
  return (
    '#' +
    [r, g, b]
      .map((c) =>
        Math.round(c * 255)
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')
      .toUpperCase()
  );
}

function lin(c: number): number {
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** A light tint of the accent for table header fills: reads as a pale grey in greyscale. */
export function tint(hex: string, amount: number): string {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return INK.fill;
  return (
    '#' +
    [0, 2, 4]
      .map((i) => parseInt(m[1]!.slice(i, i + 2), 16))
      .map((c) =>
        Math.round(255 - (255 - c) * amount)
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')
      .toUpperCase()
  );
}
