// Sequences the stages: load, validate, compose, render, write. The CLI only parses arguments and prints.
import { join, resolve } from 'node:path';
import { composeModels } from './build/compose-models.js';
import type { BuildOptions, BuildResult } from './build/options.js';
import { unusableOutDir } from './build/output-folder.js';
import { KitRenderer } from './build/schedule.js';
import { type Diagnostic, dedupeDiagnostics, sortDiagnostics } from './diagnostics.js';
import { modelInputs } from './inputs.js';
import type { DeckModel } from './model/deck.js';
import type { RenderedKit } from './render/index.js';
import { isRenderWarning } from './rules.js';
import { type Kit, type WriteReport, writeKits } from './write/atomic.js';
import { OutputError } from './write/errors.js';

export { composeModels } from './build/compose-models.js';
export type { BuildOptions, BuildResult } from './build/options.js';

/** Runs the whole build. Nothing under `outDir` changes unless every artefact of every client built. */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const outProblem = options.check ? undefined : await unusableOutDir(options.outDir, options.contentDir);
  if (outProblem) return refusedOutput(outProblem, [], {});
  const renderer = KitRenderer.open(options);
  try {
    const composed = await composeModels(options, renderer.startEarly);
    const clients = composed.models.map((m) => m.client.id);
    if (composed.status !== 'ok') return { ...composed, clients };
    const timings = { ...composed.timings };
    // --check renders too (and writes nothing): some problems, such as a character no embedded
    // font can print, only show when the text is set.
    const rendered = await collectKits(options, renderer.all(composed.models), timings);
    const warnings = sortDiagnostics(dedupeDiagnostics([...(composed.warnings ?? []), ...rendered.renderWarnings]));
    if (rendered.problems.length)
      return { status: 'content', diagnostics: rendered.problems, warnings, clients, timings };
    if (options.check) return { status: 'ok', diagnostics: [], warnings, clients, timings };
    const written = await writeOut(options, rendered.kits, timings);
    if (written instanceof OutputError) return refusedOutput(written.message, clients, timings);
    return builtResult(options, composed.models, written, { warnings, clients, timings });
  } finally {
    renderer.close();
  }
}

/** The output folder cannot take the kits: a usage error, though the options were right. */
function refusedOutput(usage: string, clients: string[], timings: Record<string, number>): BuildResult {
  return { status: 'usage', usage, outputProblem: true, diagnostics: [], clients, timings };
}

/**
 * The kits as they are rendered, in the models' order. Render times are added to `timings`; a kit's problems are
 * sorted into those that stop the build (sorted, without repeats) and render warnings.
 */
async function collectKits(
  options: BuildOptions,
  rendered: AsyncIterable<{ model: DeckModel; kit: RenderedKit }>,
  timings: Record<string, number>,
): Promise<{ kits: Kit[]; problems: Diagnostic[]; renderWarnings: Diagnostic[] }> {
  const kits: Kit[] = [];
  const problems: Diagnostic[] = [];
  const renderWarnings: Diagnostic[] = [];
  for await (const { model, kit } of rendered) {
    for (const d of kit.diagnostics) (isRenderWarning(d.rule) ? renderWarnings : problems).push(d);
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
  return { kits, problems: sortDiagnostics(dedupeDiagnostics(problems)), renderWarnings };
}

/** Writes the kits into `--out`, timed; when the output folder cannot take them, its OutputError instead. */
async function writeOut(
  options: BuildOptions,
  kits: Kit[],
  timings: Record<string, number>,
): Promise<WriteReport | OutputError> {
  const started = performance.now();
  try {
    const written = await writeKits(resolve(options.outDir), kits, { force: options.force === true });
    timings.write = performance.now() - started;
    return written;
  } catch (error) {
    if (error instanceof OutputError) return error;
    throw error;
  }
}

/** A build that wrote its kits: a note on each earlier client folder, and the content files each kit was made from. */
function builtResult(
  options: BuildOptions,
  models: readonly DeckModel[],
  written: WriteReport,
  result: Pick<BuildResult, 'warnings' | 'clients' | 'timings'>,
): BuildResult {
  const { warnings, clients, timings } = result;
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
