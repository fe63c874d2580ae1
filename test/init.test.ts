// `workshop-kit init DIR`: the starter a new user gets builds at once and its editor headers resolve.
import { spawnSync } from 'node:child_process';
import {
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
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { init } from '../src/init.js';
import type { Output } from '../src/report.js';
import { validatePptx } from './support/pptx-validate.js';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'workshop-kit.js');
const work = mkdtempSync(join(tmpdir(), 'wk-init-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function cli(args: string[], cwd = work) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const SCHEMA_OF: Record<string, string> = {
  'workshop.yaml': 'workshop.schema.json',
  clients: 'client.schema.json',
  comparisons: 'comparison.schema.json',
  exercises: 'exercise.schema.json',
  styles: 'styles.schema.json',
};

function files(dir: string, rel = ''): string[] {
  return readdirSync(join(dir, rel), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(dir, join(rel, entry.name)) : [join(rel, entry.name)],
  );
}

describe('workshop-kit init', () => {
  it('writes a starter workshop that builds with no warnings, whose $schema headers point at the schemas', () => {
    const run = cli(['init', 'demo']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('npx workshop-kit --content demo --out out');
    const demo = join(work, 'demo');
    const written = files(demo);
    expect(written.filter((f) => f.startsWith('modules/'))).toHaveLength(2);
    expect(written.filter((f) => f.startsWith('exercises/'))).toHaveLength(6);
    expect(written).toEqual(expect.arrayContaining(['README.md', 'workshop.yaml', 'assets/logo.png']));
    const kinds = written
      .filter((f) => f.startsWith('exercises/'))
      .map((f) => /^kind:\s*(\S+)/m.exec(readFileSync(join(demo, f), 'utf8'))?.[1]);
    expect(new Set(kinds)).toEqual(
      new Set(['sort', 'reflection', 'self-assessment', 'scenario', 'quiz', 'action-plan']),
    );

    const yamls = written.filter((f) => f.endsWith('.yaml'));
    for (const file of yamls) {
      const header = /^# yaml-language-server: \$schema=(\S+)$/m.exec(readFileSync(join(demo, file), 'utf8'));
      expect(header, file).not.toBeNull();
      const target = resolve(dirname(join(demo, file)), header![1]!);
      expect(existsSync(target), `${file} -> ${header![1]}`).toBe(true);
      expect(target).toBe(join(ROOT, 'schemas', SCHEMA_OF[file.includes('/') ? file.split('/')[0]! : file]!));
    }

    const build = cli(['--content', 'demo', '--out', 'out']);
    expect(build.stderr).toBe('');
    expect(build.code).toBe(0);
    const kit = join(work, 'out', 'example-client');
    expect(readdirSync(kit).sort()).toEqual([
      'deck.pptx',
      'facilitator-guide.pdf',
      'handouts.pdf',
      'slides.pdf',
      'worksheets.pdf',
    ]);
    expect(validatePptx(new Uint8Array(readFileSync(join(kit, 'deck.pptx'))))).toEqual([]);
  });

  it('builds when the new user types markup characters and non-Latin letters into the starter', () => {
    cli(['init', 'typed']);
    const client = join(work, 'typed', 'clients', 'example-client.yaml');
    writeFileSync(
      client,
      readFileSync(client, 'utf8').replace('name: Example Client', `name: "Smith & Søn <Ltd> \\"Q\\" 'R' Ελλάδα Київ"`),
    );
    const build = cli(['--content', 'typed', '--out', 'typed-out']);
    expect(build.stderr).toBe('');
    expect(build.code).toBe(0);
    expect(validatePptx(new Uint8Array(readFileSync(join(work, 'typed-out', 'example-client', 'deck.pptx'))))).toEqual(
      [],
    );
  });

  it('refuses a folder in use, a file, and a missing or extra argument, with exit code 2 and nothing written', () => {
    mkdirSync(join(work, 'used'));
    writeFileSync(join(work, 'used', 'notes.txt'), 'mine');
    writeFileSync(join(work, 'a-file'), 'mine');
    for (const args of [['init', 'used'], ['init', 'a-file'], ['init'], ['init', 'a', 'b'], ['init', '--out']]) {
      const run = cli(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toMatch(/^workshop-kit: /);
    }
    expect(readdirSync(join(work, 'used'))).toEqual(['notes.txt']);
    expect(readFileSync(join(work, 'a-file'), 'utf8')).toBe('mine');
    expect(readdirSync(work).filter((name) => name.includes('.init-'))).toEqual([]);
  });

  it('fills an existing empty folder', () => {
    mkdirSync(join(work, 'empty'));
    expect(cli(['init', 'empty']).code).toBe(0);
    expect(existsSync(join(work, 'empty', 'workshop.yaml'))).toBe(true);
  });

  it('fills the empty folder it runs in, which stays the working folder, and prints a build command that works from there', () => {
    const here = join(work, 'nest', 'here');
    mkdirSync(here, { recursive: true });
    const folder = statSync(here).ino;
    const run = cli(['init', '.'], here);
    expect(run.code).toBe(0);
    // The same folder, not a new one under its name: a shell in the old one would stand in a deleted folder.
    expect(statSync(here).ino).toBe(folder);
    // The output folder must lie outside the content folder, which is `.` here.
    const command = /npx workshop-kit (--content \. --out \.\.\/out)$/m.exec(run.stdout);
    expect(command, run.stdout).not.toBeNull();
    const build = cli(command![1]!.split(' '), here);
    expect(build.stderr).toBe('');
    expect(build.code).toBe(0);
    expect(existsSync(join(work, 'nest', 'out', 'example-client', 'deck.pptx'))).toBe(true);
  });

  it("run from the sources (a clone), prints the clone's npm script with a full path and an output folder beside the workshop", () => {
    const lines: string[] = [];
    const output: Output = {
      out: (line) => lines.push(line),
      err: (line) => lines.push(line),
      tty: false,
      color: false,
    };
    const target = join(work, 'from-sources');
    expect(init(target, output)).toBe(0);
    expect(lines.at(-1)).toBe(`  npm run build:deck -- --content ${target} --out ${target}-out`);
  });
});
