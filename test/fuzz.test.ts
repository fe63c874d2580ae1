// Seeded fuzzing: one edit to a copy of the base fixture, then `--check`, and for about one case in ten a real build
// over a previous good build. Whatever the edit, the command must answer 0 or 1, print diagnostics at a path:line:col
// inside the content folder, never crash, hang or half-write out/.
//
// The command runs in this process through runCli, rendering in the calling thread (`--jobs 1`).
//
// The default run is small (80 mutations, 12 damaged files: seconds); the long one is behind a flag.
// Reproduce a case:  FUZZ_SEEDS=<seed>[,<seed>...] npx vitest run test/fuzz.test.ts
// Long run:          FUZZ_LONG=1 npx vitest run test/fuzz.test.ts   (1,000 mutations, 200 damaged files)
// Any number:        FUZZ_COUNT=3000 npx vitest run test/fuzz.test.ts
// Damaged pictures and fonts: FUZZ_BINARY_COUNT=200 npx vitest run test/fuzz.test.ts -t damaged
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEJAVU } from './support/crafted.js';
import { BASE } from './support/fixtures.js';
import {
  type Answer,
  checkDiagnostics,
  contentFiles,
  crashText,
  type Mutation,
  mutate,
  mutateBytes,
  rng,
  snapshot,
} from './support/fuzz.js';
import { makeTemplate } from './support/make-template.js';
import { runCli } from './support/run.js';

const FIRST_SEED = 0x5eed;
const LONG = process.env.FUZZ_LONG === '1';
const COUNT = Number(process.env.FUZZ_COUNT ?? (LONG ? 1000 : 80));
const SEEDS = process.env.FUZZ_SEEDS
  ? process.env.FUZZ_SEEDS.split(',').map(Number)
  : Array.from({ length: COUNT }, (_, i) => FIRST_SEED + i);
/** About one case in ten also runs a real build. */
const BUILD_SHARE = 0.1;
/**
 * A hang guard, not a speed test: a pathological input used to take minutes. Generous, because a real build
 * of two kits beside the rest of the suite on two loaded cores takes seconds.
 */
const HANG_MS = 30_000;

interface Case {
  seed: number;
  file: string;
  mutation: Mutation;
  build: boolean;
}

const FILES = contentFiles(BASE);

/** Everything about a case comes from its seed alone: which file, which edit, whether it also builds. */
function makeCase(seed: number): Case {
  const r = rng(seed);
  const file = r.pick(FILES);
  const mutation = mutate(r, readFileSync(join(BASE, file), 'utf8'));
  return { seed, file, mutation, build: r.next() < BUILD_SHARE };
}

const CASES = SEEDS.map(makeCase);

function label(c: Case): string {
  return `seed ${c.seed}: ${c.file}: ${c.mutation.describe}${c.build ? ' (+ build)' : ''}`;
}

function clientIds(content: string): string[] {
  const dir = join(content, 'clients');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => f.replace(/\.ya?ml$/, ''))
    .sort();
}

/** One run of the command through runCli; a throw becomes `threw`. */
async function command(args: string[]): Promise<Answer> {
  const all = [...args, '--jobs', '1'];
  const started = performance.now();
  try {
    return { ...(await runCli(all)), ms: performance.now() - started };
  } catch (error) {
    return {
      code: 3,
      stdout: '',
      stderr: '',
      ms: performance.now() - started,
      threw: error instanceof Error ? (error.stack ?? error.message) : String(error),
    };
  }
}

function report(what: string, c: Case, a: Answer): string {
  return `${what} for ${label(c)}\n  reproduce: FUZZ_SEEDS=${c.seed} npx vitest run test/fuzz.test.ts\n  exit ${a.code} in ${Math.round(a.ms)} ms; stderr:\n${a.stderr.replace(/^/gm, '    | ')}${a.threw ? `\n  threw:\n${a.threw.replace(/^/gm, '    | ')}` : ''}`;
}

const stats = {
  exit0: 0,
  exit1: 0,
  other: 0,
  contentLines: 0,
  casesWithContentLines: 0,
  builds0: 0,
  builds1: 0,
  slowest: 0,
  slowestSeed: 0,
};

