// The client's language as the artefacts print it: the tool's own words, and clock times.

import { type Catalogue, type LabelKey, PLURAL_FORMS, type PluralForm, type Template } from './catalogue-types.js';
import { ar } from './catalogues/ar.js';
import { de } from './catalogues/de.js';
import { en } from './catalogues/en.js';
import { es } from './catalogues/es.js';
import { fr } from './catalogues/fr.js';
import { he } from './catalogues/he.js';
import { it } from './catalogues/it.js';
import { ja } from './catalogues/ja.js';
import { ko } from './catalogues/ko.js';
import { nl } from './catalogues/nl.js';
import { pl } from './catalogues/pl.js';
import { pt } from './catalogues/pt.js';
import { zh } from './catalogues/zh.js';
import { zhHant } from './catalogues/zh-Hant.js';
import { baseLanguage, isTraditionalChinese, quotationMarks, regionOf, VARIANTS, variantOf } from './regions.js';

export type { Catalogue, Counted, LabelKey, PluralForm, Template } from './catalogue-types.js';
export { PLURAL_FORMS } from './catalogue-types.js';
export { baseLanguage } from './regions.js';

/**
 * The built-in words, by language subtag, except Traditional Chinese: Chinese tags share the subtag `zh`, and the script
 * (or the region that implies it) picks `zh-Hant` over Simplified `zh`.
 */
export const CATALOGUES = {
  en,
  de,
  fr,
  es,
  nl,
  pt,
  it,
  pl,
  ja,
  zh,
  'zh-Hant': zhHant,
  ko,
  he,
  ar,
} as const satisfies Record<string, Catalogue>;
export type Language = keyof typeof CATALOGUES;
export const LANGUAGES = Object.keys(CATALOGUES) as Language[];
export const LABEL_KEYS = Object.keys(en) as LabelKey[];

/** A content folder's own words for a language (`i18n/sv.yaml`): every key, checked by validate. */
export interface FileCatalogue {
  /** Content-relative path, so a save to it rebuilds the kits that speak it. */
  file: string;
  words: Catalogue;
}

/**
 * Everything a renderer needs to write in the kit's language. Plain data: the model crosses into
 * render threads by structured clone.
 */
export interface Locale {
  /** The BCP 47 tag as written (de-AT), for run and document language tags. */
  tag: string;
  /** The language subtag (`sv` of `sv-SE`): one of the built-in catalogues', or one a content file gives words for. */
  language: string;
  /** The content's catalogue file the words come from, when they are not built in. */
  catalogue?: string;
  /** Twelve-hour clock with AM/PM (en-US, en-CA, en-AU...). */
  hour12: boolean;
  /** Times as Intl writes them for the tag: a language the tool has no words of its own for, and Arabic. */
  intlClock?: true;
  /**
   * The digits 0–9 as the tag's region writes them, where they are not ASCII: Arabic-Indic (٠١٢…) in Saudi Arabia and
   * Egypt, as CLDR has it. Every number the tool fills into its words is written in them, as Intl writes the date.
   */
  digits?: string;
  /** "13 h 30", as Canadian French writes the time. */
  hSeparator: boolean;
  words: Catalogue;
}

/** The built-in catalogue a tag reads (`de` for `de-CH`, `zh-Hant` for `zh-TW`), if the tool has words for it. */
export function languageOf(tag: string): Language | undefined {
  const language = baseLanguage(tag) === 'iw' ? 'he' : baseLanguage(tag);
  if (isTraditionalChinese(tag)) return 'zh-Hant';
  return (LANGUAGES as string[]).includes(language) ? (language as Language) : undefined;
}

/**
 * Built-in languages whose clock is Intl's for the tag: Arabic reads twelve hours with ص/م (24 in Morocco), in the
 * region's digits.
 */
const INTL_CLOCK = new Set<Language>(['ar']);

/** Regions whose English or Spanish reads the clock in twelve hours. */
const TWELVE_HOUR = new Set(['en', 'en-us', 'en-ca', 'en-au', 'en-nz', 'en-in', 'en-ph', 'es-us']);

/**
 * The locale for a tag validate accepted, with the content's `labels` over the catalogue: the content's own file for
 * the language when it has one (it may also replace a built-in language's words), else the built-in words, with a
 * region's own entries over them (pt-PT over Portuguese).
 */
