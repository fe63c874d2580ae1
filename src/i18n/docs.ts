// The content format's table of the tool's own words (npm run docs:labels writes it; a test keeps it current).
import { CATALOGUES, LABEL_KEYS, placeholdersOf, type Template } from './locale.js';

const cell = (t: Template) =>
  (typeof t === 'string' ? t : `one: ${t.one}<br>other: ${t.other}`).replace(/\|/g, '\\|').replace(/\u00A0/g, ' ');

/** Every key, its English text and the placeholders an override must keep. */
export function labelTable(): string {
  const rows = LABEL_KEYS.map((key) => {
    const names = [...placeholdersOf(CATALOGUES.en[key])].map((n) => `\`{${n}}\``).join(' ');
    return `| \`${key}\` | ${cell(CATALOGUES.en[key])} | ${names} |`;
  });
  return ['| key | English | placeholders to keep |', '| --- | --- | --- |', ...rows].join('\n');
}
