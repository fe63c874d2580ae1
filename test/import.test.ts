// `workshop-kit import` on a deck in the shapes PowerPoint saves: placeholders inheriting frames and bullets from
// layout and master, sections, a group, SmartArt, a chart, a table with merged cells, notes with a timing, pictures
// with alt text, a picture-only slide, a hidden slide and animations. The content it writes says what the deck says,
// builds with no error into a deck that passes the validator, and its report lists what it could not carry.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../src/build.js';
import { deckWords } from './support/deck-words.js';
import {
  arrow,
  chart,
  chartPart,
  group,
  makeDeck,
  PNG,
  picture,
  placeholder,
  resetIds,
  type SlideSpec,
  smartArt,
  smartArtData,
  TRICKY,
  table,
  textBox,
} from './support/powerpoint-deck.js';
import { validatePptx } from './support/pptx-validate.js';
import { runCli } from './support/run.js';

const work = mkdtempSync(join(tmpdir(), 'wk-import-'));
afterAll(() => process.env.KEEP_IMPORT || rmSync(work, { recursive: true, force: true }));

const TITLE = `Leading hybrid teams: ${TRICKY}`;

/** The fixture's slides, as PowerPoint writes them. */
function slides(python = false): SlideSpec[] {
  resetIds();
  const ph = (xml: string, paras: Parameters<typeof placeholder>[1]) => placeholder(xml, paras, python);
  return [
    { layout: 1, shapes: [ph('<p:ph type="ctrTitle"/>', [TITLE]), ph('<p:ph type="subTitle" idx="1"/>', ['A half day for team leads'])] },
    {
      layout: 2,
      animated: true,
      shapes: [
        ph('<p:ph type="title"/>', ['Why teams drift']),
        ph('<p:ph idx="1"/>', [
          { runs: ['Everyone ', { t: 'works', b: true }, ' from ', { t: 'somewhere', i: true }, ' else'] },
          { runs: ['Every', 'worker', ' venn', ' diagram'], lvl: 1 },
          { runs: ['Run ', { t: 'npm test', font: 'Consolas' }, ' before ', { t: 'the call', link: 'rIdLink' }], lvl: 1 },
          { runs: ['Deep in the weeds'], lvl: 2 },
          { runs: [TRICKY] },
          { runs: ['First, agree the hours'], bullet: 'number' },
          { runs: ['Then, the channels'], bullet: 'number' },
        ]),
      ],
      notes: ['Ask who works remotely.', '', 'Take three answers & move on.', '10 min'],
      rels: { rIdLink: ['hyperlink', 'https://example.com/call?a=1&b=2', ''] },
    },
    {
      layout: 3,
      shapes: [ph('<p:ph type="title"/>', ['Part two: the fixes']), ph('<p:ph type="body" idx="1"/>', ['Small habits, big effects'])],
    },
    {
      layout: 4,
      shapes: [
        ph('<p:ph type="title"/>', ['Before and after']),
        textBox([0.83, 1.5, 5.5, 0.5], ['Before']),
        textBox([7, 1.5, 5.5, 0.5], ['After']),
        ph('<p:ph sz="half" idx="1"/>', ['Meetings all day', 'Answers at midnight']),
        ph('<p:ph sz="half" idx="2"/>', ['Two focus blocks a day', 'Replies within a day']),
      ],
      notes: ['Contrast the two columns.'],
    },
    {
      layout: 5,
      shapes: [
        ph('<p:ph type="title"/>', ['A working week']),
        group([0.8, 1.6, 6, 2.2], [textBox([0, 0, 3, 0.5], ['Monday: plan the week']), textBox([0, 0.6, 3, 0.5], ['Friday: look back'])]),
        arrow([7, 2, 1, 0.5]),
        smartArt([0.8, 4.2, 8, 2.5]),
      ],
      notes: ['Walk through the rhythm.'],
      rels: {
        rDm: ['diagramData', 'ppt/diagrams/data1.xml', smartArtData([['Plan', ['Set goals', 'Book rooms']], ['Review', ['What worked?']]])],
      },
    },
    {
      layout: 5,
      shapes: [
        ph('<p:ph type="title"/>', ['Who does what']),
        table([0.8, 1.6, 11, 3], [
          ['Role', 'Monday', 'Friday'],
          ['Lead', { t: 'Plans the whole week', span: 2 }, 'hMerge'],
          [{ t: 'Team', rows: 2 }, 'Builds', 'Demos'],
          ['vMerge', 'Tests', 'Ships'],
        ]),
      ],
      notes: ['The lead owns the plan.'],
    },
    {
      layout: 5,
      shapes: [ph('<p:ph type="title"/>', ['Results']), chart([0.8, 1.6, 8, 4.5])],
      rels: { rChart: ['chart', 'ppt/charts/chart1.xml', chartPart('Hours saved', ['Team A', 'Team B'], ['Q1', 'Q2', 'Q3'])] },
    },
    {
      layout: 2,
      shapes: [ph('<p:ph type="title"/>', ['Our office']), picture([2, 1.6, 4, 4], 'rIdPic', `Floor plan of the ${TRICKY} office`)],
      rels: { rIdPic: ['image', 'ppt/media/image1.png', PNG] },
    },
    { layout: 6, shapes: [picture([0, 0, 13.333, 7.5], 'rIdPic', 'A team around a whiteboard')], rels: { rIdPic: ['image', 'ppt/media/image1.png', PNG] } },
    { layout: 2, hidden: true, shapes: [ph('<p:ph type="title"/>', ['Backup: old numbers']), ph('<p:ph idx="1"/>', ['Only if asked'])] },
  ];
}

