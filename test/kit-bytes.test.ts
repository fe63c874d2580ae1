// What the caches and the render workers rely on, checked on the installed command (bin/ over dist/): a kit's bytes
// never depend on what the same process rendered before it, on a cache, or on the thread that rendered it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BASE } from './support/fixtures.js';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'workshop-kit.js');
const CONTENT = BASE;
const FILES = ['deck.pptx', 'slides.pdf', 'handouts.pdf', 'worksheets.pdf', 'facilitator-guide.pdf'];
const scratch: string[] = [];

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout;
}

function outDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wk-kit-bytes-'));
  scratch.push(dir);
  return dir;
}

function expectSameKits(a: string, b: string, clients: string[]) {
  for (const client of clients)
    for (const file of FILES)
      expect(readFileSync(join(a, client, file)).equals(readFileSync(join(b, client, file))), `${client}/${file}`).toBe(
        true,
      );
}

afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

describe('a kit’s bytes', () => {
  it("are the same built alone, after another client's kit in the same thread, on render workers, and with every cache off", () => {
    const alone = outDir();
    const together = outDir();
    const workers = outDir();
    const uncached = outDir();
    run(['--content', CONTENT, '--out', alone, '--client', 'short']);
    // One render thread: acme's kit is rendered first, and fills every cache before short's.
    run(['--content', CONTENT, '--out', together, '--jobs', '1']);
    run(['--content', CONTENT, '--out', workers, '--jobs', '2']);
    run(['--content', CONTENT, '--out', uncached, '--jobs', '1'], { WORKSHOP_KIT_NO_CACHE: '1' });
    expectSameKits(together, alone, ['short']);
    expectSameKits(workers, together, ['acme', 'short']);
    expectSameKits(uncached, together, ['acme', 'short']);
  });

  it('of a deck-only client, rendered in the main thread beside a whole kit on a worker, are its deck on workers', () => {
    // acme holds only the deck; short keeps the whole kit, so the build opens its workers and sends short's kit there.
    const content = outDir();
    cpSync(CONTENT, content, { recursive: true });
    const acme = join(content, 'clients', 'acme.yaml');
    writeFileSync(acme, `${readFileSync(acme, 'utf8')}\noutputs: [deck]\n`);
    const mixed = outDir();
    const together = outDir();
    run(['--content', content, '--out', mixed, '--jobs', '2']);
    run(['--content', CONTENT, '--out', together, '--jobs', '2']);
    expect(readdirSync(join(mixed, 'acme'))).toEqual(['deck.pptx']);
    expect(
      readFileSync(join(mixed, 'acme', 'deck.pptx')).equals(readFileSync(join(together, 'acme', 'deck.pptx'))),
    ).toBe(true);
    expectSameKits(mixed, together, ['short']);
  });
});
