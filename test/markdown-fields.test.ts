// Markdown in YAML fields (instructions, notes, a case) is parsed once, in load, into trees whose positions are in the
// YAML file: validate checks what Markdown reads (a picture written in code is text) and compose prints the same tree.
import type { Nodes, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { isScalar, LineCounter, parseDocument, visit } from 'yaml';
import { composeModels } from '../src/build.js';
import { valueOffsets } from '../src/load/scalar-offsets.js';
import { parseYaml } from '../src/load/yaml.js';
import type { GuideExercise } from '../src/model/exercise.js';
import { MARKDOWN_FIELDS, type MarkdownFieldSpec } from '../src/schema/markdown-fields.js';
import { withEditedBase } from './support/fixtures.js';
import { diagnosticKeys, runCli } from './support/run.js';

describe('the Markdown fields', () => {
  it('are read off the schemas: the fields typed markdown, trimmed where the schema trims them', () => {
    expect(MARKDOWN_FIELDS).toEqual({
      comparisons: [{ path: ['notes'], trimmed: false }],
      styles: [{ path: ['notes'], trimmed: false }],
      exercises: [
        { path: ['instructions'], trimmed: false },
        { path: ['notes'], trimmed: false },
        { path: ['interpretation', '*', 'text'], trimmed: true },
        { path: ['case'], trimmed: true },
        { path: ['model-answers', '*'], trimmed: true },
      ],
    });
  });
});

/** Each character of every string scalar that is not blank space: where its offset says, the file shows it (or the escape that writes it). */
function misplaced(text: string): string[] {
  const doc = parseDocument(text, { lineCounter: new LineCounter(), strict: true });
  if (doc.errors.length) return [];
  const wrong: string[] = [];
  visit(doc, {
    Scalar(_, node) {
      if (!isScalar(node) || typeof node.value !== 'string' || !node.range || !node.type) return;
      const value = node.value;
      const offsets = valueOffsets(text, { type: node.type, start: node.range[0], end: node.range[1] }, value);
      for (let i = 0; i < value.length; i++) {
        const written = text[offsets[i]!];
        if (/\s/.test(value[i]!) || written === value[i] || written === '\\') continue;
        wrong.push(`${node.type} ${JSON.stringify(value)}: character ${i} at ${offsets[i]}`);
        break;
      }
      if (offsets.some((offset, i) => i > 0 && offset < offsets[i - 1]!))
        wrong.push(`${node.type} ${JSON.stringify(value)}: offsets go back`);
      // Flow scalars end where their value (quotes aside) ends.
      if (
        !node.type.startsWith('BLOCK') &&
        offsets[value.length] !== node.range[1] - (node.type.startsWith('QUOTE') ? 1 : 0)
      )
        wrong.push(`${node.type} ${JSON.stringify(value)}: end`);
    },
  });
  return wrong;
}

describe('where a YAML string was written', () => {
  it('places every character of plain, quoted and block scalars: indentation, quotes, escapes and folded lines', () => {
    const cases = [
      'a: |\n  line one\n    more\n  ![x](y.png)\n',
      'b: >\n  folded one\n  two\n\n  three\n    more indented\n  back\n',
      'c: "dq \\x41 \\\n   cont \\u00e9 \\U0001F600 x\n   next  \n\n  \n   last"\n',
      "d: 'it''s\n  fine  \n\n  ok'\n",
      'e: plain\n  continued   here\n\n  para\n',
      'f: |2\n     indented\n    less\n',
      'g:\n  - |-\n    a\n\n    b\n  - >+\n    c\n\n',
      'h: "\\ lead \\t tab\\\n  joined"\n',
      'i: |\n\n\n  after blank lines\n',
      'j: >\n\n  after blank lines\n  folded\n',
      'n: [ "flow in a list", \'and\n   more\' , plain one ]\n',
      'r: # a comment\n  plain after the comment\n',
    ];
    for (const text of cases) expect(misplaced(text), text).toEqual([]);
  });

  it('places them in a few thousand generated scalars (seeded)', () => {
    const atoms = [
      'a',
      'b',
      ' ',
      '  ',
      '\n',
      '\n  ',
      '\n\n  ',
      "''",
      '\\"',
      '\\n',
      '\\x41',
      '\\\n  ',
      '#',
      ':',
      '-',
      '![x](y z.png)',
      '`c`',
      '\t',
      'é',
    ];
    let seed = 30;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const wrong: string[] = [];
    for (let round = 0; round < 3000; round++) {
      let body = 'w';
      for (let k = 1 + next(10); k > 0; k--) body += atoms[next(atoms.length)];
      const lines = `${body}z`.replace(/\n/g, '\n  ');
      const style = next(5);
      const text = [
        `k: "${lines}"`,
        `k: '${lines.replace(/\\/g, '')}'`,
        `k: |\n  ${lines}`,
        `k: >\n  ${lines}`,
        `k: ${lines}`,
      ][style]!;
      wrong.push(...misplaced(`${text}\n`));
    }
    expect(wrong).toEqual([]);
  });
});

const NOTES: MarkdownFieldSpec[] = [{ path: ['notes'], trimmed: false }];
const CASE: MarkdownFieldSpec[] = [{ path: ['case'], trimmed: true }];

/** `type line:column` of every node of a tree, in document order. */
function positions(root: Root): string[] {
  const out: string[] = [];
  const walk = (node: Nodes) => {
    out.push(`${node.type} ${node.position?.start.line}:${node.position?.start.column}`);
    if ('children' in node) node.children.forEach(walk);
  };
  walk(root);
  return out;
}

describe('a Markdown field tree', () => {
  const treeOf = (text: string, specs = NOTES) => {
    const { source } = parseYaml({ path: 'x.yaml', text }, 0, specs);
    return source!.markdown[0]!;
  };

  it('has its positions in the YAML file, whether the field is a block, quoted or plain', () => {
    expect(positions(treeOf('title: T\nnotes: |\n  First *line*.\n\n  ![A chart](chart.png)\n').root)).toEqual([
      'root 3:3',
      'paragraph 3:3',
      'text 3:3',
      'emphasis 3:9',
      'text 3:10',
      'text 3:15',
      'paragraph 5:3',
      'image 5:3',
    ]);
    expect(positions(treeOf('notes: "Say \\"hi\\", then ![A chart](chart.png)"\n').root)).toContain('image 1:26');
    expect(positions(treeOf("notes: 'It''s\n  there: ![A chart](chart.png)'\n").root)).toContain('image 2:10');
    expect(positions(treeOf('notes: >\n  Folded\n  onto one line ![A chart](chart.png)\n').root)).toContain(
      'image 3:17',
    );
    expect(positions(treeOf('notes: plain\n  and ![A chart](chart.png)\n').root)).toContain('image 2:7');
  });

  it('is the trimmed text where the schema trims it, placed where that text starts', () => {
    const field = treeOf('case: "    Four spaces first, which trimmed text is not code"\n', CASE);
    expect(field.text).toBe('Four spaces first, which trimmed text is not code');
    expect(positions(field.root).slice(0, 2)).toEqual(['root 1:12', 'paragraph 1:12']);
  });

  it('of a field written as an alias is the tree of the text it names, placed where that text is written', () => {
    const { source } = parseYaml(
      { path: 'x.yaml', text: 'instructions: &said Look at ![A chart](chart.png).\nnotes: *said\n' },
      0,
      [
        { path: ['instructions'], trimmed: false },
        { path: ['notes'], trimmed: false },
      ],
    );
    expect(source!.markdown.map((f) => [f.path, f.text, positions(f.root).at(-1)])).toEqual([
      [['instructions'], 'Look at ![A chart](chart.png).', 'text 1:50'],
      [['notes'], 'Look at ![A chart](chart.png).', 'text 1:50'],
    ]);
  });

  it('is found by its path, list items included', () => {
    const { source } = parseYaml({ path: 'x.yaml', text: 'model-answers:\n  - One\n  - |\n    Two\n' }, 0, [
      { path: ['model-answers', '*'], trimmed: true },
    ]);
    expect(source!.markdown.map((f) => [f.path, f.text])).toEqual([
      [['model-answers', 0], 'One'],
      [['model-answers', 1], 'Two'],
    ]);
  });
});

/** The case exercise of the base fixture with `line` added to its instructions (a block). */
const instructions = (line: string) => ({
  'exercises/case.yaml': (t: string) =>
    t.replace(
      'instructions: Read the case and answer together.',
      `instructions: |\n  Read the case and answer together.\n\n  ${line.replace(/\n/g, '\n  ')}`,
    ),
});

function caseExercise(models: Awaited<ReturnType<typeof composeModels>>['models']): GuideExercise {
  for (const module of models[0]!.guide.modules)
    for (const entry of module.entries)
      if (entry.kind === 'exercise' && entry.exercise.exercise.id === 'case') return entry.exercise;
  throw new Error('no case exercise');
}

describe('a picture written in code in a YAML field', () => {
  it('is text, as in a module: no alt-text or missing-file error, and the slide prints it as code', async () => {
    await withEditedBase(instructions('Write `![](photo.png)` to show a photo.'), async (dir) => {
      const check = await runCli(['--content', dir, '--check']);
      expect(check.stderr).toBe('');
      expect(check.code).toBe(0);
      const composed = await composeModels({ contentDir: dir, clients: ['acme'] });
      const last = caseExercise(composed.models).exercise.instructions.at(-1);
      expect(last).toMatchObject({
        kind: 'paragraph',
        content: [{ text: 'Write ' }, { text: '![](photo.png)', code: true }, { text: ' to show a photo.' }],
      });
    });
  });

  it('is text in a fenced block, escaped, or in an HTML comment, and a path with a space there is not reported either', async () => {
    for (const line of [
      '```\n![](photo.png)\n![A photo](my photo.png)\n```',
      '\\![](photo.png) is how a picture is written',
      '<!-- ![](photo.png) -->',
      '`![A photo](my photo.png)`',
    ]) {
      await withEditedBase(instructions(line), async (dir) => {
        const check = await runCli(['--content', dir, '--check']);
        expect(check.stderr, line).toBe('');
        expect(check.code, line).toBe(0);
      });
    }
  });

  it('is composed from an alias too, as the text it names', async () => {
    const edits = {
      'exercises/case.yaml': (t: string) =>
        t.replace(
          'instructions: Read the case and answer together.',
          'instructions: &said Read the case, then `![](photo.png)`.\nnotes: *said',
        ),
    };
    await withEditedBase(edits, async (dir) => {
      const composed = await composeModels({ contentDir: dir, clients: ['acme'] });
      expect(composed.diagnostics).toEqual([]);
      const exercise = caseExercise(composed.models);
      // The same blocks, each placed at its own field.
      const unplaced = (blocks: readonly object[]) =>
        blocks.map(({ source: _, ...block }: { source?: unknown }) => block);
      expect(unplaced(exercise.notes)).toEqual(unplaced(exercise.exercise.instructions));
      expect(exercise.notes[0]?.source).toEqual({ file: 'exercises/case.yaml', line: 6, column: 8 });
    });
  });

  it('outside code is still a picture, reported where it is written, in a quoted field too', async () => {
    const edits = {
      'exercises/case.yaml': (t: string) =>
        t.replace(
          'instructions: Read the case and answer together.',
          'instructions: "Read the case, then look at ![](photo.png)."',
        ),
    };
    await withEditedBase(edits, async (dir) => {
      const check = await runCli(['--content', dir, '--check']);
      expect(check.code).toBe(1);
      expect(diagnosticKeys(check.stderr)).toEqual([
        'exercises/case.yaml:5:44 asset/image-alt',
        'exercises/case.yaml:5:44 asset/missing',
      ]);
    });
  });
});
