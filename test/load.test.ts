// Load stage: Markdown keeps what the author wrote and where; YAML keeps positions for every value.
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../src/load/markdown.js';
import { parseYaml } from '../src/load/yaml.js';

describe('markdown', () => {
  it('keeps clock times, ratios and colons as text', () => {
    const { source, diagnostics } = parseMarkdown({
      path: 'modules/m.md',
      text: '---\ntitle: T\nminutes: 5\n---\n\nLunch at 12:30, ratio 3:1, Note:this and a:b.\n',
    });
    expect(diagnostics).toEqual([]);
    const paragraph = source.root.children[0];
    expect(paragraph?.type).toBe('paragraph');
    const text =
      paragraph && 'children' in paragraph ? paragraph.children.map((c) => ('value' in c ? c.value : '')).join('') : '';
    expect(text).toBe('Lunch at 12:30, ratio 3:1, Note:this and a:b.');
  });

  it('places front matter values at their line in the file', () => {
    const { source } = parseMarkdown({ path: 'modules/m.md', text: '---\ntitle: T\nminutes: 5\n---\n' });
    expect(source.frontMatter?.locate(['minutes'])).toEqual({ file: 'modules/m.md', line: 3, column: 10 });
  });

  it('counts emphasis and code markers per paragraph, heading or list item: a long list with code in every item is read whole', () => {
    const items = Array.from({ length: 1500 }, (_, i) => `- item \`c${i}\` & <b>“Ωμέγα”</b> *${i}*`).join('\n');
    const { source, diagnostics } = parseMarkdown({
      path: 'modules/m.md',
      text: `---\ntitle: T\nminutes: 5\n---\n\n## Many\n${items}\n`,
    });
    expect(diagnostics).toEqual([]);
    const list = source.root.children.find((n) => n.type === 'list');
    expect(list && 'children' in list ? list.children.length : 0).toBe(1500);
    // One paragraph with as many markers is still refused, at its first line.
    const flood = parseMarkdown({
      path: 'modules/m.md',
      text: `---\ntitle: T\nminutes: 5\n---\n\n## Many\n${'`x` '.repeat(1100)}\n`,
    });
    expect(flood.diagnostics.map((d) => `${d.rule} ${d.source?.line}`)).toEqual(['module/too-many-markers 7']);
  });

  it('counts lines CommonMark reads as the same paragraph together, even when they look like list items', () => {
    // `2.` cannot interrupt a paragraph (only `1.` can), and a marker indented 4 spaces under text is text.
    const lines = (spans: string) => [
      `Tom & Jerry <Ltd> "Q" 'R' Ελλάδα ${spans}`,
      `2. Київ ${spans}`,
      `    - Ωμέγα ${spans}`,
      `3) and more ${spans}`,
      `     * still ${spans}`,
      `\t+ tabbed ${spans}`,
    ];
    const page = (spans: string) => `---\ntitle: T\nminutes: 5\n---\n\n## One paragraph\n${lines(spans).join('\n')}\n`;
    const few = parseMarkdown({ path: 'modules/m.md', text: page('`x`') });
    expect(few.diagnostics).toEqual([]);
    expect(few.source.root.children.map((n) => n.type)).toEqual(['heading', 'paragraph']);
    // Six lines of 400 markers each: one paragraph of 2,400, refused at its first line.
    const flood = parseMarkdown({ path: 'modules/m.md', text: page('`x` '.repeat(200)) });
    expect(flood.diagnostics.map((d) => `${d.rule} ${d.source?.line}`)).toEqual(['module/too-many-markers 7']);
    // The same lines as real list items (the numbered ones after a blank line, the bullets at the margin) are read whole.
    const items = parseMarkdown({
      path: 'modules/m.md',
      text: page('`x` '.repeat(200))
        .replace(/\n(2\. |3\) )/g, '\n\n$1')
        .replace(/\n {4,5}([-*]) /g, '\n$1 ')
        .replace('\n\t+', '\n+'),
    });
    expect(items.diagnostics).toEqual([]);
  });

  it('keeps positions on directives', () => {
    const { source } = parseMarkdown({
      path: 'modules/m.md',
      text: '---\ntitle: T\nminutes: 5\n---\n\n## A\n::comparison{#x}\n',
    });
    const directive = source.root.children[1];
    expect(directive?.type).toBe('leafDirective');
    expect(directive?.position?.start).toMatchObject({ line: 7, column: 1 });
  });

  it('parses GFM tables, strikethrough, footnotes and task lists, and leaves a bare URL as text', () => {
    const text =
      '---\ntitle: T\nminutes: 5\n---\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~ see https://example.com/page now[^1]\n\n- [x] done\n\n[^1]: A note.\n';
    const { source } = parseMarkdown({ path: 'modules/m.md', text });
    const types = (nodes: readonly { type: string; children?: unknown }[]): string[] =>
      nodes.flatMap((n) => [n.type, ...(Array.isArray(n.children) ? types(n.children as { type: string }[]) : [])]);
    const all = types(source.root.children);
    for (const type of ['table', 'delete', 'footnoteReference', 'footnoteDefinition']) expect(all).toContain(type);
    expect(all).not.toContain('link');
    const list = source.root.children.find((n) => n.type === 'list');
    expect(list && 'children' in list ? list.children[0] : undefined).toMatchObject({
      type: 'listItem',
      checked: true,
    });
  });
});

