// Watch mode: stays warm (modules, fonts, render workers, parsed files), rebuilds only the clients a save affects, keeps the last good output on errors.
import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { BuildOptions } from './build.js';
import { RenderPool } from './render/pool.js';
import { type Output, runOnce } from './report.js';
import { watchTree } from './util/watch-tree.js';

/** Rebuilds on every change under the content folder until interrupted. */
export async function watch(options: BuildOptions, output: Output): Promise<number> {
  const root = resolve(options.contentDir);
  // Rebuilds render in this thread unless --jobs asks for workers (a save's kit then goes to one). Measured
  // on 2 cores, a warm worker was no faster than this thread (~140 ms against ~122 ms a save): the
  // threads and V8's background threads shared two cores.
  const jobs = Math.max(1, options.jobs ?? 1);
  const pool = jobs > 1 ? RenderPool.open(jobs - 1) : undefined;
  const rebuilds = rebuilder({ ...options, jobs }, pool, output);
  const ownOutput = insideOutput(root, options.outDir);
  // Watching starts before the first build: a save during it, or just after "watching" is printed,
  // is seen (it was lost when the folders were watched only after the message, on a busy machine).
  watchTree(root, (path) => {
    if (ownOutput(path)) return;
    rebuilds.saved(path);
  });
  await rebuilds.start();
  return new Promise<number>(() => undefined);
}

/** What the watch remembers between saves: each client's inputs, the clients out of date, the build under way. */
function rebuilder(options: BuildOptions, pool: RenderPool | undefined, output: Output) {
  const root = resolve(options.contentDir);
  const requested = options.clients ?? [];
  /** Content files each client was last built from; empty until a build succeeds. */
  let inputs: Record<string, Set<string>> = {};
  /** Clients whose output is older than the content (a save since their last good build). */
  let dirty: Set<string> | 'all' = 'all';
  const changed = new Set<string>();

  const buildDirty = async () => {
    const built = await buildClients(options, pool, output, dirty === 'all' ? requested : [...dirty]);
    inputs = { ...inputs, ...built.inputs };
    if (built.ok) dirty = new Set();
  };

  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let warming: Promise<void> = Promise.resolve();
  const rebuild = async () => {
    if (running) return;
    // A save during warm-up waits for the round in progress (one in-memory kit); warm-up then stops.
    running = warming;
    await warming;
    running = undefined;
    while (changed.size) {
      const hit = affectedClients(root, inputs, changed);
      changed.clear();
      dirty = dirty === 'all' || hit === 'all' ? 'all' : new Set([...dirty, ...hit]);
      if (dirty !== 'all' && dirty.size === 0) continue;
      running = buildDirty();
      await running;
      running = undefined;
    }
  };

  return {
    /** A path under the content folder changed (relative, with forward slashes). */
    saved(path: string): void {
      changed.add(path);
      clearTimeout(timer);
      // Editors save in bursts (write, rename, chmod); 10 ms gathers a burst without being felt.
      timer = setTimeout(() => void rebuild(), 10);
    },
    /** The first build, then warm-up, and a rebuild for whatever was saved meanwhile. */
    async start(): Promise<void> {
      running = buildDirty();
      await running;
      running = undefined;
      output.out(`watching ${options.contentDir}/ for changes (Ctrl+C to stop)`);
      // Warm-up is an optimisation: whatever goes wrong in it must not stop watching.
      warming = warmUp(options, pool, Object.keys(inputs)[0], () => changed.size > 0).catch(() => undefined);
      if (changed.size > 0) void rebuild();
    },
  };
}

/** Builds `clients` once: the inputs of each kit built, and whether the build went through (exit 0, a kit built). */
async function buildClients(
  options: BuildOptions,
  pool: RenderPool | undefined,
  output: Output,
  clients: readonly string[],
): Promise<{ inputs: Record<string, Set<string>>; ok: boolean }> {
  let inputs: Record<string, Set<string>> = {};
  let built = false;
  const code = await runOnce({ ...options, clients, pool }, output, (r) => {
    if (r.status !== 'ok') return;
    built = true;
    inputs = { ...inputs, ...r.inputs };
  }).catch((e: unknown) => {
    output.err(String(e));
    return 3;
  });
  return { inputs, ok: built && code === 0 };
}

/** The clients built from any of `paths`, or 'all' when a path may mean a new, renamed or deleted client. */
function affectedClients(
  root: string,
  inputs: Record<string, Set<string>>,
  paths: Iterable<string>,
): Set<string> | 'all' {
  const out = new Set<string>();
  for (const path of paths) {
    const users = Object.keys(inputs).filter((c) => inputs[c]!.has(path));
    if (!existsSync(resolve(root, path))) {
      // An editor's temporary file, already renamed over the real one: that rename is reported too.
      if (users.length === 0) continue;
      // A client file that is gone (deleted or renamed) cannot be built by its old id.
      if (path.startsWith('clients/')) return 'all';
    }
    // A file no kit was built from (workshop.yaml is in all of them) may be new, renamed or a new client: rebuild all.
    if (users.length === 0) return 'all';
    for (const c of users) out.add(c);
  }
  return out;
}

/** Whether a path is in an output folder inside the content folder: the build's own writes are not saves. */
function insideOutput(root: string, outDir: string): (path: string) => boolean {
  const out = relative(root, resolve(outDir)).split(sep).join('/');
  return (path) => out !== '' && !out.startsWith('..') && (path === out || path.startsWith(`${out}/`));
}

/** In-memory rebuilds of one client after the first build, stopping early when a save arrives. */
const WARM_UP_ROUNDS = 6;

/**
 * V8 optimises the renderers only after they have run several times: without this, the first saves
 * took ~450, 230, 220 ms, and only the eighth reached ~150. The rounds run while the facilitator
 * reads the first output, in memory (nothing is written), where the saves will render. Each
 * round renders the kit under another client name, so every page differs from the last round's,
 * as after a real save, and the renderers' caches cannot answer for them.
 */
async function warmUp(
  options: BuildOptions,
  pool: RenderPool | undefined,
  client: string | undefined,
  interrupted: () => boolean,
): Promise<void> {
  if (client === undefined) return;
  const [{ composeModels }, { renderKitOn }, { parseMarkdown }, { moduleTexts }] = await Promise.all([
    import('./build.js'),
    import('./render/parallel.js'),
    import('./load/markdown.js'),
    import('./load/content.js'),
  ]);
  const texts = moduleTexts(resolve(options.contentDir));
  for (let round = 0; round < WARM_UP_ROUNDS && !interrupted(); round++) {
    const composed = await composeModels({ ...options, clients: [client] }).catch(() => undefined);
    const model = composed?.status === 'ok' ? composed.models[0] : undefined;
    if (!model) return;
    const variant = structuredClone(model);
    variant.client.name = `${model.client.name ?? model.client.id} ${round + 1}`;
    // Its own id, so the renderers' per-client memories of the real kit (worksheets) are kept.
    variant.client.id = `${model.client.id}\u0000warm-up`;
    await renderKitOn(variant, pool).catch(() => undefined);
    // Composing finds every module already parsed, but a save re-parses one: the parser is warmed
    // on the texts themselves (the parsed trees are thrown away; the load cache is not touched).
    for (const file of texts) parseMarkdown({ path: file.path, text: `${file.text}\n` });
  }
}
