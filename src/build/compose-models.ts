// The build's first half: the content folder read and checked, and a deck model composed for each client asked for.
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { checkTiming, moduleNeeds } from '../compose/agenda.js';
import { planClients, planWorkshop } from '../compose/client.js';
import { composeDeck } from '../compose/index.js';
import { checkVariables } from '../compose/variables.js';
import type { ValidContent } from '../content/types.js';
import { type Diagnostic, dedupeDiagnostics, sortDiagnostics } from '../diagnostics.js';
import { type LoadedContent, loadContent } from '../load/content.js';
import { loadThemes, packageTemplatesDir } from '../load/themes.js';
import type { DeckModel } from '../model/deck.js';
import { type Validated, validateContent } from '../validate/index.js';
import type { BuildOptions, BuildResult } from './options.js';

/** Called with each model as soon as it is composed while no problem has been found, so rendering can start early; `total` is the number of clients. */
type OnModel = (model: DeckModel, total: number) => void;

/** Reads, checks and composes every requested client's deck model. */
export async function composeModels(
  options: Pick<BuildOptions, 'contentDir' | 'clients' | 'sourceDateEpoch' | 'lateStart'>,
  onModel?: OnModel,
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
  const { loaded, loadWarnings, validated, diagnostics } = await loadAndValidate(contentDir, lap);
  const content = validated.content;
  if (!content) return { status: 'content', diagnostics: sortDiagnostics(diagnostics), models: [], timings };
  const requested = options.clients ?? [];
  const unknown = unknownClients(requested, loaded, content) ?? oneSessionLate(options.lateStart, requested, content);
  if (unknown) return { status: 'usage', usage: unknown, diagnostics: [], models: [], timings };
  const warnings: Diagnostic[] = [...loadWarnings];
  if (requested.length) warnings.push(...setAside(diagnostics, requested));
  const models = composeClients(content, validated.variables, options, { diagnostics, warnings }, onModel);
  lap('compose');
  const unique = dedupeDiagnostics(diagnostics);
  return {
    status: unique.length ? 'content' : 'ok',
    diagnostics: sortDiagnostics(unique),
    warnings: sortDiagnostics(dedupeDiagnostics(warnings)),
    models,
    timings,
  };
}

/** The content folder read, with the built-in themes and its own, and checked; `lap` times each step. */
async function loadAndValidate(
  contentDir: string,
  lap: (name: string) => void,
): Promise<{ loaded: LoadedContent; loadWarnings: Diagnostic[]; validated: Validated; diagnostics: Diagnostic[] }> {
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
  return { loaded, loadWarnings, validated, diagnostics };
}

/** The usage message for clients asked for that the content does not have; undefined when it has them all. */
function unknownClients(
  requested: readonly string[],
  loaded: LoadedContent,
  content: ValidContent,
): string | undefined {
  // A client file that did not load (a YAML mistake, a control character) is still a client: its error is the answer.
  const broken = loaded.unreadable.get('clients') ?? new Set<string>();
  const known = content.clients.size ? [...content.clients.keys()] : ['default'];
  const unknown = requested.filter((id) => !known.includes(id) && !loaded.clients.has(id) && !broken.has(id));
  if (!unknown.length) return undefined;
  return `unknown client ${unknown.map((u) => `'${u}'`).join(', ')}; clients: ${known.sort().join(', ')}`;
}

/** `--start` re-times one session: the usage message when the build would make more than one kit. */
function oneSessionLate(
  lateStart: string | undefined,
  requested: readonly string[],
  content: ValidContent,
): string | undefined {
  const kits = requested.length > 0 ? new Set(requested).size : Math.max(1, content.clients.size);
  if (lateStart === undefined || kits === 1) return undefined;
  return `--start ${lateStart} re-times one session: name its client with --client (clients: ${[...content.clients.keys()].sort().join(', ')})`;
}

/**
 * The checks across clients (timing over the whole workshop, variables per client), then each requested client's
 * model; once a problem is found, compose only runs its checks. Problems go to `found.diagnostics`, slips to
 * `found.warnings`.
 */
function composeClients(
  content: ValidContent,
  variables: Validated['variables'],
  options: Pick<BuildOptions, 'clients' | 'sourceDateEpoch' | 'lateStart'>,
  found: { diagnostics: Diagnostic[]; warnings: Diagnostic[] },
  onModel: OnModel | undefined,
): DeckModel[] {
  const { diagnostics, warnings } = found;
  const models: DeckModel[] = [];
  const everyone = planWorkshop(content);
  diagnostics.push(...checkTiming(everyone, (id) => moduleNeeds(content, everyone, id)));
  const plans = planClients(content, options.clients ?? [], {
    ...(options.lateStart !== undefined ? { lateStart: options.lateStart } : {}),
  });
  diagnostics.push(...checkVariables(plans, variables));
  for (const plan of plans) {
    const composed = composeDeck(content, plan, {
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
  return models;
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

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
