// What a language's regions write differently: a regional catalogue over the language's own (Portugal's Portuguese
// over Brazil's), and the quotation marks the tool sets around a quotation of its own making.

import type { Catalogue } from './catalogue-types.js';
import { ptPT } from './catalogues/pt-PT.js';

/** The language subtag of a tag, lower-case (`de` of `de-CH`): what names a catalogue. */
export function baseLanguage(tag: string): string {
  return tag.split('-')[0]!.toLowerCase();
}

/** The region subtag of a tag, upper-case (`CH` of `de-CH`, `419` of `es-419`), if it has one. */
export function regionOf(tag: string): string | undefined {
  return tag
    .split('-')
    .find((part, i) => i > 0 && /^[A-Za-z]{2}$|^\d{3}$/.test(part))
    ?.toUpperCase();
}

/** Chinese written in Traditional characters: zh-Hant, and Taiwan's, Hong Kong's and Macao's Chinese. */
export function isTraditionalChinese(tag: string): boolean {
  return (
    baseLanguage(tag) === 'zh' &&
    (/-hant(-|$)/i.test(tag) || (!/-hans(-|$)/i.test(tag) && ['TW', 'HK', 'MO'].includes(regionOf(tag) ?? '')))
  );
}

/** The entries a region writes differently from its language's catalogue, named by the tag that reads them first. */
export const VARIANTS = { 'pt-PT': ptPT } as const satisfies Record<string, Partial<Catalogue>>;
export type Variant = keyof typeof VARIANTS;

/**
 * Portugal, and the regions whose Portuguese CLDR derives from Portugal's (Angola, Mozambique, Cape Verde, Macao...).
 * `pt` alone, Brazil and any other region write as Brazil does, as Intl's `pt` formats as Brazil does.
 */
const EUROPEAN_PORTUGUESE = new Set(['PT', 'AO', 'CH', 'CV', 'GQ', 'GW', 'LU', 'MO', 'MZ', 'ST', 'TL']);

/** The regional variant a tag reads over its language's catalogue, if its region has one. */
export function variantOf(tag: string): Variant | undefined {
  return baseLanguage(tag) === 'pt' && EUROPEAN_PORTUGUESE.has(regionOf(tag) ?? '') ? 'pt-PT' : undefined;
}

/**
 * Quotation marks as each language prints them: Polish „…”, Italian, Portugal's Portuguese and Arabic «…», Japanese and
 * Traditional Chinese 「…」, Hebrew "…". The others keep the English marks the kits have always printed.
 */
const QUOTES: Readonly<Record<string, readonly [string, string]>> = {
  pl: ['„', '”'],
  it: ['«', '»'],
  'pt-PT': ['«', '»'],
  ja: ['「', '」'],
  // Taiwan and Hong Kong quote in corner brackets; Simplified Chinese and Korean take “…”.
  'zh-Hant': ['「', '」'],
  // Israeli business documents, press and forms quote in the straight double mark "…" (the gershayim's shape); it is
  // the same at both ends, so it reads right in a right-to-left line whatever its neighbours.
  he: ['"', '"'],
  // Arabic print and official documents quote in «…»; the marks are mirrored in a right-to-left line (Unicode pairs
  // them), so « opens on the right as the reader expects, where CLDR's ”…“ depends on the glyphs' direction.
  ar: ['«', '»'],
};

/** The marks that open and close a quotation in the tag's language (and region). */
export function quotationMarks(tag: string): readonly [string, string] {
  const key = isTraditionalChinese(tag) ? 'zh-Hant' : (variantOf(tag) ?? baseLanguage(tag));
  return QUOTES[key] ?? ['“', '”'];
}
