// Which of a module's blocks a client gets, and the minutes a slide is planned for: what validate checks and compose
// applies, said once.
import type { ModuleFrontMatter } from '../schema/module.js';
import type { ClientFilterName } from './types.js';

/** Containers that keep their blocks for some clients only. */
export const CLIENT_FILTERS: readonly ClientFilterName[] = ['only', 'except'];

/** The client ids in a filter container's `clients` attribute (spaces or commas between them). */
export function filterClients(attributes: Record<string, string | null | undefined> | null | undefined): string[] {
  return (attributes?.clients ?? '').split(/[\s,]+/).filter(Boolean);
}

/** Whether a client named nowhere (`undefined`) or by id gets what `only`/`except` guards. */
export function keptFor(name: ClientFilterName, ids: readonly string[], client: string | undefined): boolean {
  const named = client !== undefined && ids.includes(client);
  return name === 'only' ? named : !named;
}

/** Whether a module's front matter (`only:`, `except:`) keeps it for a client. */
export function moduleKeptFor(meta: Pick<ModuleFrontMatter, 'only' | 'except'>, client: string | undefined): boolean {
  return (!meta.only || keptFor('only', meta.only, client)) && (!meta.except || keptFor('except', meta.except, client));
}

/**
 * The minutes `:::notes{minutes=N}` plans for a slide: whole minutes from 1 to 600, so the run
 * sheet's clock times stay whole minutes. Undefined when not given or not such a number.
 */
export function plannedMinutes(
  attributes: Record<string, string | null | undefined> | null | undefined,
): number | undefined {
  const value = attributes?.minutes;
  return value && /^[1-9]\d{0,2}$/.test(value) && Number(value) <= 600 ? Number(value) : undefined;
}
