// Colour contrast (WCAG 2), for every stage that picks a text colour for a fill.

/** `#rrggbb` or `rrggbb` as upper-case `RRGGBB` (the form pptxgenjs wants). */
export function hex6(color: string): string {
  const h = color.replace(/^#/, '').toUpperCase();
  return /^[0-9A-F]{3}$/.test(h) ? h.replace(/./g, (c) => c + c) : h;
}

/** Relative luminance of a colour (WCAG 2 definition). */
export function luminance(color: string): number {
  const h = hex6(color);
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(h.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio between two colours, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

/** `a` blended towards `b`: weight 1 gives `a`, 0 gives `b`. */
export function mix(a: string, b: string, weight: number): string {
  const x = hex6(a);
  const y = hex6(b);
  let out = '';
  for (const i of [0, 2, 4]) {
    const v = Math.round(parseInt(x.slice(i, i + 2), 16) * weight + parseInt(y.slice(i, i + 2), 16) * (1 - weight));
    out += v.toString(16).padStart(2, '0');
  }
  return out.toUpperCase();
}
