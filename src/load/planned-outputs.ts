// What the kits will hold, as workshop.yaml and the client files say before they are checked: a guess a build makes
// before reading the content, to know whether its kits are worth render workers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { clientFileNames } from './content.js';

/**
 * Whether some kit asked for (`clients`, else every client file) will hold more than the deck, by the `outputs:`
 * of its client file, else of workshop.yaml, else the default. Anything unreadable counts as more: the guess only
 * decides where kits render, never what they hold, which the checked content decides as always.
 */
export function plannedBeyondDeck(contentDir: string, clients: readonly string[]): boolean {
  const workshop = outputsIn(join(contentDir, 'workshop.yaml'));
  const files = clients.length ? clients.map((id) => `${id}.yaml`) : clientFileNames(contentDir);
  const lists = files.length
    ? files.map((file) => outputsIn(join(contentDir, 'clients', file)) ?? workshop)
    : [workshop];
  return lists.some((list) => !Array.isArray(list) || list.some((output) => output !== 'deck'));
}

/** The `outputs:` of a YAML file; null when the file cannot be read, undefined when it lists none. */
function outputsIn(path: string): unknown {
  try {
    const data: unknown = parse(readFileSync(path, 'utf8'));
    return data && typeof data === 'object' && 'outputs' in data ? data.outputs : undefined;
  } catch {
    return null;
  }
}
