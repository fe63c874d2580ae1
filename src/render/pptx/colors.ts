// Colour contrast (WCAG 2): every text colour is checked against the fill behind it, whatever the brand colours are.

import type { ParaRole } from '../../layout/types.js';
import type { Theme } from '../../model/deck.js';
import { contrast, hex6, luminance, mix } from '../../util/contrast.js';

export { contrast, hex6, luminance, mix };

/** WCAG AA for normal text; applied to all text, large or not. */
export const MIN_CONTRAST = 4.5;
const DARK = '1B1B1B';
const WHITE = 'FFFFFF';
const BLACK = '000000';

/** The first of `wanted` readable on `fill`, else white or near-black (black if neither passes). */
export function readableOn(fill: string, ...wanted: string[]): string {
  for (const c of [...wanted, WHITE, DARK, BLACK]) if (contrast(c, fill) >= MIN_CONTRAST) return hex6(c);
  return contrast(WHITE, fill) >= contrast(BLACK, fill) ? WHITE : BLACK;
}

/** Fills the deck uses and the readable text colour for each role on each of them. */
export interface Palette {
  background: string;
  primary: string;
  accent: string;
  surface: string;
  /** Hairlines of tables. */
  line: string;
  /** Text colour for a paragraph role on a fill. */
  text(role: ParaRole, fill: string): string;
}

/** The palette of a theme (brand colours already merged in). */
export function palette(theme: Theme): Palette {
  const c = theme.colors;
  const want = (role: ParaRole): string[] => {
    switch (role) {
      case 'title':
      case 'heading':
      case 'cardTitle':
      case 'label':
        return [c.primary, c.text];
      case 'muted':
      case 'source':
      case 'caption':
      case 'attribution':
        return [c.muted, c.text];
      default:
        return [c.text];
    }
  };
  const cache = new Map<string, string>();
  return {
    background: hex6(c.background),
    primary: hex6(c.primary),
    accent: hex6(c.accent),
    surface: hex6(c.surface),
    line: hex6(mix(c.muted, c.background, 0.35)),
    text(role, fill) {
      const key = `${role}/${fill}`;
      let v = cache.get(key);
      if (!v) {
        v = readableOn(fill, ...want(role));
        cache.set(key, v);
      }
      return v;
    },
  };
}
