// The command as a user runs it: a real process, real exit codes, no stack traces.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE, withEditedBase } from './support/fixtures.js';
import { diagnosticKeys, runCli } from './support/run.js';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'workshop-kit.js');

function cli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('workshop-kit command', () => {
  it('prints help and version', () => {
    const help = cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--client ID');
    const version = cli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('exits 2 with the usage text on a usage error', () => {
    for (const args of [
      ['--bogus'],
      ['--client'],
      ['--content', '/no/such/folder'],
      ['--client', 'nobody', '--check'],
    ]) {
      const run = cli(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain('Usage: workshop-kit');
    }
    expect(cli(['--clinet', 'acme']).stderr).toContain('unknown option --clinet; did you mean `--client`?');
  });

  it('validates the bundled workshop', () => {
    const run = cli(['--check']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('content is valid');
  });

  it('exits 1 with path:line:col and no stack trace on bad content', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wk-cli-'));
    try {
      cpSync(BASE, join(dir, 'content'), { recursive: true });
      writeFileSync(join(dir, 'content', 'exercises', 'plan.yaml'), 'title: [unclosed\n');
      mkdirSync(join(dir, 'content', 'clients'), { recursive: true });
      const run = cli(['--content', join(dir, 'content'), '--out', join(dir, 'out')]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^exercises\/plan\.yaml:\d+:\d+: error: YAML syntax error/m);
      expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+\)/);
      expect(run.stderr).toContain('nothing was written');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects a malformed SOURCE_DATE_EPOCH as a usage error', () => {
    expect(cli(['--check'], { SOURCE_DATE_EPOCH: 'yesterday' }).code).toBe(2);
  });
});

describe('workshop-kit command, output folder', () => {
  it('exits 2 when --out is a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wk-cli-out-'));
    try {
      writeFileSync(join(dir, 'afile'), 'x');
      const run = cli(['--out', join(dir, 'afile')]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('output folder is a file');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--check catches a character no font has, at the character', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wk-cli-glyph-'));
    try {
      cpSync(BASE, join(dir, 'content'), { recursive: true });
      const file = join(dir, 'content', 'modules', 'welcome.md');
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace('Greet people as they arrive.', 'Greet people \u{13000} as they arrive.'),
      );
      const run = cli(['--content', join(dir, 'content'), '--check']);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/modules\/welcome\.md:\d+:14: error: .*U\+13000.*\[text\/unprintable\]/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('--client and a client file with a mistake', () => {
  it('names the file’s mistake for the client asked for, however the file failed (not "unknown client")', async () => {
    for (const [text, key] of [
      ['name: Short Co\nstart: [13:30\n', 'clients/short.yaml:2:8 yaml/syntax'],
      ['name: "Short\\x0bCo"\n', 'clients/short.yaml:1:7 file/control-character'],
    ] as const) {
      await withEditedBase({ 'clients/short.yaml': () => text }, async (dir) => {
        const run = await runCli(['--content', dir, '--check', '--client', 'short']);
        expect(run.stderr).not.toContain('unknown client');
        expect(run.code).toBe(1);
        expect(diagnosticKeys(run.stderr)).toEqual([key]);
      });
    }
  });

  it('fails only that client: another one asked for builds, with the mistake as a warning', async () => {
    await withEditedBase({ 'clients/short.yaml': (t) => `${t}lang: xx-YY\n` }, async (dir) => {
      const other = await runCli(['--content', dir, '--check', '--client', 'acme']);
      expect(other.code).toBe(0);
      expect(other.stderr).toMatch(
        /^clients\/short\.yaml:6:7: warning: .*unsupported language.*\(client `short` is not built in this run\) \[labels\/language\]$/m,
      );
      const itself = await runCli(['--content', dir, '--check', '--client', 'short']);
      expect(itself.code).toBe(1);
      expect(diagnosticKeys(itself.stderr)).toEqual(['clients/short.yaml:6:7 labels/language']);
      expect((await runCli(['--content', dir, '--check'])).code).toBe(1);
    });
  });
});
