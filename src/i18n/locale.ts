// The client's language as the artefacts print it: the tool's own words, and clock times.
import { de } from './catalogues/de.js';
import { en } from './catalogues/en.js';
import { es } from './catalogues/es.js';
import { fr } from './catalogues/fr.js';
import { nl } from './catalogues/nl.js';

export type LabelKey = keyof typeof en;
export type Template = string | { readonly one: string; readonly other: string };
export type Catalogue = { readonly [K in LabelKey]: Template };

export const CATALOGUES = { en, de, fr, es, nl } as const satisfies Record<string, Catalogue>;
export type Language = keyof typeof CATALOGUES;
export const LANGUAGES = Object.keys(CATALOGUES) as Language[];
export const LABEL_KEYS = Object.keys(en) as LabelKey[];

/**
 * Everything a renderer needs to write in the kit's language. Plain data: the model crosses into
 * render threads by structured clone.
 */
export interface Locale {
  /** The BCP 47 tag as written (de-AT), for run and document language tags. */
  tag: string;
  language: Language;
  /** Twelve-hour clock with AM/PM (en-US, en-CA, en-AU...). */
  hour12: boolean;
  /** "13 h 30", as Canadian French writes the time. */
  hSeparator: boolean;
  words: Catalogue;
}

/** The language subtag of a tag (`de` of `de-CH`), if it is one the tool speaks. */
export function languageOf(tag: string): Language | undefined {
  const language = tag.split('-')[0]!.toLowerCase();
  return (LANGUAGES as string[]).includes(language) ? (language as Language) : undefined;
}

/** Regions whose English or Spanish reads the clock in twelve hours. */
const TWELVE_HOUR = new Set(['en', 'en-us', 'en-ca', 'en-au', 'en-nz', 'en-in', 'en-ph', 'es-us']);

/** The locale for a tag the schema accepted, with the content's `labels` over the catalogue. */
export function resolveLocale(tag: string, labels: Partial<Record<LabelKey, Template>> = {}): Locale {
  const language = languageOf(tag) ?? 'en';
  const region = tag.split('-').find((part, i) => i > 0 && /^[A-Za-z]{2}$|^\d{3}$/.test(part));
  const short = `${language}${region ? `-${region.toLowerCase()}` : ''}`;
  return {
    tag,
    language,
    hour12: TWELVE_HOUR.has(short),
    hSeparator: short === 'fr-ca',
    words: { ...CATALOGUES[language], ...labels },
  };
}

export type Params = Readonly<Record<string, string | number>>;

/** An entry with its placeholders filled in; `n` picks the plural form. */
export function say(locale: Locale, key: LabelKey, params: Params = {}): string {
  return fill(pick(locale, locale.words[key], params), params);
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
    if (name !== undefined && bold.includes(name)) runs.push({ text: String(params[name] ?? part), bold: true });
    else runs.push({ text: fill(part, params) });
  }
  return runs;
}

function pick(locale: Locale, template: Template, params: Params): string {
  if (typeof template === 'string') return template;
  const n = Number(params.n);
  // French counts 0 and 1 as singular ("0 pause"); the other four languages only 1.
  const one = locale.language === 'fr' ? n === 0 || n === 1 : n === 1;
  return one ? template.one : template.other;
}

function fill(template: string, params: Params): string {
  return template.replace(/\{([a-z][\w-]*)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The placeholders an entry uses, in both plural forms. */
export function placeholdersOf(template: Template): Set<string> {
  const texts = typeof template === 'string' ? [template] : [template.one, template.other];
  return new Set(texts.flatMap((t) => [...t.matchAll(/\{([a-z][\w-]*)\}/g)].map((m) => m[1]!)));
}

/** "1, 3 and 5" in the kit's language. */
export function listOf(locale: Locale, items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return say(locale, 'list-and', { list: items.slice(0, -1).join(', '), last: items[items.length - 1]! });
}

/** A time of day ("HH:MM", as compose computes it) as the locale writes it: 13:30, 1:30 PM, 13 h 30. */
export function clock(locale: Locale, hhmm: string): string {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  if (locale.hour12) return `${hour12(h)}:${pad(m)}\u00A0${h < 12 ? 'AM' : 'PM'}`;
  if (locale.hSeparator) return `${h}\u00A0h\u00A0${pad(m)}`;
  return `${pad(h)}:${pad(m)}`;
}

/** A span of two times: "9:00–10:30 AM" when both fall in one half of the day, "11:30 AM–1:00 PM" otherwise. */
export function clockSpan(locale: Locale, from: string, to: string): string {
  if (locale.hour12 && from.slice(0, 2) < '12' === to.slice(0, 2) < '12') {
    const [h, m] = from.split(':').map(Number) as [number, number];
    return `${hour12(h)}:${pad(m)}–${clock(locale, to)}`;
  }
  return `${clock(locale, from)}–${clock(locale, to)}`;
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