const SECTIONS = [
  { name: 'Opening', slides: [1, 2] },
  { name: 'The fixes', slides: [3, 4, 5, 6, 7, 8, 9, 10] },
];

let content: string;
let stdout: string;
const module = (id: string) => readFileSync(join(content, 'modules', `${id}.md`), 'utf8');

beforeAll(async () => {
  const deck = join(work, 'hybrid.pptx');
  writeFileSync(deck, await makeDeck({ slides: slides(), title: TITLE, sections: SECTIONS }));
  content = join(work, 'hybrid');
  const run = await runCli(['import', deck, '--out', content]);
  // The third list level is kept as written; the build sets it with the second, and says so.
  expect(run.stderr).toMatch(/^modules\/opening\.md:\d+:\d+: warning: this list is nested 3 levels deep.*\[module\/list-too-deep\]$/);
  expect(run.code).toBe(0);
  stdout = run.stdout;
});

describe('import of a PowerPoint-saved deck', () => {
  it('makes a module per PowerPoint section, with the title slide as the workshop title and subtitle', () => {
    expect(readdirSync(join(content, 'modules')).sort()).toEqual(['_hidden-slides.md', 'opening.md', 'the-fixes.md']);
    const workshop = readFileSync(join(content, 'workshop.yaml'), 'utf8');
    expect(workshop).toContain('title: "Leading hybrid teams: Tom & Jerry <Ltd> \\"Q\\" \'R\' Ελλάδα Київ"');
    expect(workshop).toContain('subtitle: A half day for team leads');
    expect(workshop).toMatch(/modules:\n {2}- opening\n {2}- the-fixes\n/);
    expect(readdirSync(join(content, 'clients'))).toEqual(['example-client.yaml']);
  });

  it('keeps each bullet at its level, as the master gives the bullets, numbers as a numbered list, runs without stray spaces', () => {
    const text = module('opening');
    expect(text).toContain(
      [
        '## Why teams drift',
        '',
        '- Everyone **works** from *somewhere* else',
        '    - Everyworker venn diagram',
        '    - Run `npm test` before [the call](https://example.com/call?a=1&b=2)',
        '        - Deep in the weeds',
        `- Tom \\& Jerry \\<Ltd\\> "Q" 'R' Ελλάδα Київ`,
        '',
        '1. First, agree the hours',
        '2. Then, the channels',
      ].join('\n'),
    );
  });

  it('carries notes, with a line that only gives the time as the slide’s minutes', () => {
    expect(module('opening')).toContain(':::notes{minutes=10}\nAsk who works remotely.\n\nTake three answers \\& move on.\n:::');
  });

  it('makes a section header a divider, two headed columns a table, groups and SmartArt text, merged cells filled', () => {
    const text = module('the-fixes');
    expect(text).toContain('# Part two: the fixes\n\nSmall habits, big effects');
    expect(text).toContain('| Before | After |\n| --- | --- |\n| Meetings all day | Two focus blocks a day |\n| Answers at midnight | Replies within a day |');
    expect(text).toContain('Monday: plan the week\n\nFriday: look back');
    expect(text).toContain('- Plan\n    - Set goals\n    - Book rooms\n- Review\n    - What worked?');
    expect(text).toContain('| Lead | Plans the whole week |   |');
    expect(text).toContain('- Chart: Hours saved\n- Series: Team A, Team B\n- Categories: Q1, Q2, Q3');
  });

  it('copies pictures into assets/ with their alt text, and makes a picture-only slide an image slide', () => {
    const text = module('the-fixes');
    expect(text).toContain('## Our office\n\n![Floor plan of the Tom \\& Jerry \\<Ltd\\> "Q" \'R\' Ελλάδα Київ office](assets/the-fixes/slide-8.png)');
    expect(text).toContain('## A team around a whiteboard\n\n![A team around a whiteboard](assets/the-fixes/slide-8.png)');
    expect(new Uint8Array(readFileSync(join(content, 'assets', 'the-fixes', 'slide-8.png')))).toEqual(PNG);
  });

  it('leaves the hidden slide out of the running order, kept in a module the build never builds', () => {
    expect(module('_hidden-slides')).toContain('## Backup: old numbers');
    expect(module('the-fixes')).not.toContain('Backup');
  });

  it('lists what it could not carry, slide by slide, and says so on the terminal', () => {
    const report = readFileSync(join(content, 'import-report.md'), 'utf8');
    expect(report).toMatch(/### Slide 2: Why teams drift\n\n- animations: 1 animation/);
    const working = /### Slide 5: A working week\n\n([\s\S]*?)\n\n###/.exec(report)?.[1];
    expect(working).toContain('- SmartArt: a SmartArt graphic: its text is kept as a list');
    expect(report).toContain('- drawn shapes: 1 drawn shape without text (arrows, lines, boxes) on slide 5 is not carried');
    expect(report).toMatch(/### Slide 6: Who does what\n\n- merged table cells: a table with 2 merged cells/);
    expect(report).toMatch(/### Slide 7: Results\n\n- charts: a bar chart/);
    expect(report).toContain('- Slide 10: Backup: old numbers');
    expect(report).toMatch(/The deck's fonts \(Consolas\), colours and backgrounds are not carried/);
    expect(stdout).toMatch(/to check: .*animations \(1\)/);
  });

  it('carries at least 90 % of the body paragraphs as text, and quotes every other one in the report', () => {
    const match = /(\d+) of (\d+) paragraphs of slide text/.exec(readFileSync(join(content, 'import-report.md'), 'utf8'))!;
    const [carried, total] = [Number(match[1]), Number(match[2])];
    expect(carried / total).toBeGreaterThanOrEqual(0.9);
    expect(total).toBeGreaterThanOrEqual(30);
  });

  it('builds with no error into a deck that passes the validator, with every title, bullet and note of the deck', async () => {
    const out = join(work, 'hybrid-out');
    const result = await build({ contentDir: content, outDir: out });
    expect(result.diagnostics).toEqual([]);
    const deck = join(out, 'example-client', 'deck.pptx');
    expect(validatePptx(new Uint8Array(readFileSync(deck)))).toEqual([]);
    const words = deckWords(deck);
    const titles = words.map((s) => s.title);
    for (const title of ['Why teams drift', 'Part two: the fixes', 'Before and after', 'A working week', 'Who does what', 'Results', 'Our office', 'A team around a whiteboard'])
      expect(titles).toContain(title);
    const drift = words.find((s) => s.title === 'Why teams drift')!;
    expect(drift.paragraphs).toEqual(expect.arrayContaining(['Everyone works from somewhere else', 'Everyworker venn diagram', 'Deep in the weeds', 'Tom & Jerry <Ltd> “Q” ‘R’ Ελλάδα Київ', 'Run npm test before the call', 'First, agree the hours']));
    expect(drift.notes.join(' ')).toContain('Take three answers & move on.');
  });
});

describe('import --into a content folder', () => {
  let into: string;
  let before: string;
  beforeAll(async () => {
    into = join(work, 'workshop');
    cpSync(join(import.meta.dirname, '..', 'content'), into, { recursive: true });
    before = readFileSync(join(into, 'workshop.yaml'), 'utf8');
  });

  it('adds the deck as one module at the end of the running order, keeping every comment, and it builds', async () => {
    const run = await runCli(['import', join(work, 'hybrid.pptx'), '--into', into, '--module', 'hybrid-teams']);
    expect(run.code).toBe(0);
    const after = readFileSync(join(into, 'workshop.yaml'), 'utf8');
    const minutes = Number(/^minutes: (\d+)/m.exec(after)![1]);
    const added = Number(/^minutes: (\d+)/m.exec(readFileSync(join(into, 'modules', 'hybrid-teams.md'), 'utf8'))![1]);
    expect(minutes).toBe(210 + added);
    expect(after).toContain(`minutes: ${minutes} # ${added} added for hybrid-teams`);
    // Everything the author wrote is still there, comments included; the module follows the last one, marked.
    for (const line of before.split('\n').filter((l) => !l.startsWith('minutes:'))) expect(after).toContain(line);
    expect(after).toContain('  - wrap-up\n  # imported from hybrid.pptx\n  - hybrid-teams\n');
    expect(readFileSync(join(into, 'modules', 'hybrid-teams.md'), 'utf8')).toContain('# Part two: the fixes');
    expect(readdirSync(join(into, 'modules'))).toContain('_hybrid-teams-hidden-slides.md');
    expect(readdirSync(into)).toContain('import-report-hybrid-teams.md');
    const result = await build({ contentDir: into, outDir: join(work, 'workshop-out'), clients: ['northwind'] });
    expect(result.diagnostics).toEqual([]);
  });

  it('refuses to write over a module of the same name, and changes nothing', async () => {
    const now = readFileSync(join(into, 'workshop.yaml'), 'utf8');
    const run = await runCli(['import', join(work, 'hybrid.pptx'), '--into', into, '--module', 'hybrid-teams']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/modules\/hybrid-teams\.md exists already; choose another --module/);
    expect(readFileSync(join(into, 'workshop.yaml'), 'utf8')).toBe(now);
  });
});

describe('import of a deck python-pptx wrote', () => {
  it('reads placeholders without frames or run properties, and notes without language tags', async () => {
    const deck = join(work, 'python.pptx');
    writeFileSync(deck, await makeDeck({ slides: slides(true).slice(0, 3), pythonPptx: true }));
    const out = join(work, 'python');
    const run = await runCli(['import', deck, '--out', out]);
    expect(run.code).toBe(0);
    // No sections: the section header starts the second module; no core title: the title slide's title is the workshop's.
    expect(readdirSync(join(out, 'modules')).sort()).toEqual(['leading-hybrid-teams-tom-jerry.md', 'part-two-the-fixes.md']);
    const text = readFileSync(join(out, 'modules', 'leading-hybrid-teams-tom-jerry.md'), 'utf8');
    expect(text).toContain('## Why teams drift\n\n- Everyone **works** from *somewhere* else\n    - Everyworker venn diagram');
    expect(text).toContain(':::notes{minutes=10}\nAsk who works remotely.');
    const result = await build({ contentDir: out, outDir: join(work, 'python-out') });
    expect(result.diagnostics).toEqual([]);
  });
});
