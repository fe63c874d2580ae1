// Writes the content format's table of the tool's words (src/i18n/catalogues/en.ts), between its two marker comments.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogueTemplate, labelTable } from '../src/i18n/docs.js';

export const START = '<!-- label table: generated from src/i18n/catalogues/en.ts by `npm run docs:labels` -->';
export const END = '<!-- end of label table -->';

const doc = join(import.meta.dirname, '..', 'docs', 'content-format.md');
const text = readFileSync(doc, 'utf8');
const [before, rest] = text.split(START);
const after = rest?.split(END)[1];
if (before === undefined || after === undefined)
  throw new Error('docs/content-format.md lacks the label table markers');
writeFileSync(doc, `${before}${START}\n${labelTable()}\n${END}${after}`);
writeFileSync(join(import.meta.dirname, '..', 'docs', 'catalogue.en.yaml'), catalogueTemplate());
