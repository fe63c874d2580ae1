// Seeded content mutations for test/fuzz.test.ts: a small PRNG, one edit per case, and the checks on what the tool printed.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';

/** mulberry32: a tiny deterministic PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Rng {
  next: () => number;
  int: (n: number) => number;
  pick: <T>(items: readonly T[]) => T;
  weighted: <T>(items: readonly (readonly [T, number])[]) => T;
}

export function rng(seed: number): Rng {
  const next = mulberry32(seed);
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    pick: (items) => items[int(items.length)]!,
    weighted: (items) => {
      const total = items.reduce((sum, [, w]) => sum + w, 0);
      let r = next() * total;
      for (const [item, w] of items) {
        r -= w;
        if (r < 0) return item;
      }
      return items[items.length - 1]![0];
    },
  };
}

/** Content files a mutation may pick (content-relative, `/`-separated): YAML and Markdown, not assets. */
export function contentFiles(root: string): string[] {
  return listFiles(root).filter((p) => /\.(ya?ml|md)$/.test(p));
}

/** Every file under root, content-relative with `/`, sorted. */
export function listFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return files;
}

/** Recursive listing with a SHA-256 of each file (directories listed too, so an added empty folder shows). */
export function snapshot(root: string): string[] {
  const rows: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      const rel = relative(root, path).split(sep).join('/');
      if (entry.isDirectory()) {
        rows.push(`${rel}/`);
        walk(path);
      } else
        rows.push(`${rel} ${statSync(path).size} ${createHash('sha256').update(readFileSync(path)).digest('hex')}`);
    }
  };
  walk(root);
  return rows;
}

const PALETTE = [
  ': ',
  ':',
  '- ',
  '-',
  '#',
  '# ',
  '{',
  '}',
  '[',
  ']',
  '|',
  '>',
  '*',
  '_',
  '`',
  ':::',
  '::exercise{#x}',
  '---',
  '&',
  '<',
  '>',
  '"',
  "'",
  '{{',
  '}}',
  '\n',
  '\n---\n',
  '\n:::\n',
];
const NON_LATIN = ['Ελλάδα', 'Київ', 'עברית', '東京'];
const EMOJI = ['😀', '🚀', '👍🏽'];
const CONTROL = ['\u0001', '\u000b'];

/** One edit applied to a file's text; `describe` says what it did, for the failure message. */
export interface Mutation {
  describe: string;
  text: string;
}

function lines(text: string): string[] {
  return text.split('\n');
}

/** A random offset, biased to line ends and just after `: ` or `- ` (near-valid places). */
function position(r: Rng, text: string): number {
  if (text.length === 0) return 0;
  if (r.next() < 0.5) {
    const anchors: number[] = [];
    for (let i = 0; i < text.length; i++) {
      if (text[i] === '\n') anchors.push(i);
      else if ((text[i] === ':' || text[i] === '-') && text[i + 1] === ' ') anchors.push(i + 2);
    }
    if (anchors.length) return r.pick(anchors);
  }
  return r.int(text.length + 1);
}

function insertAt(text: string, at: number, what: string): string {
  // Never split a surrogate pair: that would be a mutation of the test, not of the content.
  if (at > 0 && at < text.length && /[\uDC00-\uDFFF]/.test(text[at]!)) at -= 1;
  return text.slice(0, at) + what + text.slice(at);
}

/** `line:col` (1-based) of an offset, for the failure message. */
function where(text: string, at: number): string {
  const before = text.slice(0, at).split('\n');
  return `${before.length}:${before[before.length - 1]!.length + 1}`;
}

function show(s: string): string {
  const shown = JSON.stringify(s.length > 40 ? `${s.slice(0, 20)}…(${s.length} chars)…${s.slice(-10)}` : s);
  return shown;
}

type Kind =
  | 'delete'
  | 'duplicate'
  | 'swap'
  | 'indent'
  | 'syntax'
  | 'nonlatin'
  | 'emoji'
  | 'control'
  | 'longword'
  | 'nesting'
  | 'number'
  | 'truncate'
  | 'empty';

const KINDS: readonly (readonly [Kind, number])[] = [
  ['delete', 12],
  ['duplicate', 10],
  ['swap', 8],
  ['indent', 12],
  ['syntax', 20],
  ['number', 10],
  ['nonlatin', 5],
  ['emoji', 3],
  ['control', 4],
  ['longword', 4],
  ['nesting', 4],
  ['truncate', 5],
  ['empty', 2],
];

/** Applies one seeded edit to `text`; draws again (same seed, so still reproducible) until the text changed. */
export function mutate(r: Rng, text: string): Mutation {
  for (let attempt = 0; attempt < 50; attempt++) {
    const mutation = mutateOnce(r, text);
    if (mutation.text !== text) return mutation;
  }
  return { describe: 'empty the file', text: '' };
}

