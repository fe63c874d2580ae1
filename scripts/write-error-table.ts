// Writes the README's error table from the rule catalogue (src/rules.ts), between its two marker comments.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorTable } from '../src/rules.js';

export const START = '<!-- error table: generated from src/rules.ts by `npm run docs:errors` -->';
export const END = '<!-- end of error table -->';

const readme = join(import.meta.dirname, '..', 'README.md');
const text = readFileSync(readme, 'utf8');
const [before, rest] = text.split(START);
const after = rest?.split(END)[1];
if (before === undefined || after === undefined) throw new Error('README.md lacks the error table markers');
writeFileSync(readme, `${before}${START}\n${errorTable()}\n${END}${after}`);
