// Merges a client file over the workshop: the one place where overlays are resolved.

import { moduleKeptFor } from '../content/modules.js';
import type { Checked, ModuleContent, ValidContent } from '../content/types.js';
import type { ClientInfo, Source } from '../model/deck.js';
import type { Client } from '../schema/client.js';
import type { RunningOrderItem, Workshop } from '../schema/workshop.js';
import { modulesFor } from './client-view.js';
import { curlyQuotes } from './typography.js';

export interface PlanItem {
  kind: 'module' | 'break';
  /** Module id, or `break-N`. */
  id: string;
  title?: string;
  minutes: number;
  /** Where these minutes were set (front matter, client timing, or the break entry). */
  minutesSource: Source;
  /** The running-order entry. */
  source: Source;
  /** A break fixed to the clock (`at: "12:30"`): "HH:MM", and where it is written. */
  at?: { time: string; source: Source };
  /** A module its front matter marks `optional: true`: it may be dropped to recover time. */
  optional?: true;
}

/** A start later than planned that keeps the planned end (`late-start:` or `--start`). */
export interface LateStart {
  time: string;
  /** Where it is written; none for `--start`. */
  source?: Source;
}

export interface ClientPlan {
  id: string;
  /** A module in the running order could not be read: its minutes are unknown, so totals are not checked. */
  incomplete: boolean;
  /** Whether the client changed the running order or its timing (so timing errors name the client). */
  overridesTiming: boolean;
  /** Whether the client starts at another time than the workshop (so fixed-clock errors name the client). */
  ownStart: boolean;
  client?: Checked<Client>;
  info: ClientInfo;
  minutes: number;
  /** Where the planned length was set, for timing errors. */
  minutesSource: Source;
  /** How the planned length follows from the workshop's when `only:`/`except:` changed it, for timing errors. */
  minutesWhy?: string;
  items: PlanItem[];
  /** The modules as this client gets them (`only`/`except` resolved). */
  modules: ReadonlyMap<string, ModuleContent>;
  vars: Record<string, string>;
  theme: string;
  /** Content files this client's kit uses, for per-client variable checks. */
  files: Set<string>;
  lateStart?: LateStart;
}

/** What the command line lays over every client's plan. */
export interface PlanOverrides {
  /** `--start HH:MM`: a late start, over the client's `late-start:`. */
  lateStart?: string;
}

export const DEFAULT_CLIENT_ID = 'default';

/** The build plans for the requested clients (all when `only` is empty; `default` when there are no client files). */
export function planClients(
  content: ValidContent,
  only: readonly string[] = [],
  overrides: PlanOverrides = {},
): ClientPlan[] {
  if (content.clients.size === 0) return [withLateStart(planFor(content, DEFAULT_CLIENT_ID, undefined), overrides)];
  const ids = [...content.clients.keys()].sort();
  return ids
    .filter((id) => only.length === 0 || only.includes(id))
    .map((id) => withLateStart(planFor(content, id, content.clients.get(id)), overrides));
}

/** The plan with its late start: the command line's, else the client's own. */
function withLateStart(plan: ClientPlan, overrides: PlanOverrides): ClientPlan {
  const written = plan.client?.value['late-start'];
  if (overrides.lateStart !== undefined) return { ...plan, lateStart: { time: overrides.lateStart } };
  if (written === undefined) return plan;
  return { ...plan, lateStart: { time: written, source: plan.client!.source.locate(['late-start']) } };
}

/** The workshop's own plan, without any client overlay: its timing is checked even when every client overrides it. */
export function planWorkshop(content: ValidContent): ClientPlan {
  return planFor(content, DEFAULT_CLIENT_ID, undefined);
}

function planFor(content: ValidContent, id: string, client: Checked<Client> | undefined): ClientPlan {
  const workshop = content.workshop.value;
  const c = client?.value;
  const modules = modulesFor(content.modules, client ? id : undefined);
  const order = planRunningOrder(content, client, modules);
  // A timing key that names no module was reported already; the total would only echo it.
  const incomplete = order.incomplete || Object.keys(c?.timing ?? {}).some((key) => !content.modules.has(key));
  return {
    id,
    incomplete,
    overridesTiming: Boolean(c?.modules || c?.minutes !== undefined || c?.timing || order.changes.length),
    ownStart: c?.start !== undefined && c.start !== workshop.start,
    client,
    info: clientInfo(id, workshop, c),
    minutes: (c?.minutes ?? workshop.minutes) + order.adjustment,
    minutesSource: minutesSourceOf(content, client),
    ...(order.changes.length
      ? { minutesWhy: `workshop ${workshop.minutes} ${order.changes.join(' ')}, by \`only:\`/\`except:\`` }
      : {}),
    items: order.items,
    modules,
    vars: varsOf(workshop, c),
    theme: c?.theme ?? workshop.theme,
    files: kitFiles(content, client, order.items, modules),
  };
}

