// Sequences the stages: load, validate, compose, render, write. The CLI only parses arguments and prints.
import { realpath, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { checkTiming, moduleNeeds } from './compose/agenda.js';
import { planClients, planWorkshop } from './compose/client.js';
import { checkVariables, composeDeck } from './compose/index.js';
import { type Diagnostic, sortDiagnostics } from './diagnostics.js';
import { modelInputs } from './inputs.js';
import { clientFileCount, loadContent } from './load/content.js';
import { loadThemes, packageTemplatesDir } from './load/themes.js';
import type { DeckModel } from './model/deck.js';
import type { RenderedKit } from './render/index.js';
import { renderKitOn } from './render/parallel.js';
import { RenderPool } from './render/pool.js';
import { isRenderWarning } from './rules.js';
import { validateContent } from './validate/index.js';
import { type Kit, type WriteReport, writeKits } from './write/atomic.js';
import { OutputError } from './write/errors.js';

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  /** Client ids to build; empty means all. */
  clients?: readonly string[];
  /** Validate and compose only; write nothing. */
  check?: boolean;
  /** Also write each model as JSON (debugging). */
  debugModel?: boolean;
  /** Replace files in out/ that no build wrote (not in its manifest) where the kits go. */
  force?: boolean;
  sourceDateEpoch?: number;
  /** Called as each artefact is ready. */
  onProgress?: (event: { clientId: string; artefact: string; ms: number }) => void;
  /** Render threads to use; 1 renders in this thread. Default: one per core. */
  jobs?: number;
  /** A pool the caller keeps between builds (watch mode); the build then neither opens nor closes one. */
  pool?: RenderPool;
}

export interface BuildResult {
  /** `content` = content errors (exit 1); `usage` = bad arguments such as an unknown client, or an output folder that cannot take the kits (exit 2). */
  status: 'ok' | 'content' | 'usage';
  diagnostics: Diagnostic[];
  /** Usage problem, when status is `usage`. */
  usage?: string;
  /** The usage problem is the output folder's state (the options were right): no usage text helps. */
  outputProblem?: boolean;
  clients: string[];
  timings: Record<string, number>;
  /** Things worth a word that are not errors (an earlier build's client folder whose client is gone). */
  notes?: string[];
  /** Problems that do not stop the build (a template with no layout for a kind of slide), at their line. */
  warnings?: Diagnostic[];
  /** Per client built, the content files its kit was made from (for watch mode). */
  inputs?: Record<string, Set<string>>;
}

/** Reads, checks and composes every requested client's deck model. */
export async function composeModels(
  options: Pick<BuildOptions, 'contentDir' | 'clients' | 'sourceDateEpoch'>,
  /** Called with each model as soon as it is composed while no problem has been found, so rendering can start early; `total` is the number of clients. */
  onModel?: (model: DeckModel, total: number) => void,
): Promise<Omit<BuildResult, 'clients'> & { models: DeckModel[] }> {
  const timings: Record<string, number> = {};
  let mark = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    timings[name] = now - mark;
    mark = now;
  };
  const contentDir = resolve(options.contentDir);
  if (!(await isDirectory(contentDir)))
    return {
      status: 'usage',
      usage: `content folder not found: ${options.contentDir}`,
      diagnostics: [],
      models: [],
      timings,
    };

  const [{ content: loaded, diagnostics: loadDiagnostics, warnings: loadWarnings }, builtIn, own] = await Promise.all([
    loadContent(contentDir),
    loadThemes(packageTemplatesDir()),
    loadThemes(join(contentDir, 'themes'), 'themes'),
  ]);
  // A content folder's own theme (themes/<name>/theme.yaml) wins over a built-in one of the same name.
  const themes = new Map([...builtIn.themes, ...own.themes]);
  const themeDiagnostics = [...builtIn.diagnostics, ...own.diagnostics];
  lap('load');
  const validated = validateContent(loaded, themes);
  lap('validate');
  const diagnostics = [...loadDiagnostics, ...themeDiagnostics, ...validated.diagnostics];
  if (!validated.content) return { status: 'content', diagnostics: sortDiagnostics(diagnostics), models: [], timings };

  const requested = options.clients ?? [];
  // A client file that did not load (a YAML mistake, a control character) is still a client: its error is the answer.
  const broken = loaded.unreadable.get('clients') ?? new Set<string>();
  const known = validated.content.clients.size ? [...validated.content.clients.keys()] : ['default'];
  const unknown = requested.filter((id) => !known.includes(id) && !loaded.clients.has(id) && !broken.has(id));
  if (unknown.length) {
    return {
      status: 'usage',
      usage: `unknown client ${unknown.map((u) => `'${u}'`).join(', ')}; clients: ${known.sort().join(', ')}`,
      diagnostics: [],
      models: [],
      timings,
    };
  }
  const models: DeckModel[] = [];
  const warnings: Diagnostic[] = [...loadWarnings];
  if (requested.length) warnings.push(...setAside(diagnostics, requested));
  const everyone = planWorkshop(validated.content);
  diagnostics.push(...checkTiming(everyone, (id) => moduleNeeds(validated.content!, everyone, id)));
  const plans = planClients(validated.content, requested);
  diagnostics.push(...checkVariables(plans, validated.variables));
  for (const plan of plans) {
    const composed = composeDeck(validated.content, plan, {
      checksOnly: diagnostics.length > 0,
      ...(options.sourceDateEpoch !== undefined ? { sourceDateEpoch: options.sourceDateEpoch } : {}),
    });
    diagnostics.push(...composed.diagnostics);
    warnings.push(...(composed.warnings ?? []));
    if (composed.model) {
      models.push(composed.model);
      if (diagnostics.length === 0) onModel?.(composed.model, plans.length);
    }
  }
  lap('compose');
  const unique = dedupe(diagnostics);
  return {
    status: unique.length ? 'content' : 'ok',
    diagnostics: sortDiagnostics(unique),
    warnings: sortDiagnostics(dedupe(warnings)),
    models,
    timings,
  };
}

