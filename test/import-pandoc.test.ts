// `workshop-kit import` on decks pandoc itself made (`pandoc -o deck.pptx` from Markdown), not decks shaped like its
// output: a title slide, section headers, two columns under a heading each (`:::: columns`), columns that do not pair
// up, a table, speaker notes, a picture with its alt text, a numbered and nested list, non-Latin text and
// `& < > " '`. The content it writes builds into a deck that passes the validator, with the deck's titles in order,
// every line of text and every note; and so does the same deck once LibreOffice has saved it again.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../src/build.js';
import { deckWords, type SlideWords } from './support/deck-words.js';
import { FIXTURES } from './support/fixtures.js';
import { validatePptx } from './support/pptx-validate.js';
import { runCli } from './support/run.js';
import { realClients } from './support/tools.js';

const work = mkdtempSync(join(tmpdir(), 'wk-import-pandoc-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// pandoc reads `<word>` as HTML and leaves it out of the deck: the angle brackets are escaped to reach it.
const SOURCE = String.raw`---
title: 'Pandoc & friends \<Ltd\> "Q" ''R'' Київ'
subtitle: A deck pandoc made
author: Ana Ελλάδα & Co
---

# Part one: Ελλάδα

## Before and after

:::: columns
::: column
Before & \<then\>

- Meetings all day
- Answers at "midnight"
:::
::: column
After 'now'

- Two focus blocks a day
- Replies within a day
:::
::::

::: notes
Contrast the two columns & ask "why", \<not\> 'how'.
:::

## Who does what

| Role | Task |
|------|------|
| Lead | Plans the \<whole\> week |
| Team | Does & reviews |

::: notes
Talk through the table.

Then ask for one example.
:::

# Part two: Київ

## Привіт, Ελλάδα

1. Перший крок
2. Δεύτερο βήμα
    - nested & deep

::: notes
Вітаю & καλημέρα.
:::

## Our office

![The Tom & Jerry \<Ltd\> office](office.png)

## Keep and drop

:::: columns
::: column
Keep

- One
- Two
- Three
:::
::: column
Drop

- Only one
:::
::::

## Where to read more

:::: columns
::: column
Old site

- https://intranet.example.com/departments/human-resources/policies
:::
::: column
New site

- https://portal.example.org/people/handbook/section-4
:::
::::

## Two rooms

:::: columns
::: column
![Room A & B](office.png)
:::
::: column
![Room \<C\> "east"](office.png)
:::
::::

## Nested columns

:::: columns
::: column
Plan

- Goals
    - Quarterly
:::
::: column
Review

- Results
- Lessons
:::
::::

## Text and a picture

:::: columns
::: column
Our rooms

- Quiet & light
- Near the \<station\>

![The office](office.png)
:::
::: column
Their rooms

- Loud
- Far away
:::
::::

## Words and a picture

:::: columns
::: column
Why here

- Cheap & near
:::
::: column
![The \<new\> office](office.png)
:::
::::
`;

const pandoc = realClients('pandoc');

describe.skipIf(!pandoc)('import of a deck pandoc made', () => {
  let content: string;
  let stdout: string;
  let made: SlideWords[];
  const module = (id: string) => readFileSync(join(content, 'modules', `${id}.md`), 'utf8');

  beforeAll(async () => {
    writeFileSync(join(work, 'deck.md'), SOURCE);
    copyFileSync(join(FIXTURES, 'base', 'assets', 'logo.png'), join(work, 'office.png'));
    execFileSync('pandoc', ['deck.md', '-o', 'deck.pptx'], { cwd: work, stdio: 'pipe' });
    made = deckWords(join(work, 'deck.pptx'));
    content = join(work, 'imported');
    const run = await runCli(['import', join(work, 'deck.pptx'), '--out', content]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    stdout = run.stdout;
  });

  it('reads the deck pandoc wrote: its title slide, section headers and slides', () => {
    expect(made.map((s) => s.title)).toEqual([
      'Pandoc & friends <Ltd> “Q” ‘R’ Київ',
      'Part one: Ελλάδα',
      'Before and after',
      'Who does what',
      'Part two: Київ',
      'Привіт, Ελλάδα',
      'Our office',
      'Keep and drop',
      'Where to read more',
      'Two rooms',
      'Nested columns',
      'Text and a picture',
      'Words and a picture',
    ]);
    expect(stdout).toContain('2 modules (part-one-ελλαδα, part-two-киів)');
    const workshop = readFileSync(join(content, 'workshop.yaml'), 'utf8');
    expect(workshop).toContain('title: Pandoc & friends <Ltd> “Q” ‘R’ Київ');
    // pandoc writes the author on the subtitle's placeholder, after a line break: not part of the subtitle.
    expect(workshop).toContain('subtitle: A deck pandoc made\n');
    expect(readFileSync(join(content, 'import-report.md'), 'utf8')).toMatch(
      /### Slide 1: .*\n\n- text not carried: a line of the title slide: .*\n {2}> Ana Ελλάδα & Co\n/,
    );
    expect(workshop).toMatch(/modules:\n {2}- part-one-ελλαδα\n {2}- part-two-киів\n/);
  });

  it('makes the two headed columns a comparison, the headings its columns and the points its rows', () => {
    expect(module('part-one-ελλαδα')).toContain(
      '# Part one: Ελλάδα\n\n## Before and after\n\n::comparison{#before-and-after}\n\n:::notes\nContrast the two columns \\& ask “why”, \\<not\\> ‘how’.\n:::',
    );
    expect(readFileSync(join(content, 'comparisons', 'before-and-after.yaml'), 'utf8')).toBe(
      [
        '# Read from slide 3 of deck.pptx by workshop-kit import.',
        '',
        'title: Before and after',
        'columns: [Before & <then>, After ‘now’]',
        'rows:',
        '  - values: [Meetings all day, Two focus blocks a day]',
        '  - values: [Answers at “midnight”, Replies within a day]',
        '',
      ].join('\n'),
    );
  });

  it('keeps columns that do not pair up as lists under their headings, and says so in the report', () => {
    expect(module('part-two-киів')).toContain(
      '## Keep and drop\n\nKeep\n\n- One\n- Two\n- Three\n\nDrop\n\n* Only one',
    );
    expect(readFileSync(join(content, 'import-report.md'), 'utf8')).toContain(
      '### Slide 8: Keep and drop\n\n- layouts changed: two columns side by side, “Keep” (3 points) and “Drop” (1 point), are not a comparison, as their points do not pair up row by row: each is a list under its heading, one after the other, left to right',
    );
  });

  it('keeps columns with points nested under points as lists under their headings, the levels kept', () => {
    expect(module('part-two-киів')).toContain(
      '## Nested columns\n\nPlan\n\n- Goals\n    - Quarterly\n\nReview\n\n* Results\n* Lessons',
    );
    expect(readFileSync(join(content, 'import-report.md'), 'utf8')).toContain(
      '“Plan” (2 points) and “Review” (2 points), are not a comparison, as they have points nested under points',
    );
  });

  it("gives back pandoc's Comparison layout (a column's text, then a picture) as headings and points, the picture after", () => {
    // pandoc writes each column's heading and list into the layout's heading box, where no line shows a bullet;
    // the list items say so apart from the heading, and come back as points.
    expect(module('part-two-киів')).toContain(
      '## Text and a picture\n\nOur rooms\n\n- Quiet \\& light\n- Near the \\<station\\>\n\nTheir rooms\n\n* Loud\n* Far away\n\n![The office](assets/part-two-киів/slide-7.png "The office")',
    );
    const report = readFileSync(join(content, 'import-report.md'), 'utf8');
    expect(report).toContain(
      "- layouts changed: a heading box (a Comparison layout's, whose lines show no bullets) holds “Our rooms” and 2 lines its text marks as a list apart from it",
    );
    expect(report).toContain(
      '“Our rooms” (2 points) and “Their rooms” (2 points), are not a comparison, as a picture stands under a column, part of it: each is a list under its heading, one after the other, left to right, and the picture after them',
    );
  });

  it('gives a picture beside a column of text (Two Content) its caption and alt text', () => {
    expect(module('part-two-киів')).toContain(
      '## Words and a picture\n\nWhy here\n\n- Cheap \\& near\n\n![The \\<new\\> office](assets/part-two-киів/slide-7.png "The \\<new\\> office")',
    );
  });

  it('keeps columns with a word too long for a comparison’s column (a web address) as lists under their headings', () => {
    expect(module('part-two-киів')).toContain(
      '## Where to read more\n\nOld site\n\n- https://intranet.example.com/departments/human-resources/policies\n\nNew site\n\n* https://portal.example.org/people/handbook/section-4',
    );
    expect(readFileSync(join(content, 'import-report.md'), 'utf8')).toContain(
      'are not a comparison, as a word in them is too long for a column of a comparison (“https://intranet.example.com/departments…”)',
    );
  });

  it('carries the table, the lists at their levels, and the picture with its alt text as alt text and caption', () => {
    expect(module('part-one-ελλαδα')).toContain(
      '## Who does what\n\n| Role | Task |\n| --- | --- |\n| Lead | Plans the \\<whole\\> week |\n| Team | Does \\& reviews |\n\n:::notes\nTalk through the table.\n\nThen ask for one example.\n:::',
    );
    const two = module('part-two-киів');
    expect(two).toContain('## Привіт, Ελλάδα\n\n1. Перший крок\n2. Δεύτερο βήμα\n    - nested \\& deep');
    // pandoc writes a figure's alt text as the caption under it, and "fig:" and the file name as its description.
    expect(two).toContain(
      '## Our office\n\n![The Tom \\& Jerry \\<Ltd\\> office](assets/part-two-киів/slide-7.png "The Tom \\& Jerry \\<Ltd\\> office")',
    );
    // Two pictures side by side, each with its caption under it.
    expect(two).toContain(
      '## Two rooms\n\n![Room A \\& B](assets/part-two-киів/slide-7.png "Room A \\& B")\n\n![Room \\<C\\> “east”](assets/part-two-киів/slide-7.png "Room \\<C\\> “east”")',
    );
    expect(readFileSync(join(content, 'assets', 'part-two-киів', 'slide-7.png'))).toEqual(
      readFileSync(join(work, 'office.png')),
    );
    const report = readFileSync(join(content, 'import-report.md'), 'utf8');
    expect(report).toContain('a picture without alt text takes its caption, “The Tom & Jerry <Ltd> office”');
    // Every paragraph of slide text but the author's line on the title slide.
    const [carried, total] = /(\d+) of (\d+) paragraphs of slide text/.exec(report)!.slice(1).map(Number);
    expect(total! - carried!).toBe(1);
  });

  it('builds into a deck that passes the validator, with every title in order, every line and every note', async () => {
    const out = join(work, 'out');
    const result = await build({ contentDir: content, outDir: out });
    expect(result.diagnostics).toEqual([]);
    const [kit] = readdirSync(out).filter((d) => !d.startsWith('.'));
    const deck = join(out, kit!, 'deck.pptx');
    expect(validatePptx(new Uint8Array(readFileSync(deck)))).toEqual([]);
    const rebuilt = deckWords(deck);
    // The title slide is the build's cover; every other slide is there, in the deck's order.
    const titles = made.slice(1).map((s) => s.title);
    expect(rebuilt.map((s) => s.title).filter((t) => titles.includes(t))).toEqual(titles);
    for (const slide of made.slice(1)) {
      const again = rebuilt.find((s) => s.title === slide.title)!;
      for (const line of slide.paragraphs) expect(again.paragraphs, slide.title).toContain(line);
      for (const note of slide.notes) expect(again.notes, slide.title).toContain(note);
    }
    // The picture keeps its description (what a screen reader says), and its caption is printed under it.
    const slides = Object.entries(unzipSync(new Uint8Array(readFileSync(deck))))
      .filter(([name]) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
      .map(([, bytes]) => strFromU8(bytes));
    const office = slides.find((xml) => xml.includes('<a:t>Our office</a:t>'))!;
    expect(office).toMatch(/<p:pic>[\s\S]*descr="The Tom &amp; Jerry &lt;Ltd&gt; office"/);
    // The comparison is drawn as one, named so; and importing this deck gives it back as that comparison again.
    expect(slides.find((xml) => xml.includes('<a:t>Before and after</a:t>'))).toMatch(/name="Comparison \d+"/);
    const again = join(work, 'again');
    const run = await runCli(['import', deck, '--out', again]);
    expect(run.code).toBe(0);
    expect(readFileSync(join(again, 'comparisons', 'before-and-after.yaml'), 'utf8')).toContain(
      'columns: [Before & <then>, After ‘now’]\nrows:\n  - values: [Meetings all day, Two focus blocks a day]\n  - values: [Answers at “midnight”, Replies within a day]\n',
    );
    expect(readFileSync(join(again, 'modules', 'part-one-ελλαδα.md'), 'utf8')).toContain(
      '## Before and after\n\n::comparison{#before-and-after}\n',
    );
  });
});

const lo = pandoc && realClients('soffice');

describe.skipIf(!lo)('import of a deck pandoc made and LibreOffice saved again', () => {
  it('finds its title slide by the subtitle, and its columns still make the comparison, and it builds', async () => {
    const dir = join(work, 'lo');
    const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`;
    writeFileSync(join(work, 'lo.md'), SOURCE);
    copyFileSync(join(FIXTURES, 'base', 'assets', 'logo.png'), join(work, 'office.png'));
    execFileSync('pandoc', ['lo.md', '-o', 'lo.pptx'], { cwd: work, stdio: 'pipe' });
    execFileSync('soffice', [profile, '--headless', '--convert-to', 'odp', '--outdir', dir, join(work, 'lo.pptx')], {
      stdio: 'ignore',
    });
    const back = join(dir, 'back');
    execFileSync('soffice', [profile, '--headless', '--convert-to', 'pptx', '--outdir', back, join(dir, 'lo.odp')], {
      stdio: 'ignore',
    });
    const content = join(work, 'lo-imported');
    const run = await runCli(['import', join(back, 'lo.pptx'), '--out', content]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // LibreOffice saves the title slide on a layout of its own (type tx) with a plain title: the subtitle tells.
    expect(readFileSync(join(content, 'workshop.yaml'), 'utf8')).toContain('subtitle: A deck pandoc made\n');
    expect(readFileSync(join(content, 'comparisons', 'before-and-after.yaml'), 'utf8')).toContain(
      'columns: [Before & <then>, After ‘now’]\nrows:\n  - values: [Meetings all day, Two focus blocks a day]\n',
    );
    const out = join(work, 'lo-out');
    const result = await build({ contentDir: content, outDir: out });
    expect(result.diagnostics).toEqual([]);
    const [kit] = readdirSync(out).filter((d) => !d.startsWith('.'));
    expect(validatePptx(new Uint8Array(readFileSync(join(out, kit!, 'deck.pptx'))))).toEqual([]);
  });
});