function mutateOnce(r: Rng, text: string): Mutation {
  const kind = r.weighted(KINDS);
  const ls = lines(text);
  const line = r.int(ls.length);
  switch (kind) {
    case 'delete': {
      const out = ls.filter((_, i) => i !== line);
      return { describe: `delete line ${line + 1} ${show(ls[line]!)}`, text: out.join('\n') };
    }
    case 'duplicate': {
      const out = [...ls.slice(0, line + 1), ls[line]!, ...ls.slice(line + 1)];
      return { describe: `duplicate line ${line + 1} ${show(ls[line]!)}`, text: out.join('\n') };
    }
    case 'swap': {
      // Mostly neighbours (near-valid), sometimes anywhere.
      const other = r.next() < 0.7 ? (line + 1 < ls.length ? line + 1 : line - 1) : r.int(ls.length);
      const out = [...ls];
      out[line] = ls[other]!;
      out[other] = ls[line]!;
      return { describe: `swap lines ${line + 1} and ${other + 1}`, text: out.join('\n') };
    }
    case 'indent': {
      const by = r.pick([1, 2, 4]) * (r.next() < 0.5 ? -1 : 1);
      const out = [...ls];
      const current = /^ */.exec(ls[line]!)![0].length;
      out[line] = by > 0 ? ' '.repeat(by) + ls[line]! : ls[line]!.slice(Math.min(current, -by));
      return { describe: `re-indent line ${line + 1} by ${by > 0 ? '+' : ''}${by}`, text: out.join('\n') };
    }
    case 'syntax':
    case 'nonlatin':
    case 'emoji':
    case 'control':
    case 'longword':
    case 'nesting': {
      const what =
        kind === 'syntax'
          ? r.pick(PALETTE)
          : kind === 'nonlatin'
            ? r.pick(NON_LATIN)
            : kind === 'emoji'
              ? r.pick(EMOJI)
              : kind === 'control'
                ? r.pick(CONTROL)
                : kind === 'longword'
                  ? 'abcdefghijklmnopqrstuvwxy'.repeat(20)
                  : r.pick(['> ', '- ']).repeat(200);
      const at = position(r, text);
      return {
        describe: `insert ${kind} ${show(what)} at ${where(text, at)} (offset ${at})`,
        text: insertAt(text, at, what),
      };
    }
    case 'number': {
      const numbers = [...text.matchAll(/\d+/g)];
      if (!numbers.length) return { describe: 'no number to replace', text };
      const target = r.pick(numbers);
      const by = r.pick(['0', '-1', '99999']);
      return {
        describe: `replace number ${target[0]} at ${where(text, target.index)} with ${by}`,
        text: text.slice(0, target.index) + by + text.slice(target.index! + target[0].length),
      };
    }
    case 'truncate': {
      const at = r.int(text.length + 1);
      return { describe: `truncate at ${where(text, at)} (offset ${at} of ${text.length})`, text: text.slice(0, at) };
    }
    case 'empty':
      return { describe: 'empty the file', text: '' };
  }
}

export interface DiagnosticCheck {
  problems: string[];
  /** Lines reported against `content:` (no file position). */
  contentLevel: number;
  diagnostics: number;
}

/** Every diagnostic line must name an existing file under `contentDir` at a line the file has. */
export function checkDiagnostics(stderr: string, contentDir: string): DiagnosticCheck {
  const problems: string[] = [];
  let contentLevel = 0;
  let diagnostics = 0;
  for (const line of stderr.split('\n')) {
    if (/^content: (error|warning): /.test(line)) {
      contentLevel++;
      diagnostics++;
      continue;
    }
    const match = /^(.+?):(\d+):(\d+): (error|warning): /.exec(line);
    if (!match) {
      if (/^\S[^ ]*: (error|warning): /.test(line)) problems.push(`diagnostic without line:col: ${line}`);
      continue;
    }
    diagnostics++;
    const [, file, lineNo, col] = match;
    const path = join(contentDir, file!);
    if (isAbsolute(file!) || relative(contentDir, path).startsWith('..')) {
      problems.push(`names a file outside the content folder: ${line}`);
      continue;
    }
    if (!existsSync(path) || !statSync(path).isFile()) {
      problems.push(`names a file that does not exist: ${line}`);
      continue;
    }
    const count = readFileSync(path, 'utf8').split('\n').length;
    const n = Number(lineNo);
    if (n < 1 || n > count) problems.push(`line ${n} outside ${file} (${count} lines): ${line}`);
    if (Number(col) < 1) problems.push(`column ${col} < 1: ${line}`);
  }
  return { problems, contentLevel, diagnostics };
}

/** Stack traces or crash text that must never reach a facilitator. */
export function crashText(stderr: string): string | undefined {
  for (const line of stderr.split('\n')) {
    if (/^ {4}at /.test(line)) return line;
    if (/internal error/i.test(line)) return line;
    if (/This is a bug/.test(line)) return line;
  }
  return undefined;
}

/** What one run of the command printed, and how long it took. */
export interface Answer {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
  /** `main` threw (the bin would print "internal error" and exit 3). */
  threw?: string;
}

/** A seeded binary mutation of a picture or font file: what was done, and the bytes after. */
export interface ByteMutation {
  describe: string;
  bytes: Uint8Array;
}

/** Flips a few bits, overwrites a short run, or cuts the file short: the damage a bad download or disk does. */
export function mutateBytes(r: Rng, original: Uint8Array): ByteMutation {
  const bytes = Uint8Array.from(original);
  const at = r.int(bytes.length);
  switch (r.pick(['flip', 'overwrite', 'truncate'] as const)) {
    case 'flip': {
      const flips = 1 + r.int(4);
      const where = Array.from({ length: flips }, () => r.int(bytes.length));
      for (const i of where) bytes[i]! ^= 1 << r.int(8);
      return { describe: `flip a bit at ${where.join(', ')}`, bytes };
    }
    case 'overwrite': {
      const run = 1 + r.int(32);
      for (let i = at; i < Math.min(bytes.length, at + run); i++) bytes[i] = r.int(256);
      return { describe: `overwrite ${run} bytes at ${at}`, bytes };
    }
    case 'truncate':
      return { describe: `cut at ${at} of ${bytes.length}`, bytes: bytes.subarray(0, at) };
  }
}
