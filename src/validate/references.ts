// Cross-file references: running orders, directive ids, timing keys and themes must name things that exist.

import { moduleKeptFor } from '../content/modules.js';
import type { Checked, ModuleContent } from '../content/types.js';
import type { Diagnostic } from '../diagnostics.js';
import type { YamlSource } from '../load/yaml.js';
import type { Source } from '../model/deck.js';
import type { Client } from '../schema/client.js';
import { id as idSchema } from '../schema/common.js';
import type { RunningOrderItem, Workshop } from '../schema/workshop.js';
import { didYouMean, listOf } from '../util/suggest.js';

/** Ends a sentence after an optional "did you mean" so a list can follow. */
function joinHint(hint: string): string {
  return hint ? `${hint} ` : '. ';
}

/**
 * Ids of every item, including those whose files failed their schema: a reference to a
 * broken file is not also reported as a reference to a missing one.
 */
export interface KnownIds {
  modules: Set<string>;
  comparisons: Set<string>;
  styles: Set<string>;
  exercises: Set<string>;
}

/** A running order (workshop's or a client's) names existing modules, each once. */
export function checkRunningOrder(
  order: readonly RunningOrderItem[] | readonly unknown[],
  source: YamlSource,
  moduleIds: readonly string[],
  diagnostics: Diagnostic[],
): void {
  const seen = new Set<string>();
  order.forEach((item: unknown, i) => {
    // Breaks are not references; an item that is not an id at all was reported by the schema.
    if (typeof item !== 'string' || !idSchema.safeParse(item).success) return;
    if (!moduleIds.includes(item)) {
      diagnostics.push({
        rule: 'reference/module',
        message: `unknown module \`${item}\`${joinHint(didYouMean(item, moduleIds))}Modules that exist: ${listOf(moduleIds)} (from modules/*.md)`,
        source: source.locate(['modules', i]),
      });
    } else if (seen.has(item)) {
      diagnostics.push({
        rule: 'reference/module-twice',
        message: `module \`${item}\` appears twice in the running order; list each module once`,
        source: source.locate(['modules', i]),
      });
    }
    seen.add(item);
  });
}

/** Directives name existing comparisons, style catalogues and exercises. */
export function checkDirectives(
  modules: ReadonlyMap<string, ModuleContent>,
  known: KnownIds,
  quizzes: ReadonlyMap<string, string>,
  diagnostics: Diagnostic[],
): void {
  const pools = {
    comparison: known.comparisons,
    styles: known.styles,
    exercise: known.exercises,
    answers: known.exercises,
  } as const;
  const folders = { comparison: 'comparisons', styles: 'styles', exercise: 'exercises', answers: 'exercises' } as const;
  const embedded = new Set(
    [...modules.values()].flatMap((m) => m.directives.filter((d) => d.name === 'exercise').map((d) => d.id)),
  );
  for (const module of modules.values()) {
    for (const use of module.directives) {
      const pool = pools[use.name];
      if (!pool.has(use.id)) {
        const ids = [...pool].sort();
        const what = use.name === 'answers' ? 'exercise' : use.name;
        diagnostics.push({
          rule: 'reference/directive',
          message: `unknown ${what} \`${use.id}\`${joinHint(didYouMean(use.id, ids))}${what[0]!.toUpperCase()}${what.slice(1)} ids that exist: ${listOf(ids)} (from ${folders[use.name]}/)`,
          source: use.source,
        });
      } else if (use.name === 'answers' && quizzes.get(use.id) !== 'quiz') {
        const kind = quizzes.get(use.id);
        if (kind)
          diagnostics.push({
            rule: 'reference/answers',
            message: `\`::answers{#${use.id}}\` shows a quiz's right answers, but \`${use.id}\` is a ${kind} exercise; its answer key is in the facilitator guide`,
            source: use.source,
          });
      } else if (use.name === 'answers' && !embedded.has(use.id)) {
        diagnostics.push({
          rule: 'reference/answers',
          message: `\`::answers{#${use.id}}\` shows the answers of a quiz no module embeds; add \`::exercise{#${use.id}}\` on a slide before it`,
          source: use.source,
        });
      }
    }
  }
}

