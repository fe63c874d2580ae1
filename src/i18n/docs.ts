// The content format's table of the tool's own words, and the English catalogue to translate (npm run docs:labels
// writes both; a test keeps them current).
import { stringify } from 'yaml';
import { CATALOGUES, LABEL_KEYS, PLURAL_FORMS, placeholdersOf, type Template } from './locale.js';

const forms = (t: Exclude<Template, string>) =>
  PLURAL_FORMS.flatMap((form) => (t[form] === undefined ? [] : [`${form}: ${t[form]}`])).join('<br>');

const cell = (t: Template) => (typeof t === 'string' ? t : forms(t)).replace(/\|/g, '\\|').replace(/\u00A0/g, ' ');

/** Every key, its English text and the placeholders an override must keep. */
export function labelTable(): string {
  const rows = LABEL_KEYS.map((key) => {
    const names = [...placeholdersOf(CATALOGUES.en[key])].map((n) => `\`{${n}}\``).join(' ');
    return `| \`${key}\` | ${cell(CATALOGUES.en[key])} | ${names} |`;
  });
  return ['| key | English | placeholders to keep |', '| --- | --- | --- |', ...rows].join('\n');
}

/** The English words as a catalogue file, to copy to `i18n/LANGUAGE.yaml` and translate. */
export function catalogueTemplate(): string {
  const header = [
    "# The tool's own words, in English: copy this file to i18n/LANGUAGE.yaml in your content folder (i18n/sv.yaml",
    '# serves lang: sv-SE) and translate every entry. Keep each {placeholder}; an entry with one/other is picked by',
    '# the number {n}, as the language counts. Written by `npm run docs:labels` from src/i18n/catalogues/en.ts.',
  ];
  return `${header.join('\n')}\n${stringify(CATALOGUES.en, { lineWidth: 0 })}`;
}
