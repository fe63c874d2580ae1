// The build's font files for a browser: each font key a slide's text uses becomes one CSS family, declared once per page.
import { createHash } from 'node:crypto';
import { type FontKey, fontFileBytes } from '../../text/faces.js';

const families = new Map<FontKey, string>();

/** The CSS family a font key is drawn in: a name no installed font has, so the browser never substitutes its own. */
export function fontFamilyOf(key: FontKey): string {
  // Asked for every run of text of every slide drawn: the digest is worked out once a key.
  let family = families.get(key);
  if (family === undefined)
    families.set(key, (family = `wk-${createHash('sha256').update(key).digest('hex').slice(0, 12)}`));
  return family;
}

/** A font file's bytes and media type, for the page to fetch by its family name. */
export function fontFile(key: FontKey): { bytes: Uint8Array; type: string } {
  const bytes = fontFileBytes(key);
  const tag = String.fromCharCode(...bytes.subarray(0, 4));
  const type = tag === 'wOF2' ? 'font/woff2' : tag === 'wOFF' ? 'font/woff' : tag === 'OTTO' ? 'font/otf' : 'font/ttf';
  return { bytes, type };
}

/**
 * `@font-face` rules for the keys, each file at `urlOf(family)` (a page fetches them from its server; a standalone SVG
 * passes data URLs). Kerning and ligatures are off: the PDF places every glyph at its own advance.
 */
export function fontFaceCss(keys: Iterable<FontKey>, urlOf: (key: FontKey) => string): string {
  const rules = [...new Set(keys)]
    .sort()
    .map((key) => `@font-face{font-family:"${fontFamilyOf(key)}";src:url("${urlOf(key)}");font-display:block}`);
  return `${rules.join('')}svg text{font-kerning:none;font-variant-ligatures:none;white-space:pre}`;
}

/** A font file as a data URL, for an SVG that stands alone. */
export function fontDataUrl(key: FontKey): string {
  const { bytes, type } = fontFile(key);
  return `data:${type};base64,${Buffer.from(bytes).toString('base64')}`;
}