/** Client files: running order, timing keys and theme. */
export function checkClients(
  clients: ReadonlyMap<string, Checked<Client>>,
  workshop: Checked<Workshop> | undefined,
  themeFiles: ReadonlyMap<string, unknown>,
  known: KnownIds,
  diagnostics: Diagnostic[],
): void {
  const moduleIds = [...known.modules].sort();
  const themes = [...themeFiles.keys()].sort();
  for (const { value, source } of clients.values()) {
    if (value.modules) checkRunningOrder(value.modules, source, moduleIds, diagnostics);
    const order = value.modules ?? workshop?.value.modules ?? [];
    const ordered = order.filter((m): m is string => typeof m === 'string');
    for (const key of Object.keys(value.timing ?? {})) {
      if (!moduleIds.includes(key)) {
        diagnostics.push({
          rule: 'reference/timing',
          message: `timing names unknown module \`${key}\`${joinHint(didYouMean(key, moduleIds))}Modules that exist: ${listOf(moduleIds)}`,
          source: source.locate(['timing', key], { key: true }),
        });
      } else if (!ordered.includes(key) && (value.modules || workshop)) {
        diagnostics.push({
          rule: 'reference/timing-unused',
          message: `timing sets minutes for \`${key}\`, which is not in this client's running order (${listOf(ordered)})`,
          source: source.locate(['timing', key], { key: true }),
        });
      }
    }
    if (value.theme && !themeFiles.has(value.theme)) {
      diagnostics.push({
        rule: 'reference/theme',
        message: `unknown theme \`${value.theme}\`${joinHint(didYouMean(value.theme, themes))}Themes that exist: ${listOf(themes)} (the built-in ones, and folders under themes/ in the content folder)`,
        source: source.locate(['theme']),
      });
    }
  }
  if (!workshop) return;
  const { value, source } = workshop;
  if (!themeFiles.has(value.theme)) {
    diagnostics.push({
      rule: 'reference/theme',
      message: `unknown theme \`${value.theme}\`${joinHint(didYouMean(value.theme, themes))}Themes that exist: ${listOf(themes)} (the built-in ones, and folders under themes/ in the content folder)`,
      source: source.locate(['theme']),
    });
  }
}

/**
 * `only:`/`except:` on a module and `:::only`/`:::except` in its body name existing clients; a client's own
 * running order does not list a module its front matter keeps from that client.
 */
export function checkClientFilters(
  modules: ReadonlyMap<string, ModuleContent>,
  clients: ReadonlyMap<string, Checked<Client>>,
  clientIds: ReadonlySet<string>,
  diagnostics: Diagnostic[],
): void {
  const ids = [...clientIds].sort();
  const check = (id: string, written: string, source: Source) => {
    if (clientIds.has(id)) return;
    const known = ids.length
      ? `${joinHint(didYouMean(id, ids))}Clients that exist: ${listOf(ids)} (from clients/)`
      : `: there are no client files; \`${written}\` chooses among the clients in clients/`;
    diagnostics.push({
      rule: 'reference/client',
      message: `unknown client \`${id}\` in \`${written}\`${known}`,
      source,
    });
  };
  for (const module of modules.values()) {
    for (const key of ['only', 'except'] as const)
      module.meta[key]?.forEach((id, i) => check(id, `${key}:`, module.metaSource.locate([key, i])));
    for (const filter of module.filters) for (const id of filter.ids) check(id, `:::${filter.name}`, filter.source);
  }
  for (const [clientId, { value, source }] of clients) {
    value.modules?.forEach((entry, i) => {
      const module = typeof entry === 'string' ? modules.get(entry) : undefined;
      if (!module || moduleKeptFor(module.meta, clientId)) return;
      const why =
        module.meta.only && !module.meta.only.includes(clientId)
          ? `its \`only:\` does not name \`${clientId}\``
          : `its \`except:\` names \`${clientId}\``;
      diagnostics.push({
        rule: 'reference/module-excluded',
        message: `module \`${entry}\` is not in this client's kit (${why}, in ${module.file}); remove it from this running order or change the module's front matter`,
        source: source.locate(['modules', i]),
      });
    });
  }
}
