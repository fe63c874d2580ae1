// A paragraph's runs as Markdown: whatever the runs hold (Markdown's own characters, variables' braces, HTML,
// entities, directives, non-Latin letters) and however they are formatted, the build reads back exactly the words
// the slide showed; and the ordinary cases keep their marks.
import { describe, expect, it } from 'vitest';
import { escapeText, type Run, readsBack, runsToMarkdown } from '../src/import/inline.js';
import { parseMarkdown } from '../src/load/markdown.js';

const PIECES = [
  'plain',
  ' ',
  '  two  spaces ',
  '*star*',
  '_under_',
  '`tick`',
  '[link](x)',
  '<b>tag</b>',
  '<!-- c -->',
  '&amp;',
  '&copy;',
  '{{client.name}}',
  '{',
  '}}',
  '# hash',
  '1. one',
  '- dash',
  '> quote',
  '::exercise{#x}',
  '12:30',
  '\\back',
  '|pipe|',
  '~~strike~~',
  'Ελλάδα Київ',
  '“quoted”',
  '"straight"',
  "it's",
  '…',
  '—',
  '![img](a.png)',
  'http://example.com',
  '\t',
];

/** A deterministic stream of numbers (a linear congruential generator), so a failure can be run again. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

describe('runs as Markdown', () => {
  it('reads back as the same words, for 2,000 paragraphs of awkward runs in every formatting', () => {
    const next = random(7);
    for (let n = 0; n < 2000; n++) {
      const runs: Run[] = Array.from({ length: 1 + Math.floor(next() * 6) }, () => ({
        text: PIECES[Math.floor(next() * PIECES.length)]!,
        ...(next() < 0.3 ? { bold: true } : {}),
        ...(next() < 0.3 ? { italic: true } : {}),
        ...(next() < 0.15 ? { code: true } : {}),
        ...(next() < 0.1 ? { link: 'https://example.com/a?b=1&c=2' } : {}),
      }));
      const { markdown, plain } = runsToMarkdown(runs);
      const shown = runs
        .map((r) => r.text)
        .join('')
        .replace(/[\u0000-\u001f]/g, ' ')
        .replace(/[ \t]+/g, ' ')
        .trim();
      expect(plain, JSON.stringify(runs)).toBe(shown);
      if (shown) expect(readsBack(markdown, shown), `${JSON.stringify(runs)} -> ${markdown}`).toBe(true);
      // No variable is left for the build to fill in: its braces are escaped.
      expect(markdown).not.toMatch(/\{\{/);
    }
  });

  it('keeps bold, italic, code and links, and joins runs split inside a word without a space', () => {
    expect(
      runsToMarkdown([
        { text: 'Every' },
        { text: 'worker', bold: true },
        { text: ' uses ' },
        { text: 'git', code: true },
        { text: ' and ' },
        { text: 'the wiki', link: 'https://wiki.example.com' },
        { text: ', ' },
        { text: 'daily', italic: true },
      ]).markdown,
    ).toBe('Every**worker** uses `git` and [the wiki](https://wiki.example.com), *daily*');
  });

  it('writes a line break as Markdown’s, continued at the list item’s indent', () => {
    const { markdown } = runsToMarkdown([{ text: 'first' }, { text: '', br: true }, { text: '1. second' }], '    ');
    expect(markdown).toBe('first\\\n    1\\. second');
    const { source } = parseMarkdown({ path: 'x.md', text: `- ${markdown}` });
    expect(source.root.children).toHaveLength(1);
  });

  it('escapes text so it stays text', () => {
    expect(escapeText('a*b_c [d] <e> {{f}} & g|h ~i `j` \\k')).toBe(
      'a\\*b\\_c \\[d\\] \\<e\\> \\{\\{f}} \\& g\\|h \\~i \\`j\\` \\\\k',
    );
  });
});
