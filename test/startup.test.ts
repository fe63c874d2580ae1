// What the speed work relies on, checked on the real command: V8 accepts the code caches the compile
// step trains, and a kit's bytes never depend on what the same process rendered before it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript, shipped as is.
import { cachePath } from '../bin/run-script.js';
// @ts-expect-error: plain JavaScript, shipped as is.
import { V8_FLAGS } from '../bin/v8-flags.js';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'workshop-kit.js');
const CONTENT = join(ROOT, 'content');
/** The V8 flags the bin sets in its own process, which the caches were trained with. */
const FLAGS = V8_FLAGS as string[];
const scratch: string[] = [];

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout;
}

function outDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wk-startup-'));
  scratch.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

describe('start-up', () => {
  it('npm run build:deck starts the bin exactly as npx and an installed package do, with no node flags', () => {
    const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
    expect(scripts['build:deck']).toBe('node bin/workshop-kit.js');
  });

  it.each(['cli', 'render-worker'])('V8 accepts the %s code cache under the flags the bin sets, and only under them', (bundle) => {
    const file = join(ROOT, 'dist', `${bundle}.cjs`);
    const probe = `const fs = require('node:fs'); const vm = require('node:vm'); const m = require('node:module');
      const s = new vm.Script(m.wrap(fs.readFileSync(${JSON.stringify(file)}, 'utf8')), { filename: ${JSON.stringify(file)}, cachedData: fs.readFileSync(${JSON.stringify((cachePath as (f: string) => string)(file))}) });
      process.stdout.write(String(s.cachedDataRejected));`;
    const withFlags = `require('node:v8').setFlagsFromString(${JSON.stringify(FLAGS.join(' '))}); ${probe}`;
    expect(run(['-e', withFlags])).toBe('false');
    // Without the flags V8 refuses it, and the command still runs (it compiles as before).
    expect(run(['-e', probe])).toBe('true');
  });

  it("gives a kit the same bytes whether it is built alone or after another client's kit in the same process", () => {
    const alone = outDir();
    const together = outDir();
    run([BIN, '--content', CONTENT, '--out', alone, '--client', 'northwind']);
    // One render thread: brightpath's kit is rendered first, and fills every cache before northwind's.
    run([BIN, '--content', CONTENT, '--out', together, '--jobs', '1']);
    for (const file of ['deck.pptx', 'worksheets.pdf', 'facilitator-guide.pdf']) {
      expect(readFileSync(join(together, 'northwind', file)).equals(readFileSync(join(alone, 'northwind', file))), file).toBe(true);
    }
  });

  it('gives the same bytes with every cache switched off (WORKSHOP_KIT_NO_CACHE=1), for several clients in one process', () => {
    const cached = outDir();
    const uncached = outDir();
    run([BIN, '--content', CONTENT, '--out', cached, '--jobs', '1']);
    run([BIN, '--content', CONTENT, '--out', uncached, '--jobs', '1'], { WORKSHOP_KIT_NO_CACHE: '1' });
    for (const client of ['northwind', 'brightpath'])
      for (const file of ['deck.pptx', 'worksheets.pdf', 'facilitator-guide.pdf'])
        expect(readFileSync(join(uncached, client, file)).equals(readFileSync(join(cached, client, file))), `${client}/${file}`).toBe(true);
  });
});
