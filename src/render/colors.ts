// Colour contrast (WCAG 2): every text colour is checked against the fill behind it, whatever the brand colours are.

import type { ParaRole } from '../layout/types.js';
import type { Theme } from '../model/deck.js';
import { contrast, hex6, luminance, mix } from '../util/contrast.js';

export { contrast, hex6, luminance, mix };

/** WCAG AA for normal text; applied to all text, large or not. */
export const MIN_CONTRAST = 4.5;
const DARK = '1B1B1B';
const WHITE = 'FFFFFF';
const BLACK = '000000';

/**
 * Small quiet text (the progress marker, captions, sources, attributions, footers) reads at 7:1 on its fill, WCAG's
 * bar for small text at AAA: its strokes are a pixel or two wide on a projector and blend into the ground. The default
 * grey at 5.5:1 measured 3.7 to 4.4:1 on the pixels LibreOffice draws of the 12 pt progress marker.
 */
export const QUIET_CONTRAST = 7;

/** `muted` darkened towards `text` (lightened, on a dark fill) in twentieths until it reads at 7:1 on `fill`; `text` when none does. */
export function quietOn(fill: string, muted: string, text: string): string {
  for (let i = 0; i <= 20; i++) {
    const c = mix(muted, text, 1 - i / 20);
    if (contrast(c, fill) >= QUIET_CONTRAST) return c;
  }
  return hex6(text);
}

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
  /** Table header rows' fill. */
  header: string;
  /** Hairlines of tables. */
  line: string;
  /** Text colour for a paragraph role on a fill. */
  text(role: ParaRole, fill: string): string;
}

/** The palette of a theme (brand colours already merged in). */
export function palette(theme: Theme): Palette {
  const c = theme.colors;
  const want = (role: ParaRole, fill: string): string[] => {
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
        return [quietOn(fill, c.muted, c.text), c.text];
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
    header: hex6(c.header ?? c.primary),
    line: hex6(mix(c.muted, c.background, 0.35)),
    text(role, fill) {
      const key = `${role}/${fill}`;
      let v = cache.get(key);
      if (!v) {
        v = readableOn(fill, ...want(role, fill));
        cache.set(key, v);
      }
      return v;
    },
  };
}

/** A table cell's fill: the header row's, a row label's or break's (a light tint), or the slide's own. */
export function cellFill(pal: Palette, header: boolean, role: string | undefined): string {
  if (header) return pal.header;
  return role === 'aspect' || role === 'break' ? pal.surface : pal.background;
}
