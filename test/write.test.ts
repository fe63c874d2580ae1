// The write stage loses nothing: a facilitator's files in out/ stay, --out can never be the content, a build killed at
// any file system call leaves the old kits or the new ones, two builds at once take turns, and leftovers are cleaned.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { recoverOutput, writeKits } from '../src/write/atomic.js';
import { acquireLock } from '../src/write/lock.js';
import { FIXTURES } from './support/fixtures.js';
import { runCli } from './support/run.js';

const CHILD_SOURCE = join(import.meta.dirname, 'support', 'crash-writer.ts');
let CHILD = '';
const FILES = ['deck.pptx', 'worksheets.pdf', 'facilitator-guide.pdf'];
const CLIENTS = ['alpha', 'beta'];
const temps: string[] = [];
const temp = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), `wk-write-${name}-`));
  temps.push(dir);
  return dir;
};
beforeAll(async () => {
  const { build } = await import('esbuild');
  CHILD = join(temp('child'), 'crash-writer.cjs');
  temps.pop();
  await build({
    entryPoints: [CHILD_SOURCE],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: CHILD,
    logLevel: 'silent',
  });
});
afterAll(() => rmSync(dirname(CHILD), { recursive: true, force: true }));
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function child(out: string, generation: string, ...flags: string[]) {
  return spawnSync(process.execPath, [CHILD, out, generation, ...flags], { encoding: 'utf8' });
}

/** The kits the crash writer writes, in the test process. */
const generation = (g: string) =>
  CLIENTS.map((clientId) => ({
    clientId,
    files: FILES.map((name) => ({ name, bytes: new TextEncoder().encode(`${g} ${clientId} ${name}`) })),
  }));

/** Which generation each kit file holds ('?' for anything else), by client. */
function generations(out: string): string[] {
  return CLIENTS.flatMap((c) =>
    FILES.map((f) => (existsSync(join(out, c, f)) ? readFileSync(join(out, c, f), 'utf8').split(' ')[0]! : 'missing')),
  );
}

describe('a facilitator’s own files', () => {
  it('stay in out/<client>/ and in out/ through a build, and the kit is replaced', async () => {
    const out = temp('own');
    await writeKits(out, generation('old'));
    writeFileSync(join(out, 'alpha', 'my-notes.txt'), 'notes for the day');
    writeFileSync(join(out, 'agenda-printout.pdf'), 'mine');
    await writeKits(out, generation('new'));
    expect(readFileSync(join(out, 'alpha', 'my-notes.txt'), 'utf8')).toBe('notes for the day');
    expect(readFileSync(join(out, 'agenda-printout.pdf'), 'utf8')).toBe('mine');
    expect(new Set(generations(out))).toEqual(new Set(['new']));
  });

  it('removes a file only an earlier build wrote (model.json without --debug-model), never one it did not', async () => {
    const out = temp('model');
    await writeKits(out, [
      {
        clientId: 'alpha',
        files: [
          { name: 'deck.pptx', bytes: new Uint8Array([1]) },
          { name: 'model.json', bytes: new Uint8Array([2]) },
        ],
      },
    ]);
    writeFileSync(join(out, 'alpha', 'model-notes.json'), 'mine');
    await writeKits(out, [{ clientId: 'alpha', files: [{ name: 'deck.pptx', bytes: new Uint8Array([3]) }] }]);
    expect(readdirSync(join(out, 'alpha')).sort()).toEqual(['deck.pptx', 'model-notes.json']);
  });

  it('a client folder that is a file, or an artefact that is a folder, is refused before anything moves', async () => {
    const out = temp('in-the-way');
    writeFileSync(join(out, 'alpha'), 'a file named like the client');
    await expect(
      writeKits(out, [{ clientId: 'alpha', files: [{ name: 'deck.pptx', bytes: new Uint8Array([1]) }] }]),
    ).rejects.toThrow(/is a file, and the kit of client `alpha` goes in a folder/);
    expect(readFileSync(join(out, 'alpha'), 'utf8')).toBe('a file named like the client');
  });
});