interface PlannedOrder {
  items: PlanItem[];
  /** A module in the order could not be read. */
  incomplete: boolean;
  /** Minutes that `only:`/`except:` add to or take from the workshop's length. */
  adjustment: number;
  /** The modules they add or take, for the timing errors' `minutesWhy`. */
  changes: string[];
}

/** The running order as this client gets it: its own or the workshop's, without the modules it does not get. */
function planRunningOrder(
  content: ValidContent,
  client: Checked<Client> | undefined,
  modules: ReadonlyMap<string, ModuleContent>,
): PlannedOrder {
  const c = client?.value;
  const orderFrom = c?.modules ? client!.source : content.workshop.source;
  const order: readonly RunningOrderItem[] = c?.modules ?? content.workshop.value.modules;
  // The workshop's `minutes` is the length for a client no `only:`/`except:` names; a client that
  // gains or loses modules by them gets a longer or shorter session (unless it sets its own).
  const adjusts = client !== undefined && !c?.modules && c?.minutes === undefined;
  const planned: PlannedOrder = { items: [], incomplete: false, adjustment: 0, changes: [] };
  let breaks = 0;
  order.forEach((entry, i) => {
    const source = orderFrom.locate(['modules', i]);
    if (typeof entry !== 'string') {
      breaks++;
      planned.items.push({
        kind: 'break',
        id: `break-${breaks}`,
        title: entry.title,
        minutes: entry.break,
        minutesSource: orderFrom.locate(['modules', i, 'break']),
        source,
        ...(entry.at !== undefined ? { at: { time: entry.at, source: orderFrom.locate(['modules', i, 'at']) } } : {}),
      });
      return;
    }
    const written = content.modules.get(entry);
    if (adjusts && written && modules.has(entry) !== moduleKeptFor(written.meta, undefined)) {
      const minutes = written.meta.minutes;
      planned.adjustment += modules.has(entry) ? minutes : -minutes;
      planned.changes.push(`${modules.has(entry) ? '+' : '−'} \`${entry}\` ${minutes}`);
    }
    const module = modules.get(entry);
    if (!module) {
      // Kept from this client by its front matter: absent, not unknown (a client's own running order naming it was reported).
      if (!content.modules.has(entry)) planned.incomplete = true;
      return;
    }
    planned.items.push(moduleItem(entry, module, client, source));
  });
  return planned;
}

function moduleItem(id: string, module: ModuleContent, client: Checked<Client> | undefined, source: Source): PlanItem {
  const override = client?.value.timing?.[id];
  return {
    kind: 'module',
    id,
    minutes: override ?? module.meta.minutes,
    minutesSource:
      override !== undefined ? client!.source.locate(['timing', id]) : module.metaSource.locate(['minutes']),
    source,
    ...(module.meta.optional ? { optional: true as const } : {}),
  };
}

function clientInfo(id: string, workshop: Workshop, c: Client | undefined): ClientInfo {
  return {
    id,
    name: c?.name && curlyQuotes(c.name),
    date: c?.date,
    location: c?.location && curlyQuotes(c.location),
    facilitator: c?.facilitator && curlyQuotes(c.facilitator),
    paper: c?.paper ?? workshop.paper,
    start: c?.start ?? workshop.start,
  };
}

/** The workshop's variables with the client's over them, as text. */
function varsOf(workshop: Workshop, c: Client | undefined): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...workshop.vars, ...c?.vars })) vars[k] = String(v);
  return vars;
}

/** Where the session's length is said: the client's `minutes`, its running order or timing, else the workshop's. */
function minutesSourceOf(content: ValidContent, client: Checked<Client> | undefined): Source {
  const c = client?.value;
  if (c?.minutes !== undefined) return client!.source.locate(['minutes']);
  if (c?.modules) return client!.source.locate(['modules'], { key: true });
  if (c?.timing) return client!.source.locate(['timing'], { key: true });
  return content.workshop.source.locate(['minutes']);
}

/** The content files a client's kit is made from: the workshop, the client, its modules and what they name. */
function kitFiles(
  content: ValidContent,
  client: Checked<Client> | undefined,
  items: readonly PlanItem[],
  modules: ReadonlyMap<string, ModuleContent>,
): Set<string> {
  const files = new Set<string>([content.workshop.source.file]);
  if (client) files.add(client.source.file);
  for (const item of items) {
    const module = item.kind === 'module' ? modules.get(item.id) : undefined;
    if (!module) continue;
    files.add(module.file);
    for (const use of module.directives) {
      const pool =
        use.name === 'comparison' ? content.comparisons : use.name === 'styles' ? content.styles : content.exercises;
      const target = pool.get(use.id);
      if (target) files.add(target.source.file);
    }
  }
  return files;
}