describe('yaml', () => {
  it('locates nested values and keys', () => {
    const { source } = parseYaml({ path: 'x.yaml', text: 'title: A\nrows:\n  - aspect: Focus\n    values: [a, b]\n' });
    expect(source?.locate(['rows', 0, 'values', 1])).toEqual({ file: 'x.yaml', line: 4, column: 17 });
    expect(source?.locate(['rows', 0, 'aspect'], { key: true })).toEqual({ file: 'x.yaml', line: 3, column: 5 });
  });

  it('reads 12:30 as text and 1.10 as a number (YAML 1.2)', () => {
    const { source } = parseYaml({ path: 'x.yaml', text: 'start: 12:30\nv: 1.10\n' });
    expect(source?.data).toEqual({ start: '12:30', v: 1.1 });
  });

  it('reports duplicate keys at the second key', () => {
    const { diagnostics } = parseYaml({ path: 'x.yaml', text: 'a: 1\nb: 2\na: 3\n' });
    expect(diagnostics.map((d) => [d.rule, d.source?.line, d.source?.column])).toEqual([['yaml/duplicate-key', 3, 1]]);
  });

  it('stops alias bombs', () => {
    const bomb =
      'a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n';
    const { diagnostics } = parseYaml({ path: 'x.yaml', text: bomb });
    expect(diagnostics.map((d) => d.rule)).toEqual(['yaml/alias-limit']);
  });
});

