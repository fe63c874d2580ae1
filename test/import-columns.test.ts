// Two columns under headings, as PowerPoint saves them: its Comparison layout (a bold heading placeholder,
// `type="body"` with an idx, over a content placeholder on each side) and its Two Content layout (each column's
// first line a heading with no bullet, its points under it), every slide placeholder without a frame of its own, so
// the layout gives where it stands. Where the points pair up they come back as a comparison; where not, each column
// is a list under its heading. Every deck passes the validator and its import builds with no error.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../src/build.js';
import { makeDeck, placeholder, resetIds, type SlideSpec, TRICKY } from './support/powerpoint-deck.js';
import { validatePptx } from './support/pptx-validate.js';
import { runCli } from './support/run.js';

const work = mkdtempSync(join(tmpdir(), 'wk-import-cols-'));
afterAll(() => process.env.KEEP_IMPORT || rmSync(work, { recursive: true, force: true }));

const ph = placeholder;
const title = (t: string) => ph('<p:ph type="title"/>', [t]);
/** The Comparison layout (7): PowerPoint writes the headers as `body` placeholders with their idx. */
const comparison = (t: string, [h1, p1]: [string, string[]], [h2, p2]: [string, string[]]): SlideSpec => ({
  layout: 7,
  shapes: [
    title(t),
    ph('<p:ph type="body" idx="1"/>', [h1]),
    ph('<p:ph sz="half" idx="2"/>', p1),
    ph('<p:ph type="body" sz="quarter" idx="3"/>', [h2]),
    ph('<p:ph sz="quarter" idx="4"/>', p2),
  ],
});
/** Two Content (4): each column's first line a heading, its bullet turned off. */
const twoContent = (t: string, [h1, p1]: [string, string[]], [h2, p2]: [string, string[]]): SlideSpec => ({
  layout: 4,
  shapes: [
    title(t),
    ph('<p:ph sz="half" idx="1"/>', [{ runs: [h1], bullet: 'none' }, ...p1]),
    ph('<p:ph sz="half" idx="2"/>', [{ runs: [h2], bullet: 'none' }, ...p2]),
  ],
});

let out: string;
let module: string;
let report: string;
beforeAll(async () => {
  resetIds();
  const bytes = await makeDeck({
    title: 'Columns',
    slides: [
      {
        layout: 1,
        shapes: [ph('<p:ph type="ctrTitle"/>', ['Columns']), ph('<p:ph type="subTitle" idx="1"/>', ['A test'])],
      },
      comparison(
        'Office or home',
        ['Office', ['Quick questions', 'Shared screens']],
        [TRICKY, ['Quiet work', 'No commute']],
      ),
      comparison('Uneven', ['Before', ['One', 'Two', 'Three']], ['After', ['Four']]),
      twoContent('Then and now', ['Then', ['Paper forms', 'Fax']], ['Now', ['Web forms', 'E-mail']]),
      twoContent('Lopsided', ['Pros', ['Cheap']], ['Cons', ['Slow', 'Loud']]),
    ],
  });
  expect(validatePptx(bytes)).toEqual([]);
  // As PowerPoint saves them: no slide placeholder has a frame of its own.
  const slides = Object.entries(unzipSync(bytes)).filter(([name]) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
  expect(slides).toHaveLength(5);
  for (const [, xml] of slides) expect(strFromU8(xml)).not.toContain('<a:xfrm');
  const deck = join(work, 'columns.pptx');
  writeFileSync(deck, bytes);
  out = join(work, 'columns');
  const run = await runCli(['import', deck, '--out', out]);
  expect(run.code, run.stderr).toBe(0);
  const [file] = readdirSync(join(out, 'modules'));
  module = readFileSync(join(out, 'modules', file!), 'utf8');
  report = readFileSync(join(out, 'import-report.md'), 'utf8');
});

describe("PowerPoint's Comparison and Two Content layouts", () => {
  it('give a comparison where the points pair up: the headers its columns, each pair of points a row', () => {
    expect(module).toMatch(/^## Office or home\n\n::comparison\{#office-or-home\}\n/m);
    expect(readFileSync(join(out, 'comparisons', 'office-or-home.yaml'), 'utf8')).toContain(
      `columns: [Office, ${TRICKY}]\nrows:\n  - values: [Quick questions, Quiet work]\n  - values: [Shared screens, No commute]\n`,
    );
    expect(module).toMatch(/^## Then and now\n\n::comparison\{#then-and-now\}\n/m);
    expect(readFileSync(join(out, 'comparisons', 'then-and-now.yaml'), 'utf8')).toContain(
      'columns: [Then, Now]\nrows:\n  - values: [Paper forms, Web forms]\n  - values: [Fax, E-mail]\n',
    );
  });

  it('give each column as a list under its heading where they do not, and the report says why', () => {
    expect(module).toContain('## Uneven\n\n### Before\n\n- One\n- Two\n- Three\n\n### After\n\n* Four\n');
    expect(module).toContain('## Lopsided\n\nPros\n\n- Cheap\n\nCons\n\n* Slow\n* Loud\n');
    expect(report).toMatch(
      /“Before” \(3 points\) and “After” \(1 point\), are not a comparison, as their points do not pair up/,
    );
  });

  it('build with no error into a deck that passes the validator', async () => {
    const built = await build({ contentDir: out, outDir: `${out}-built` });
    expect(built.diagnostics).toEqual([]);
    const [client] = readdirSync(`${out}-built`).filter((d) => !d.startsWith('.'));
    expect(validatePptx(new Uint8Array(readFileSync(join(`${out}-built`, client!, 'deck.pptx'))))).toEqual([]);
  });
});