/**
 * A mistake in the file of a client not asked for (`--client acme` while clients/short.yaml has an
 * unsupported lang) cannot change the kits asked for: it is taken out of `diagnostics` and returned
 * as a warning, so the build of the others goes on and the mistake is still shown.
 */
function setAside(diagnostics: Diagnostic[], requested: readonly string[]): Diagnostic[] {
  const other = (d: Diagnostic) => {
    const id = /^clients\/([^/]+)\.ya?ml$/.exec(d.source?.file ?? '')?.[1];
    return id !== undefined && !requested.includes(id);
  };
  const aside = diagnostics.filter(other).map((d) => ({
    ...d,
    message: `${d.message} (client \`${/^clients\/([^/]+)\./.exec(d.source!.file)![1]}\` is not built in this run)`,
  }));
  const kept = diagnostics.filter((d) => !other(d));
  diagnostics.splice(0, diagnostics.length, ...kept);
  return aside;
}

/** Runs the whole build. Nothing under `outDir` changes unless every artefact of every client built. */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const outProblem = options.check ? undefined : await unusableOutDir(options.outDir, options.contentDir);
  if (outProblem)
    return { status: 'usage', usage: outProblem, outputProblem: true, diagnostics: [], clients: [], timings: {} };
  const jobs = Math.max(1, options.jobs ?? availableParallelism());
  // Workers are opened only once there are two kits or more. Measured on 2 cores: a cold one-client
  // build already keeps both busy (V8 compiles and collects garbage on background threads), so a
  // worker for its PDFs made it no faster and cost ~55 MiB. Watch mode passes a warm pool instead.
  let ownPool: RenderPool | undefined;
  // Workers take ~250 ms to start (a Node environment, the renderers, the fonts). When several kits
  // are coming, they start now and get ready while the content is read, checked and composed.
  const kitsExpected = options.pool || jobs < 2 ? 0 : expectedKits(options);
  if (kitsExpected >= 2) ownPool = RenderPool.open(Math.min(jobs, kitsExpected));
  try {
    return await buildWith(options, () => options.pool ?? (ownPool ??= RenderPool.open(1)), jobs);
  } finally {
    ownPool?.close();
  }
}

/** How many kits a build will likely render: the clients asked for, else the client files in the content folder. */
function expectedKits(options: BuildOptions): number {
  if (options.clients?.length) return options.clients.length;
  return clientFileCount(resolve(options.contentDir));
}