describe('special files', () => {
  it('never opens a FIFO, even through a symlink named like an image, so the build cannot hang', async () => {
    const { cpSync, mkdtempSync, rmSync, symlinkSync } = await import('node:fs');
    const { execFileSync } = await import('node:child_process');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { loadContent } = await import('../src/load/content.js');
    const { FIXTURES } = await import('./support/fixtures.js');
    const dir = mkdtempSync(join(tmpdir(), 'wk-fifo-'));
    try {
      cpSync(join(FIXTURES, 'base'), dir, { recursive: true });
      execFileSync('mkfifo', [join(dir, 'assets', 'pipe')]);
      symlinkSync('pipe', join(dir, 'assets', 'pipe.png'));
      execFileSync('mkfifo', [join(dir, 'modules', 'fifo.md')]);
      const { content, diagnostics } = await loadContent(dir);
      expect(diagnostics).toEqual([]);
      expect([...content.assets.keys()]).toEqual(['assets/logo.png']);
      expect([...content.modules.keys()].sort()).toEqual(['practice', 'two-jobs', 'welcome']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('files kept beside the content', () => {
  it('a copy whose name cannot be an id, and a file starting with _, are not part of the build', async () => {
    const { cpSync, mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { loadContent } = await import('../src/load/content.js');
    const { FIXTURES } = await import('./support/fixtures.js');
    const dir = mkdtempSync(join(tmpdir(), 'wk-copies-'));
    try {
      cpSync(join(FIXTURES, 'base'), dir, { recursive: true });
      cpSync(join(dir, 'modules', 'welcome.md'), join(dir, 'modules', 'welcome copy.md'));
      cpSync(join(dir, 'modules', 'welcome.md'), join(dir, 'modules', '_draft.md'));
      const client = (await import('node:fs')).readdirSync(join(dir, 'clients'))[0]!;
      cpSync(join(dir, 'clients', client), join(dir, 'clients', `_${client}`));
      const { content, diagnostics } = await loadContent(dir);
      expect(diagnostics).toEqual([]);
      expect([...content.modules.keys()].sort()).toEqual(['practice', 'two-jobs', 'welcome']);
      expect([...content.clients.keys()]).not.toContain(`_${client.replace(/\.ya?ml$/, '')}`);
      cpSync(join(dir, 'clients', client), join(dir, 'clients', `${client.replace(/\.ya?ml$/, '')} (1).yaml`));
      const copied = await loadContent(dir);
      expect(copied.diagnostics.map((d) => `${d.source?.file} ${d.rule}`)).toEqual([
        `clients/${client.replace(/\.ya?ml$/, '')} (1).yaml content/file-name`,
      ]);
      expect(copied.diagnostics[0]!.message).toContain('start its name with `_`');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('files over the asset limit', () => {
  it('a logo over 20 MB is an error that says its size, not "not found"', async () => {
    const { cpSync, mkdtempSync, rmSync, writeFileSync, readFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { FIXTURES } = await import('./support/fixtures.js');
    const { runCli } = await import('./support/run.js');
    const dir = mkdtempSync(join(tmpdir(), 'wk-big-'));
    try {
      cpSync(join(FIXTURES, 'base'), dir, { recursive: true });
      const logo = readFileSync(join(dir, 'assets', 'logo.png'));
      writeFileSync(join(dir, 'assets', 'big.png'), Buffer.concat([logo, Buffer.alloc(21 * 1024 * 1024)]));
      const client = join(dir, 'clients', 'acme.yaml');
      writeFileSync(client, readFileSync(client, 'utf8').replace('logo: assets/logo.png', 'logo: assets/big.png'));
      const r = await runCli(['--content', dir, '--check']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('clients/acme.yaml:11:9: error: logo `assets/big.png` is 21 MB');
      expect(r.stderr).toContain('[asset/too-large]');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('words too long for any line', () => {
  it('a word of 500,000 characters (a "<" flood) or 1,001 is refused at its position by one scan of the file, before anything lays it out; 1,000 and a long URL are fine', async () => {
    const { withEditedBase } = await import('./support/fixtures.js');
    const { runCli } = await import('./support/run.js');
    const module = (word: string) => ({
      'modules/practice.md': (t: string) => `${t}\n## Long\n\nA line then ${word}\n`,
    });
    for (const word of ['<'.repeat(500_000), 'a'.repeat(1001)]) {
      await withEditedBase(module(word), async (dir) => {
        const r = await runCli(['--content', dir, '--check']);
        expect(r.code).toBe(1);
        expect(r.stderr).toMatch(
          new RegExp(
            `modules/practice\\.md:\\d+:13: error: a word of ${word.length} characters without a space .*\\[file/long-word\\]`,
          ),
        );
      });
    }
    await withEditedBase(module(`${'a'.repeat(1000)} https://example.com/${'path/'.repeat(60)}`), async (dir) => {
      expect((await runCli(['--content', dir, '--check'])).code).toBe(0);
    });
  });
});

describe('client files the build skips', () => {
  it('warns, naming the file, when a client file is hidden or renamed away from .yaml; notes beside them are left alone', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { withEditedBase } = await import('./support/fixtures.js');
    const { runCli } = await import('./support/run.js');
    const acme = readFileSync(join(import.meta.dirname, 'fixtures', 'base', 'clients', 'acme.yaml'), 'utf8');
    await withEditedBase(
      {
        'clients/.old-acme.yaml': () => acme,
        'clients/brightpath.txt': () => acme,
        'clients/README.md': () => '# Our clients & <notes>\n',
      },
      async (dir) => {
        const run = await runCli(['--content', dir, '--check']);
        expect(run.code).toBe(0);
        expect(run.stdout).toContain('2 clients (acme, short)');
        expect(run.stderr).toContain(
          'clients/.old-acme.yaml:1:1: warning: not read, so no kit is built for it: its name starts with a dot',
        );
        expect(run.stderr).toContain(
          'clients/brightpath.txt:1:1: warning: not read, so no kit is built for it: client files end in .yaml, and this one ends in .txt; rename it to clients/brightpath.yaml',
        );
        expect(run.stderr).not.toContain('README');
      },
    );
  });
});