export function resolveLocale(
  tag: string,
  labels: Partial<Record<LabelKey, Template>> = {},
  file?: FileCatalogue,
): Locale {
  const builtIn = languageOf(tag);
  const language = file || builtIn ? baseLanguage(tag) : 'en';
  const region = regionOf(tag);
  const short = `${language}${region ? `-${region.toLowerCase()}` : ''}`;
  const variant = builtIn && !file ? variantOf(tag) : undefined;
  const intl = !builtIn || INTL_CLOCK.has(builtIn);
  const digits = digitsOf(tag);
  return {
    tag,
    language,
    ...(file ? { catalogue: file.file } : {}),
    // The built-in languages keep the clock they have always printed; any other reads it as Intl's data for the tag.
    hour12: intl ? intlHour12(tag) : TWELVE_HOUR.has(short),
    hSeparator: short === 'fr-ca',
    ...(intl ? { intlClock: true as const } : {}),
    ...(digits ? { digits } : {}),
    words: { ...(file?.words ?? CATALOGUES[builtIn ?? 'en']), ...(variant ? VARIANTS[variant] : {}), ...labels },
  };
}

function intlHour12(tag: string): boolean {
  if (!intlKnows(tag)) return false;
  return new Intl.DateTimeFormat(tag, { hour: 'numeric', timeZone: 'UTC' }).resolvedOptions().hour12 === true;
}

/** The tag's own digits, if Intl writes its numbers in others than 0–9 (`ar-SA`, or any tag with `-u-nu-arab`). */
function digitsOf(tag: string): string | undefined {
  if (!intlKnows(tag)) return undefined;
  const format = new Intl.NumberFormat(tag, { useGrouping: false });
  const digits = Array.from({ length: 10 }, (_, d) => format.format(d)).join('');
  return digits === '0123456789' ? undefined : digits;
}

/** A whole number as the locale writes it: in its own digits, without grouping ("١٢", "2027"). */
export function numeral(locale: Pick<Locale, 'digits'>, n: number | string): string {
  const text = String(n);
  const digits = locale.digits;
  return digits ? text.replace(/[0-9]/g, (d) => digits[Number(d)]!) : text;
}

/**
 * Whether Node's ICU has data for the tag: for one it lacks, Intl falls back to the machine's own locale, and the
 * bytes would depend on the machine; those tags count in English and read the clock in 24 hours.
 */
function intlKnows(tag: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf(tag).length > 0;
  } catch {
    return false;
  }
}

export type Params = Readonly<Record<string, string | number>>;

/** An entry with its placeholders filled in; `n` picks the plural form. */
export function say(locale: Locale, key: LabelKey, params: Params = {}): string {
  return fill(pick(locale, locale.words[key], params), params, locale);
}

/** Like `say`, as runs: the named placeholders' values come out bold (a label within a sentence). */
export function sayRuns(
  locale: Locale,
  key: LabelKey,
  params: Params,
  bold: readonly string[],
): { text: string; bold?: true }[] {
  const template = pick(locale, locale.words[key], params);
  const runs: { text: string; bold?: true }[] = [];
  for (const part of template.split(/(\{[a-z][\w-]*\})/)) {
    if (!part) continue;
    const name = /^\{([a-z][\w-]*)\}$/.exec(part)?.[1];
    if (name !== undefined && bold.includes(name))
      runs.push({ text: name in params ? value(params[name]!, locale) : part, bold: true });
    else runs.push({ text: fill(part, params, locale) });
  }
  return runs;
}

function pick(locale: Locale, template: Template, params: Params): string {
  if (typeof template === 'string') return template;
  // As the language counts: French takes 0 as singular ("0 pause"), English and German only 1; Polish has a form
  // for 2-4 and one for 5-21. A form the entry lacks reads as `other`.
  return template[pluralForm(locale.tag, Number(params.n))] ?? template.other;
}

/** The plural form the tag's language takes for `n`; one for 1 and other for the rest where Intl lacks the tag. */
export function pluralForm(tag: string, n: number): PluralForm {
  return intlKnows(tag) ? new Intl.PluralRules(tag).select(n) : n === 1 ? 'one' : 'other';
}

/** A number is filled in in the locale's digits; a text (a title, a time already written) as it is. */
function fill(template: string, params: Params, locale: Locale): string {
  return template.replace(/\{([a-z][\w-]*)\}/g, (whole, name: string) =>
    name in params ? value(params[name]!, locale) : whole,
  );
}

const value = (v: string | number, locale: Locale) => (typeof v === 'number' ? numeral(locale, v) : v);

/** An entry's texts: the one, or each plural form it has. */
export function textsOf(template: Template): string[] {
  if (typeof template === 'string') return [template];
  return PLURAL_FORMS.flatMap((form) => (template[form] === undefined ? [] : [template[form]!]));
}

