// Writes the error table of docs/errors.md from the rule catalogue (src/rules.ts), between its two marker comments.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorTable } from '../src/rules.js';

export const START = '<!-- error table: generated from src/rules.ts by `npm run docs:errors` -->';
export const END = '<!-- end of error table -->';

const doc = join(import.meta.dirname, '..', 'docs', 'errors.md');
const text = readFileSync(doc, 'utf8');
const [before, rest] = text.split(START);
const after = rest?.split(END)[1];
if (before === undefined || after === undefined) throw new Error('docs/errors.md lacks the error table markers');
writeFileSync(doc, `${before}${START}\n${errorTable()}\n${END}${after}`);
