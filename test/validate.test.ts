// Every bad-input fixture: exit 1, exactly the golden `file:line:col rule` list, and the output folder untouched.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, materialise, readCase } from './support/fixtures.js';
import { diagnosticKeys, runCli } from './support/run.js';

const badDir = join(FIXTURES, 'bad');
const cases = readdirSync(badDir).sort();

function snapshotTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      out[path.slice(dir.length)] = readFileSync(path, 'utf8');
    }
  }
  return out;
}

describe('bad content', () => {
  it('has at least 25 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  for (const name of cases) {
    it(name, async () => {
      const dir = join(badDir, name);
      const spec = readCase(dir);
      const root = materialise(dir, spec);
      try {
        const out = join(root, 'out');
        mkdirSync(join(out, 'acme'), { recursive: true });
        writeFileSync(join(out, 'acme', 'deck.pptx'), 'previous build');
        const before = snapshotTree(out);

        const check = await runCli(['--content', join(root, 'content'), '--check']);
        expect(check.code).toBe(1);
        expect(diagnosticKeys(check.stderr)).toEqual(spec.expect);
        for (const words of spec.mentions ?? []) expect(check.stderr).toContain(words);
        expect(check.stderr).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);

        const full = await runCli(['--content', join(root, 'content'), '--out', out]);
        expect(full.code).toBe(1);
        expect(diagnosticKeys(full.stderr)).toEqual(spec.expect);
        expect(snapshotTree(out)).toEqual(before);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    });
  }
});

describe('text that only looks like a directive', () => {
  it('an IPv6 address (::1) on a slide or in notes, and "a :: b", are text, not stray directives', async () => {
    const { cpSync, mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const root = mkdtempSync(join(tmpdir(), 'wk-ipv6-'));
    try {
      cpSync(join(FIXTURES, 'base'), root, { recursive: true });
      const module = join(root, 'modules', 'welcome.md');
      writeFileSync(
        module,
        `${readFileSync(module, 'utf8')}\n## Networks\n\n::1 is the loopback address, scope :: global\n\n:::notes\n::1 again, and fe80::1\n:::\n`,
      );
      const check = await runCli(['--content', root, '--check']);
      expect(check.stderr).toBe('');
      expect(check.code).toBe(0);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