/** The placeholders an entry uses, in all its plural forms. */
export function placeholdersOf(template: Template): Set<string> {
  return new Set(textsOf(template).flatMap((t) => [...t.matchAll(/\{([a-z][\w-]*)\}/g)].map((m) => m[1]!)));
}

/** A quotation the tool sets (a notes quote, a worksheet column named in the guide) in the language's marks. */
export function quoted(locale: Locale, text: string): string {
  const [open, close] = quotationMarks(locale.tag);
  return `${open}${text}${close}`;
}

/** Chinese and Japanese write words with no space between them (Korean spaces its words). */
export function wordSpace(locale: Locale): string {
  return locale.language === 'ja' || locale.language === 'zh' ? '' : ' ';
}

/** What separates the items of a list: ", ", 、 in Chinese and Japanese, the Arabic comma in Arabic. */
export function listComma(locale: Locale): string {
  if (locale.language === 'ar') return '، ';
  return wordSpace(locale) ? ', ' : '、';
}

/** "1, 3 and 5" in the kit's language ("1、3、5" in Chinese and Japanese, "1, 3 ו־5" in Hebrew). */
export function listOf(locale: Locale, items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  const comma = listComma(locale);
  let last = items[items.length - 1]!;
  // Hebrew's "and" is a letter joined to the next word; before a number or a Latin word, by a maqaf ("ו־5").
  if (languageOf(locale.tag) === 'he' && /\{list\} ו\{last\}/.test(String(locale.words['list-and'])))
    last = /^[\p{Script=Hebrew}"״'«(]/u.test(last) ? last : `\u05BE${last}`;
  return say(locale, 'list-and', { list: items.slice(0, -1).join(comma), last });
}

/** A time of day ("HH:MM", as compose computes it) as the locale writes it: 13:30, 1:30 PM, 13 h 30. */
export function clock(locale: Locale, hhmm: string): string {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  if (locale.intlClock) return intlClock(locale.tag, h, m);
  if (locale.hour12) return numeral(locale, `${hour12(h)}:${pad(m)}\u00A0${h < 12 ? 'AM' : 'PM'}`);
  if (locale.hSeparator) return numeral(locale, `${h}\u00A0h\u00A0${pad(m)}`);
  return numeral(locale, `${pad(h)}:${pad(m)}`);
}

/** A span of two times: "9:00–10:30 AM" when both fall in one half of the day, "11:30 AM–1:00 PM" otherwise. */
export function clockSpan(locale: Locale, from: string, to: string): string {
  if (locale.hour12 && !locale.intlClock && from.slice(0, 2) < '12' === to.slice(0, 2) < '12') {
    const [h, m] = from.split(':').map(Number) as [number, number];
    return `${numeral(locale, `${hour12(h)}:${pad(m)}`)}–${clock(locale, to)}`;
  }
  return `${clock(locale, from)}–${clock(locale, to)}`;
}

/** A time as Intl writes it for the tag, its spaces no-break spaces every embedded font has. */
function intlClock(tag: string, h: number, m: number): string {
  if (!intlKnows(tag)) return `${pad(h)}:${pad(m)}`;
  const format = new Intl.DateTimeFormat(tag, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
  return format.format(Date.UTC(2000, 0, 1, h, m)).replace(/[\u202F ]/g, '\u00A0');
}

const hour12 = (h: number) => (h % 12 === 0 ? 12 : h % 12);
const pad = (n: number) => String(n).padStart(2, '0');

/** How a grouping reads ("In pairs"). */
export function groupingText(locale: Locale, grouping: 'solo' | 'pairs' | 'small groups' | 'plenary'): string {
  return say(locale, `grouping-${grouping.replace(' ', '-')}` as LabelKey);
}

/** "Exercise 3", with the entry `exercise` an author may have renamed. */
export function exerciseNumber(locale: Locale, n: number): string {
  return say(locale, 'exercise-number', { exercise: say(locale, 'exercise'), n });
}

/** "Exercise 3 · Title", a section's heading and running head. */
export function exerciseHeading(locale: Locale, e: { number: number; title: string }): string {
  return say(locale, 'exercise-heading', { exercise: say(locale, 'exercise'), n: e.number, title: e.title });
}

/** "3 h 30 min", "45 min". */
export function duration(locale: Locale, minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return say(locale, 'minutes-short', { n: m });
  return m === 0 ? say(locale, 'hours-only', { h }) : say(locale, 'hours-minutes', { h, m });
}

/**
 * A label as it stands before its value ("Facilitator: " and "講師："): a full-width colon carries its own space, so
 * none is added after it.
 */
export function labelBefore(label: string): string {
  return /[\uFF1A\uFF1B\u3001\u3002]$/.test(label) ? label : `${label} `;
}