describe('files no build wrote', () => {
  it('in the kits’ places (an out/ copied from elsewhere, no manifest) are listed and kept, exit 2; --force replaces them', async () => {
    const out = temp('foreign');
    mkdirSync(join(out, 'short'));
    for (const f of ['deck.pptx', 'facilitator-guide.pdf', 'my-notes.txt'])
      writeFileSync(join(out, 'short', f), 'from another machine');
    const args = ['--content', join(FIXTURES, 'base'), '--out', out, '--client', 'short'];
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('2 files in the output folder');
    expect(r.stderr).toContain(join(out, 'short', 'deck.pptx'));
    expect(r.stderr).toContain(join(out, 'short', 'facilitator-guide.pdf'));
    expect(r.stderr).not.toContain('my-notes.txt');
    expect(r.stderr).toContain('--force');
    for (const f of ['deck.pptx', 'facilitator-guide.pdf'])
      expect(readFileSync(join(out, 'short', f), 'utf8')).toBe('from another machine');
    expect(readdirSync(join(out, '.workshop-kit'))).toEqual([]);
    expect((await runCli([...args, '--force'])).code).toBe(0);
    expect(
      readFileSync(join(out, 'short', 'deck.pptx'))
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    expect(readFileSync(join(out, 'short', 'my-notes.txt'), 'utf8')).toBe('from another machine');
    // Now the build wrote them, and the next build replaces them without being told.
    expect((await runCli(args)).code).toBe(0);
  });

  it('a file a kit did not hold before (model.json of --debug-model, the facilitator’s own) is refused too', async () => {
    const out = temp('foreign-new-name');
    await writeKits(out, [{ clientId: 'alpha', files: [{ name: 'deck.pptx', bytes: new Uint8Array([1]) }] }]);
    writeFileSync(join(out, 'alpha', 'model.json'), 'mine');
    const kit = [
      { clientId: 'alpha', files: ['deck.pptx', 'model.json'].map((name) => ({ name, bytes: new Uint8Array([2]) })) },
    ];
    await expect(writeKits(out, kit)).rejects.toThrow(/a file in the output folder .* no workshop-kit build wrote it/);
    expect(readFileSync(join(out, 'alpha', 'model.json'), 'utf8')).toBe('mine');
    expect(readFileSync(join(out, 'alpha', 'deck.pptx'))).toEqual(Buffer.from([1]));
  });
});

describe('a client folder that cannot take its kit', () => {
  const three = (g: string) =>
    ['alpha', 'beta', 'gamma'].map((clientId) => ({
      clientId,
      files: FILES.map((name) => ({ name, bytes: new TextEncoder().encode(`${g} ${clientId} ${name}`) })),
    }));
  const kitsOf = (out: string) =>
    ['alpha', 'beta'].flatMap((c) => FILES.map((f) => readFileSync(join(out, c, f), 'utf8').split(' ')[0]));

  /** The build is refused before any kit moves: every kit stays old, and nothing of the build is left. */
  async function refusedWhole(out: string, message: RegExp) {
    await expect(writeKits(out, three('new'))).rejects.toThrow(message);
    expect(new Set(kitsOf(out))).toEqual(new Set(['old']));
    expect(readdirSync(join(out, '.workshop-kit'))).toEqual(['manifest.json']);
    expect(readdirSync(join(out, 'alpha')).sort()).toEqual([...FILES].sort());
  }

  it('on another disk (a link to /dev/shm: no rename reaches it) is refused before the first kit moves', async (t) => {
    if (!existsSync('/dev/shm')) t.skip();
    const out = temp('other-disk');
    await writeKits(out, three('old').slice(0, 2));
    const elsewhere = mkdtempSync('/dev/shm/wk-write-');
    temps.push(elsewhere);
    symlinkSync(elsewhere, join(out, 'gamma'));
    await refusedWhole(
      out,
      new RegExp(
        `cannot write the kit of client \`gamma\` into ${join(out, 'gamma')}: the output folder spans two file systems; nothing was changed`,
      ),
    );
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it('a link to a folder that does not exist is refused before the first kit moves', async () => {
    const out = temp('dangling');
    await writeKits(out, three('old').slice(0, 2));
    symlinkSync(join(out, 'nowhere'), join(out, 'gamma'));
    await refusedWhole(out, /gamma is a link to .*nowhere, which does not exist/);
  });

  it('read-only is refused before the first kit moves', async (t) => {
    // root writes into a read-only folder all the same; the two tests above cover this as root.
    if (process.getuid?.() === 0) t.skip();
    const out = temp('read-only');
    await writeKits(out, three('old'));
    chmodSync(join(out, 'gamma'), 0o555);
    try {
      await refusedWhole(
        out,
        /cannot write the kit of client `gamma` into .*gamma: permission denied; nothing was changed/,
      );
    } finally {
      chmodSync(join(out, 'gamma'), 0o755);
    }
  });
});

describe('--out and the content folder', () => {
  const content = () => {
    const dir = temp('content');
    cpSync(join(FIXTURES, 'base'), dir, { recursive: true });
    // A client named like a content folder: the kit would land among the modules.
    cpSync(join(dir, 'clients', 'short.yaml'), join(dir, 'clients', 'modules.yaml'));
    return dir;
  };
  const tree = (dir: string) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .sort();

  for (const [label, outOf] of [
    ['is the content folder', (c: string) => c],
    ['contains the content folder', (c: string) => join(c, '..')],
    ['lies in a folder the content reads', (c: string) => join(c, 'modules', 'kits')],
    // themes/ is read only once it exists: the first build made it, and every later one failed on the kits in it.
    ['lies in a content folder not made yet (themes/)', (c: string) => join(c, 'themes')],
    ['lies anywhere else inside the content folder', (c: string) => join(c, 'out')],
  ] as const) {
    it(`is a usage error when it ${label}, and the content is untouched`, async () => {
      const dir = content();
      const before = tree(dir);
      const r = await runCli(['--content', dir, '--out', outOf(dir)]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/the output folder .* (is|contains|is inside)/);
      expect(r.stderr).not.toContain('Usage:');
      expect(tree(dir)).toEqual(before);
    });
  }

  it('under a file is a clear usage error, not an internal one', async () => {
    const dir = temp('under-file');
    writeFileSync(join(dir, 'afile'), 'x');
    const r = await runCli(['--content', join(FIXTURES, 'base'), '--out', join(dir, 'afile', 'sub')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('a part of the path is a file, not a folder');
    expect(r.stderr).not.toContain('internal error');
  });

  it('in a place that cannot hold folders (/proc) is a usage error at once, not an endless mkdir', async () => {
    const r = await runCli([
      '--content',
      join(FIXTURES, 'base'),
      '--out',
      '/proc/self/workshop-kit-out',
      '--client',
      'short',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot write to the output folder /proc/self/workshop-kit-out');
  });

  it('says so when an earlier client folder has no client any more', async () => {
    const dir = content();
    const out = temp('renamed');
    expect((await runCli(['--content', dir, '--out', out])).code).toBe(0);
    rmSync(join(dir, 'clients', 'modules.yaml'));
    const r = await runCli(['--content', dir, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/note: .*modules\/ is from an earlier build, and there is no client `modules` now/);
    expect(existsSync(join(out, 'modules', 'deck.pptx'))).toBe(true);
  });
});

describe('faults', () => {
  it('a build killed before any of its file system calls leaves the old kits or, once recovered, the new ones: never a mix', async () => {
    const out = temp('kill');
    await writeKits(out, generation('old'));
    writeFileSync(join(out, 'alpha', 'mine.txt'), 'mine');
    // Counted on a folder that holds a kit already, as every killed run below finds it.
    const calls = Number(child(out, 'counted', '--count').stdout);
    await writeKits(out, generation('old'));
    expect(calls).toBeGreaterThanOrEqual(20);
    const seen = new Set<string>();
    for (let k = 1; k <= calls; k++) {
      const run = child(out, `new${k}`, '--kill-at', String(k));
      expect(run.signal, `kill at call ${k}: ${run.stderr}`).toBe('SIGKILL');
      // Before recovery each file is whole (a rename replaces it at once), old or new.
      for (const g of generations(out)) expect(['old', `new${k}`, ...seen]).toContain(g);
      // What the next build does first (and it takes over the lock of the killed one).
      await recoverOutput(out);
      const after = new Set(generations(out));
      expect(after.size, `after a kill at call ${k} and recovery: ${[...after]}`).toBe(1);
      const [g] = [...after];
      seen.add(g!);
      expect(readFileSync(join(out, 'alpha', 'mine.txt'), 'utf8')).toBe('mine');
      expect(readdirSync(join(out, '.workshop-kit')).filter((e) => e !== 'manifest.json')).toEqual([]);
      // The next kill starts from the old generation again.
      await writeKits(out, generation('old'));
    }
    // Early kills keep the old kits, late ones (after the journal) give the new.
    expect([...seen].some((g) => g === 'old')).toBe(true);
    expect([...seen].some((g) => g.startsWith('new'))).toBe(true);
  });

  it('two builds into one out/ at once take turns: both succeed and the kits are all of one of them', async () => {
    const out = temp('concurrent');
    const run = (g: string) =>
      new Promise<number | null>((resolve) => {
        const p = spawn(process.execPath, [CHILD, out, g, '--slow-ms', '40'], { stdio: 'ignore' });
        p.on('exit', resolve);
      });
    const codes = await Promise.all([run('first'), run('second')]);
    expect(codes).toEqual([0, 0]);
    const kits = new Set(generations(out));
    expect(kits.size).toBe(1);
    expect(['first', 'second']).toContain([...kits][0]);
  });

  it('a build that cannot get the lock in time says who holds it, and which file to delete', async () => {
    const out = temp('locked');
    mkdirSync(join(out, '.workshop-kit'));
    const lock = join(out, '.workshop-kit', 'lock');
    // The test runner's parent process is alive for as long as this test runs.
    writeFileSync(lock, JSON.stringify({ pid: process.ppid, host: hostname(), token: 'other' }));
    const attempt = writeKits(out, [{ clientId: 'alpha', files: [] }], { lockWaitMs: 300 });
    await expect(attempt).rejects.toThrow(`another workshop-kit build (process ${process.ppid}) is writing to ${out}`);
    await expect(attempt).rejects.toThrow(`delete ${lock}`);
  });

  it('takes over a lock left by an earlier process with its own pid (pid 1 in containers) and an old one from another host', async () => {
    const out = temp('reused-pid');
    mkdirSync(join(out, '.workshop-kit'));
    const lock = join(out, '.workshop-kit', 'lock');
    writeFileSync(lock, JSON.stringify({ pid: process.pid, host: hostname(), token: 'earlier' }));
    await writeKits(out, [{ clientId: 'alpha', files: [] }], { lockWaitMs: 300 });
    expect(existsSync(lock)).toBe(false);
    writeFileSync(lock, JSON.stringify({ pid: 1, host: 'container-4f2a', token: 'foreign' }));
    const hourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(lock, hourAgo, hourAgo);
    await writeKits(out, [{ clientId: 'alpha', files: [] }], { lockWaitMs: 300 });
    expect(existsSync(lock)).toBe(false);
  });

  it('builds that find the same stale lock at once never hold it together', async () => {
    const out = temp('stale-race');
    mkdirSync(join(out, '.workshop-kit'));
    const lock = join(out, '.workshop-kit', 'lock');
    for (let trial = 0; trial < 8; trial++) {
      writeFileSync(lock, JSON.stringify({ pid: 2 ** 22 + 17, host: hostname(), token: 'dead' }));
      let holders = 0;
      let most = 0;
      await Promise.all(
        Array.from({ length: 8 }, async () => {
          const release = await acquireLock(lock, out);
          most = Math.max(most, ++holders);
          await new Promise((r) => setTimeout(r, 5));
          holders--;
          await release();
        }),
      );
      expect(most).toBe(1);
      expect(existsSync(lock)).toBe(false);
    }
  });

  it('a damaged manifest or journal that names paths outside a client folder moves and removes nothing there', async () => {
    const root = temp('tampered');
    const out = join(root, 'out');
    const victim = join(root, 'victim.txt');
    writeFileSync(victim, 'mine');
    mkdirSync(join(out, '.workshop-kit'), { recursive: true });
    writeFileSync(
      join(out, '.workshop-kit', 'manifest.json'),
      JSON.stringify({ clients: { alpha: ['../../victim.txt', 'deck.pptx'], '..': ['victim.txt'] } }),
    );
    await writeKits(out, [{ clientId: 'alpha', files: [{ name: 'worksheets.pdf', bytes: new Uint8Array([1]) }] }]);
    expect(readFileSync(victim, 'utf8')).toBe('mine');
    writeFileSync(
      join(out, '.workshop-kit', 'journal.json'),
      JSON.stringify({
        staging: '../..',
        moves: [{ from: '../victim.txt', to: 'alpha/x' }],
        removes: ['../victim.txt'],
        manifest: { clients: {} },
      }),
    );
    await recoverOutput(out);
    expect(readFileSync(victim, 'utf8')).toBe('mine');
    expect(existsSync(join(out, '.workshop-kit', 'journal.json'))).toBe(false);
    expect(readdirSync(join(out, 'alpha'))).toEqual(['worksheets.pdf']);
  });

  it('removes staging folders an earlier, killed build left (also the old .staging-* ones)', async () => {
    const out = temp('leftovers');
    mkdirSync(join(out, '.staging-abc', 'alpha'), { recursive: true });
    mkdirSync(join(out, '.workshop-kit', 'staging-xyz', 'alpha'), { recursive: true });
    await writeKits(out, [{ clientId: 'alpha', files: [{ name: 'deck.pptx', bytes: new Uint8Array([1]) }] }]);
    expect(readdirSync(out).sort()).toEqual(['.workshop-kit', 'alpha']);
    expect(readdirSync(join(out, '.workshop-kit'))).toEqual(['manifest.json']);
    expect(execFileSync('ls', ['-A', join(out, 'alpha')], { encoding: 'utf8' }).trim()).toBe('deck.pptx');
  });
});