describe('fuzz: mutated content never crashes the command', () => {
  let root: string;
  let template: string;
  let templateSnapshot: string[];

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'wk-fuzz-'));
    // The base is checked once first, so the hang guard times warm runs (a cold one takes seconds).
    expect((await runCli(['--content', BASE, '--check'])).code).toBe(0);
    // The previous good build every real build starts from.
    template = join(root, 'template-out');
    const run = await command(['--content', BASE, '--out', template]);
    expect(run.code, run.stderr + (run.threw ?? '')).toBe(0);
    templateSnapshot = snapshot(template);
    for (const id of clientIds(BASE)) expect(existsSync(join(template, id, 'deck.pptx')), id).toBe(true);
  });

  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
    // One line for the CI log: how the command answered across the run.
    console.log(
      `fuzz: ${CASES.length} mutations: --check exit 0: ${stats.exit0}, exit 1: ${stats.exit1}, other: ${stats.other}; ` +
        `'content:' diagnostic lines: ${stats.contentLines} (in ${stats.casesWithContentLines} cases); ` +
        `builds: ${stats.builds0 + stats.builds1} (exit 0: ${stats.builds0}, exit 1: ${stats.builds1}); slowest run ${Math.round(stats.slowest)} ms (seed ${stats.slowestSeed})`,
    );
  });

  it('covers enough mutations', () => {
    if (process.env.FUZZ_SEEDS || process.env.FUZZ_COUNT) return;
    expect(CASES.length).toBeGreaterThanOrEqual(80);
    expect(CASES.filter((c) => c.build).length).toBeGreaterThanOrEqual(5);
    expect(new Set(CASES.map((c) => c.file)).size).toBe(FILES.length);
  });

  it.concurrent.for(CASES.map((c) => [label(c), c] as const))('%s', async ([, c], { expect }) => {
    const dir = mkdtempSync(join(root, 'case-'));
    try {
      const content = join(dir, 'content');
      cpSync(BASE, content, { recursive: true });
      writeFileSync(join(content, c.file), c.mutation.text);

      // --check: 0 or 1, no crash text, every diagnostic inside the content folder, in time.
      const check = await command(['--content', content, '--check']);
      const said = report('--check', c, check);
      if (check.code === 0) stats.exit0++;
      else if (check.code === 1) stats.exit1++;
      else stats.other++;
      if (check.ms > stats.slowest) [stats.slowest, stats.slowestSeed] = [check.ms, c.seed];
      expect(check.threw, said).toBeUndefined();
      expect([0, 1], said).toContain(check.code);
      expect(crashText(check.stderr), said).toBeUndefined();
      const diagnostics = checkDiagnostics(check.stderr, content);
      stats.contentLines += diagnostics.contentLevel;
      if (diagnostics.contentLevel) stats.casesWithContentLines++;
      expect(diagnostics.problems, said).toEqual([]);
      if (check.code === 1)
        expect(diagnostics.diagnostics, `${said}\n  (exit 1 without a diagnostic)`).toBeGreaterThan(0);
      expect(check.ms, `${said}\n  (slower than the hang guard)`).toBeLessThan(HANG_MS);
      if (!c.build) return;

      // A real build over a previous good one: all or nothing.
      const out = join(dir, 'out');
      cpSync(template, out, { recursive: true });
      const build = await command(['--content', content, '--out', out]);
      const built = report(`build (--check said ${check.code})`, c, build);
      if (build.code === 0) stats.builds0++;
      else if (build.code === 1) stats.builds1++;
      expect(build.threw, built).toBeUndefined();
      expect([0, 1], built).toContain(build.code);
      expect(crashText(build.stderr), built).toBeUndefined();
      expect(checkDiagnostics(build.stderr, content).problems, built).toEqual([]);
      expect(build.code, `${built}\n  (--check and the build disagree)`).toBe(check.code);
      if (build.code === 1) {
        expect(snapshot(out), `${built}\n  (a failed build changed out/)`).toEqual(templateSnapshot);
      } else {
        for (const id of clientIds(content)) {
          const deck = join(out, id, 'deck.pptx');
          expect(existsSync(deck) && statSync(deck).size > 0, `${built}\n  (no out/${id}/deck.pptx)`).toBe(true);
        }
      }
      expect(build.ms, `${built}\n  (slower than the hang guard)`).toBeLessThan(HANG_MS);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** Binary damage to the files the content uses: the logo (also a slide picture), a font a client's template names, and the template. */
const BINARY_COUNT = Number(process.env.FUZZ_BINARY_COUNT ?? (LONG ? 200 : 12));
const BINARY_SEEDS = process.env.FUZZ_SEEDS ? SEEDS : Array.from({ length: BINARY_COUNT }, (_, i) => FIRST_SEED + i);
const FONT = 'assets/fonts/Brand-Regular.ttf';
const TEMPLATE = 'assets/brand.potx';
const BINARY_CASES = BINARY_SEEDS.map((seed) => {
  const r = rng(seed);
  // The template twice: damaged as a file (its zip), and inside one of its parts, zipped again.
  const file = r.pick(['assets/logo.png', FONT, TEMPLATE, `${TEMPLATE}:part`]);
  return { seed, file, r };
});

describe('fuzz: damaged pictures and fonts never crash the build', () => {
  let content: string;

  beforeAll(async () => {
    content = mkdtempSync(join(tmpdir(), 'wk-fuzz-binary-'));
    cpSync(BASE, content, { recursive: true });
    mkdirSync(join(content, 'assets', 'fonts'), { recursive: true });
    cpSync(DEJAVU, join(content, FONT));
    writeFileSync(
      join(content, 'assets', 'brand.potx'),
      await makeTemplate({ major: 'DejaVu Sans', minor: 'DejaVu Sans' }),
    );
    const acme = join(content, 'clients', 'acme.yaml');
    writeFileSync(acme, `${readFileSync(acme, 'utf8')}template: assets/brand.potx\nfonts:\n  - ${FONT}\n`);
    const run = await command(['--content', content, '--check']);
    expect(run.code, run.stderr).toBe(0);
  });

  afterAll(() => {
    if (content) rmSync(content, { recursive: true, force: true });
  });

  it.for(BINARY_CASES.map((c) => [`seed ${c.seed}: ${c.file}`, c] as const))('%s', async ([, c], { expect }) => {
    const dir = mkdtempSync(join(tmpdir(), 'wk-fuzz-binary-case-'));
    try {
      cpSync(content, join(dir, 'content'), { recursive: true });
      const path = c.file.replace(/:part$/, '');
      const original = readFileSync(join(content, path));
      let mutation: ReturnType<typeof mutateBytes>;
      if (c.file.endsWith(':part')) {
        const parts = unzipSync(original);
        const name = c.r.pick(Object.keys(parts).sort());
        const damaged = mutateBytes(c.r, parts[name]!);
        mutation = {
          ...damaged,
          describe: `${name}: ${damaged.describe}`,
          bytes: zipSync({ ...parts, [name]: damaged.bytes }),
        };
      } else mutation = mutateBytes(c.r, original);
      writeFileSync(join(dir, 'content', path), mutation.bytes);
      const build = await command(['--content', join(dir, 'content'), '--out', join(dir, 'out'), '--client', 'acme']);
      const said = `${c.file}: ${mutation.describe}\n  reproduce: FUZZ_SEEDS=${c.seed} npx vitest run test/fuzz.test.ts\n  exit ${build.code}; stderr:\n${build.stderr}${build.threw ?? ''}`;
      expect(build.threw, said).toBeUndefined();
      expect([0, 1], said).toContain(build.code);
      expect(crashText(build.stderr), said).toBeUndefined();
      const diagnostics = checkDiagnostics(build.stderr, join(dir, 'content'));
      expect(diagnostics.problems, said).toEqual([]);
      if (build.code === 1) expect(diagnostics.diagnostics, said).toBeGreaterThan(0);
      // A deck built on a damaged template still holds nothing from outside its package.
      if (build.code === 0 && path === TEMPLATE) {
        const deck = unzipSync(readFileSync(join(dir, 'out', 'acme', 'deck.pptx')));
        expect(
          Object.keys(deck).filter((n) => n.startsWith('/') || n.split('/').includes('..')),
          said,
        ).toEqual([]);
        const xml = Object.entries(deck)
          .filter(([n]) => /\.(xml|rels)$/.test(n))
          .map(([, d]) => strFromU8(d))
          .join('');
        expect(xml.includes('TargetMode="External"') || xml.includes('<!DOCTYPE'), said).toBe(false);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
