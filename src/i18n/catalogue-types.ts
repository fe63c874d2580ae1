// The shape of a catalogue of the tool's words, apart from the catalogues themselves: what a regional variant and
// the locale both name, so neither has to import the other.
import type { en } from './catalogues/en.js';

export type LabelKey = keyof typeof en;
/**
 * The plural forms an entry that counts may have: CLDR's categories, as Intl.PluralRules picks them for the kit's
 * language. `one` and `other` always; the rest only where the language counts in them (Polish `few`, `many`).
 */
export const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralForm = (typeof PLURAL_FORMS)[number];
/** `one` is left out by the languages that never take it (Japanese and Chinese count with `other` alone). */
export type Counted = { readonly other: string } & {
  readonly [F in Exclude<PluralForm, 'other'>]?: string;
};
export type Template = string | Counted;
export type Catalogue = { readonly [K in LabelKey]: Template };