async function buildWith(
  options: BuildOptions,
  openPool: () => RenderPool | undefined,
  jobs: number,
): Promise<BuildResult> {
  let pool = options.pool;
  const rendering = new Map<DeckModel, Promise<RenderedKit>>();
  const start = (model: DeckModel) => {
    const kit = renderKitOn(model, pool);
    kit.catch(() => undefined); // awaited below; a build that fails in compose drops it
    rendering.set(model, kit);
  };
  const composed = await composeModels(
    options,
    // --check renders too (and writes nothing): some problems, such as a character no embedded
    // font can print, only show when the text is set.
    (model, total) => {
      if (total < 2 || jobs < 2) return;
      pool ??= openPool();
      if (!pool) return;
      pool.grow(Math.min(jobs, total));
      start(model);
    },
  );
  const clients = composed.models.map((m) => m.client.id);
  if (composed.status !== 'ok') return { ...composed, clients };
  const timings = { ...composed.timings };
  const kits: Kit[] = [];
  const diagnostics: Diagnostic[] = [];
  const renderWarnings: Diagnostic[] = [];
  if (pool) for (const model of composed.models) if (!rendering.has(model)) start(model);
  for (const model of composed.models) {
    // Without a pool, kits render one after another, as before: interleaving them would only raise peak memory.
    const kit = await (rendering.get(model) ?? renderKitOn(model, undefined));
    for (const d of kit.diagnostics) (isRenderWarning(d.rule) ? renderWarnings : diagnostics).push(d);
    for (const [name, ms] of Object.entries(kit.timings)) {
      timings[name] = (timings[name] ?? 0) + ms;
      if (name !== 'layout') options.onProgress?.({ clientId: model.client.id, artefact: name, ms });
    }
    // The kit holds what `outputs:` asks for: nothing else was rendered, by a build or by --check.
    const files = [...kit.files];
    if (options.debugModel)
      files.push({ name: 'model.json', bytes: new TextEncoder().encode(JSON.stringify(model, jsonReplacer, 2)) });
    kits.push({ clientId: model.client.id, files });
  }
  const warnings = sortDiagnostics(dedupe([...(composed.warnings ?? []), ...renderWarnings]));
  if (diagnostics.length)
    return { status: 'content', diagnostics: sortDiagnostics(dedupe(diagnostics)), warnings, clients, timings };
  if (options.check) return { status: 'ok', diagnostics: [], warnings, clients, timings };
  const started = performance.now();
  let written: WriteReport;
  try {
    written = await writeKits(resolve(options.outDir), kits, { force: options.force === true });
  } catch (error) {
    if (error instanceof OutputError)
      return { status: 'usage', usage: error.message, outputProblem: true, diagnostics: [], clients, timings };
    throw error;
  }
  timings.write = performance.now() - started;
  // Only a build of every client knows that an earlier client folder has no client any more.
  const notes = options.clients?.length
    ? []
    : written.earlier.map(
        (id) =>
          `${join(options.outDir, id)}/ is from an earlier build, and there is no client \`${id}\` now (renamed or removed?); delete the folder if you no longer need it`,
      );
  return {
    status: 'ok',
    diagnostics: [],
    warnings,
    clients,
    timings,
    notes,
    inputs: Object.fromEntries(composed.models.map((m) => [m.client.id, modelInputs(m)])),
  };
}

/** Image bytes in the debug JSON would drown the model; show their size instead. */
function jsonReplacer(_key: string, value: unknown): unknown {
  return value instanceof Uint8Array ? `<${value.length} bytes>` : value;
}

function dedupe(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = `${d.source?.file}:${d.source?.line}:${d.source?.column}:${d.rule}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Why `--out` cannot hold kits, if it cannot: it is a file, or it overlaps the content folder. */
async function unusableOutDir(path: string, contentDir: string): Promise<string | undefined> {
  const info = await stat(resolve(path)).catch(() => undefined);
  if (info && !info.isDirectory()) return `output folder is a file, not a folder: ${path}`;
  const out = await realPathOfNearest(resolve(path));
  const content = await realPathOfNearest(resolve(contentDir));
  const inside = (child: string, parent: string) =>
    child === parent || child.startsWith(parent.endsWith(sep) ? parent : parent + sep);
  if (inside(content, out))
    return `the output folder ${path} ${out === content ? 'is' : 'contains'} the content folder ${contentDir}; a build would write kits among your content. Choose an --out outside it (the default is out/)`;
  // Anywhere inside: the build reads every file of the content folder (an image may be anywhere in it), and
  // folders it reads only once they exist (themes/) would take in the kits on the next build.
  if (inside(out, content))
    return `the output folder ${path} is inside the content folder ${contentDir}, which the build reads; choose an --out outside it (the default is out/)`;
  return undefined;
}

/** The real path of `path`, or of its nearest existing ancestor with the rest appended (an --out not yet made). */
async function realPathOfNearest(path: string): Promise<string> {
  let rest = '';
  for (let p = path; ; ) {
    try {
      return join(await realpath(p), rest);
    } catch {
      const parent = dirname(p);
      if (parent === p) return path;
      rest = join(basename(p), rest);
      p = parent;
    }
  }
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
