// Watch mode as an editor uses it: saves that rename a new copy over the file, an error that keeps the last good kit.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE } from './support/fixtures.js';

const ROOT = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'wk-watch-'));
const content = join(dir, 'content');
const out = join(dir, 'out');
let stdout = '';
let stderr = '';
let child: ReturnType<typeof spawn>;

/** Saves like vim or `sed -i`: a new file renamed over the old one. */
function saveByRename(path: string, edit: (text: string) => string): void {
  writeFileSync(`${path}.tmp`, edit(readFileSync(path, 'utf8')));
  renameSync(`${path}.tmp`, path);
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let waited = 0; waited < 30_000; waited += 50) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}\nstdout:\n${stdout}\nstderr:\n${stderr}`);
}

const mtime = (client: string) => statSync(join(out, client, 'deck.pptx')).mtimeMs;

beforeAll(async () => {
  cpSync(BASE, content, { recursive: true });
  // An editor's lock file (Emacs: a dangling link) and a folder named like a module: the build
  // ignores both, and the watcher's warm-up once crashed reading them.
  symlinkSync('user@host.1234:1700000000', join(content, 'modules', '.#welcome.md'));
  cpSync(join(content, 'assets'), join(content, 'modules', 'drafts.md'), { recursive: true });
  child = spawn(
    process.execPath,
    [join(ROOT, 'bin', 'workshop-kit.js'), '--watch', '--content', content, '--out', out],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  await until(() => stdout.includes('watching'), 'the first build');
});

afterAll(() => {
  child?.kill();
  rmSync(dir, { recursive: true, force: true });
});

describe('--watch', () => {
  it('rebuilds only the client a saved client file affects', async () => {
    const acme = mtime('acme');
    const short = mtime('short');
    saveByRename(join(content, 'clients', 'short.yaml'), (t) => t.replace('name: Short Co', 'name: Short Company'));
    await until(() => mtime('short') !== short, 'short to be rebuilt');
    expect(mtime('acme')).toBe(acme);
  });

  it('prints an error, keeps the last good kit, and recovers', async () => {
    const before = readFileSync(join(out, 'acme', 'deck.pptx'));
    const printed = stderr.length;
    saveByRename(join(content, 'modules', 'welcome.md'), (t) => t.replace('minutes: 15', 'minutes: 16'));
    await until(() => stderr.slice(printed).includes('timing/total'), 'the timing error');
    expect(child.exitCode).toBeNull();
    expect(readFileSync(join(out, 'acme', 'deck.pptx')).equals(before)).toBe(true);
    const acme = mtime('acme');
    saveByRename(join(content, 'modules', 'welcome.md'), (t) =>
      t.replace('minutes: 16', 'minutes: 15').replace('## Why we are here', '## Why we are all here'),
    );
    await until(() => mtime('acme') !== acme, 'acme to be rebuilt after the fix');
    expect(readFileSync(join(out, 'acme', 'deck.pptx')).equals(before)).toBe(false);
  });
});
