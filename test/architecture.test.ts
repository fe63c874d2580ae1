// The house rules, read off the imports of src/: stages run one way (load → validate → compose → layout → render →
// write, on a floor every stage may use), no file takes part in an import cycle, and only load/ reads content files.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', 'src');
/** Rank of each top-level room: a file may import its own room, the floor (0) and lower ranks. */
const RANK: Record<string, number> = {
  model: 0,
  schema: 0,
  diagnostics: 0,
  util: 0,
  text: 0,
  types: 0,
  rules: 0,
  i18n: 0,
  template: 0,
  load: 1,
  // The content's vocabulary, which validate checks and compose applies (which blocks a client gets, variables, paths).
  content: 2,
  validate: 3,
  compose: 4,
  layout: 5,
  render: 6,
  write: 7,
  // The entry points sequence the stages.
  inputs: 8,
  build: 9,
  report: 10,
  watch: 11,
  preview: 11,
  'template-check': 11,
  init: 11,
  // `workshop-kit import`: reads a deck (through load/) and writes a content folder, then builds it to check it.
  import: 11,
  cli: 12,
  index: 12,
};

const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => join(SRC, f));
const room = (file: string) => relative(SRC, file).split('/')[0]!.replace(/\.ts$/, '');
const imports = new Map(
  files.map((file) => {
    const text = readFileSync(file, 'utf8');
    const specs = [
      ...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;]*?\bfrom\s+'(\.[^']+)'|\bimport\('(\.[^']+)'\)/g),
    ].map((m) => (m[1] ?? m[2])!);
    return [file, specs.map((s) => resolve(dirname(file), s).replace(/\.js$/, '.ts'))];
  }),
);

describe('architecture', () => {
  it('every room of src/ has a rank', () => {
    for (const file of files) expect(RANK[room(file)], relative(SRC, file)).toBeDefined();
  });

  it('no import runs backwards between stages', () => {
    const backwards: string[] = [];
    for (const [file, targets] of imports)
      for (const target of targets) {
        const [from, to] = [room(file), room(target)];
        if (from !== to && RANK[to]! > 0 && RANK[to]! >= RANK[from]!)
          backwards.push(`${relative(SRC, file)} -> ${relative(SRC, target)}`);
        if (from !== to && RANK[from] === 0 && RANK[to]! > 0)
          backwards.push(`${relative(SRC, file)} (floor) -> ${relative(SRC, target)}`);
      }
    expect(backwards).toEqual([]);
  });

  it('no file is part of an import cycle', () => {
    // Tarjan's strongly connected components over the file graph.
    let index = 0;
    const order = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const cycles: string[][] = [];
    const visit = (v: string) => {
      order.set(v, index);
      low.set(v, index++);
      stack.push(v);
      for (const w of imports.get(v) ?? []) {
        if (!imports.has(w)) continue;
        if (!order.has(w)) {
          visit(w);
          low.set(v, Math.min(low.get(v)!, low.get(w)!));
        } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, order.get(w)!));
      }
      if (low.get(v) === order.get(v)) {
        const component: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          component.push(relative(SRC, w));
        } while (w !== v);
        if (component.length > 1) cycles.push(component.sort());
      }
    };
    for (const file of files) if (!order.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });

  it('no folder takes part in a cycle of folders, the floor included', () => {
    const edges = new Map<string, Set<string>>();
    for (const [file, targets] of imports)
      for (const target of targets) {
        const [from, to] = [room(file), room(target)];
        if (from !== to && imports.has(target)) edges.set(from, (edges.get(from) ?? new Set()).add(to));
      }
    // Every folder reachable from `from`, by a walk over the folder graph.
    const reachable = (from: string): Set<string> => {
      const seen = new Set<string>();
      const todo = [...(edges.get(from) ?? [])];
      while (todo.length > 0) {
        const next = todo.pop()!;
        if (seen.has(next)) continue;
        seen.add(next);
        todo.push(...(edges.get(next) ?? []));
      }
      return seen;
    };
    const cycles = [...edges.keys()].filter((r) => reachable(r).has(r)).sort();
    expect(cycles).toEqual([]);
  });

  it('compose takes nothing from validate: the vocabulary both use lives in content/', () => {
    const taken = [...imports]
      .filter(([file]) => room(file) === 'compose')
      .flatMap(([file, targets]) =>
        targets.filter((t) => room(t) === 'validate').map((t) => `${relative(SRC, file)} -> ${relative(SRC, t)}`),
      );
    expect(taken).toEqual([]);
  });

  it('only load/ reads content (the watcher lists folders, the write stage its own output, template check the file it is given, init the starter it ships, the preview its own page)', () => {
    const readers = files.filter((file) => {
      const r = room(file);
      if (['load', 'write', 'text', 'template-check', 'init', 'preview'].includes(r)) return false;
      return /\breadFile(Sync)?\b/.test(readFileSync(file, 'utf8'));
    });
    expect(readers.map((f) => relative(SRC, f))).toEqual([]);
  });
});
