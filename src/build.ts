// Sequences the stages: load, validate, compose, render, write. The CLI only parses arguments and prints.
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { composeModels } from './build/compose-models.js';
import type { BuildOptions, BuildResult } from './build/options.js';
import { unusableOutDir } from './build/output-folder.js';
import { type Diagnostic, dedupeDiagnostics, sortDiagnostics } from './diagnostics.js';
import { modelInputs } from './inputs.js';
import { clientFileCount } from './load/content.js';
import type { DeckModel } from './model/deck.js';
import type { RenderedKit } from './render/index.js';
import { renderKitOn } from './render/parallel.js';
import { RenderPool } from './render/pool.js';
import { isRenderWarning } from './rules.js';
import { type Kit, type WriteReport, writeKits } from './write/atomic.js';
import { OutputError } from './write/errors.js';

export { composeModels } from './build/compose-models.js';
export type { BuildOptions, BuildResult } from './build/options.js';

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
  if (pool) for (const model of composed.models) if (!rendering.has(model)) start(model);
  const { kits, diagnostics, renderWarnings } = await collectKits(options, composed.models, rendering, timings);
  const warnings = sortDiagnostics(dedupeDiagnostics([...(composed.warnings ?? []), ...renderWarnings]));
  if (diagnostics.length)
    return {
      status: 'content',
      diagnostics: sortDiagnostics(dedupeDiagnostics(diagnostics)),
      warnings,
      clients,
      timings,
    };
  if (options.check) return { status: 'ok', diagnostics: [], warnings, clients, timings };
  return writeBuilt(options, kits, composed.models, { warnings, clients, timings });
}

/**
 * Each model's kit, in the models' order: the one already rendering, else rendered now. Render times are added to
 * `timings`; a kit's problems are sorted into those that stop the build and render warnings.
 */
async function collectKits(
  options: BuildOptions,
  models: readonly DeckModel[],
  rendering: ReadonlyMap<DeckModel, Promise<RenderedKit>>,
  timings: Record<string, number>,
): Promise<{ kits: Kit[]; diagnostics: Diagnostic[]; renderWarnings: Diagnostic[] }> {
  const kits: Kit[] = [];
  const diagnostics: Diagnostic[] = [];
  const renderWarnings: Diagnostic[] = [];
  for (const model of models) {
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
  return { kits, diagnostics, renderWarnings };
}

/** Writes the kits into `--out`: the build's result, or the output folder's problem as a usage error. */
async function writeBuilt(
  options: BuildOptions,
  kits: Kit[],
  models: readonly DeckModel[],
  result: Pick<BuildResult, 'warnings' | 'clients' | 'timings'>,
): Promise<BuildResult> {
  const { warnings, clients, timings } = result;
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
    inputs: Object.fromEntries(models.map((m) => [m.client.id, modelInputs(m)])),
  };
}

/** Image bytes in the debug JSON would drown the model; show their size instead. */
function jsonReplacer(_key: string, value: unknown): unknown {
  return value instanceof Uint8Array ? `<${value.length} bytes>` : value;
}
