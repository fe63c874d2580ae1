// The journal of one build's moves and the manifest of what the tool wrote into out/: made, committed, carried out,
// and read back from disk, where nothing they hold is trusted.
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Kit } from '../model/artefact.js';
import { exists, makeFolders, writeDurably } from './disk.js';

/** The tool's own folder inside out/: lock, journal, manifest and staging. */
export const META_DIR = '.workshop-kit';

/** What the tool wrote into out/, per client: the only files a later build may replace or remove. */
export interface Manifest {
  clients: Record<string, string[]>;
}

/** The moves that publish one build, written before the first of them (paths relative to out/). */
export interface Journal {
  staging: string;
  moves: { from: string; to: string }[];
  removes: string[];
  manifest: Manifest;
}

/** The journal that moves each kit's files from `staging` into place; a file a client's kit no longer has is removed. */
export function plan(manifest: Manifest, kits: readonly Kit[], staging: string): Journal {
  const clients = { ...manifest.clients };
  const moves: Journal['moves'] = [];
  const removes: string[] = [];
  for (const kit of kits) {
    const names = kit.files.map((f) => f.name);
    for (const name of names) moves.push({ from: `${staging}/${kit.clientId}/${name}`, to: `${kit.clientId}/${name}` });
    for (const old of clients[kit.clientId] ?? []) if (!names.includes(old)) removes.push(`${kit.clientId}/${old}`);
    clients[kit.clientId] = [...names].sort();
  }
  return {
    staging,
    moves,
    removes,
    manifest: { clients: Object.fromEntries(Object.entries(clients).sort(([a], [b]) => (a < b ? -1 : 1))) },
  };
}

/** The commit point: the journal is complete on disk before it takes its name. */
export async function commit(path: string, journal: Journal): Promise<void> {
  const temporary = `${path}.${process.pid}`;
  await writeDurably(temporary, JSON.stringify(journal));
  await rename(temporary, path);
}

/** Carries out a journal; run again after a crash, it skips the moves already made. */
export async function apply(outDir: string, journal: Journal): Promise<void> {
  for (const { from, to } of journal.moves) {
    const source = join(outDir, from);
    const target = join(outDir, to);
    if (!(await exists(source))) continue;
    await makeFolders(dirname(target));
    await rename(source, target);
  }
  for (const path of journal.removes) await rm(join(outDir, path), { force: true });
  const meta = join(outDir, META_DIR);
  const manifestPath = join(meta, 'manifest.json');
  await writeFile(`${manifestPath}.${process.pid}`, `${JSON.stringify(journal.manifest, null, 2)}\n`);
  await rename(`${manifestPath}.${process.pid}`, manifestPath);
  await rm(join(meta, 'journal.json'), { force: true });
  await rm(join(outDir, journal.staging), { recursive: true, force: true });
}

export async function readManifest(meta: string): Promise<Manifest> {
  try {
    return { clients: manifestClients(JSON.parse(await readFile(join(meta, 'manifest.json'), 'utf8'))) };
  } catch {
    return { clients: {} };
  }
}

/**
 * The manifest and the journal decide what is removed and moved, so what they hold from disk is
 * checked: a damaged or hand-edited file may name only files directly in a client folder, never a
 * path that leads elsewhere; anything else is dropped, which at worst leaves a file in place.
 */
function manifestClients(parsed: unknown): Manifest['clients'] {
  const clients = (parsed as Partial<Manifest> | null)?.clients;
  if (!clients || typeof clients !== 'object') return {};
  const kept: Manifest['clients'] = {};
  for (const [client, names] of Object.entries(clients)) {
    if (isPlainName(client) && Array.isArray(names))
      kept[client] = names.filter((n): n is string => typeof n === 'string' && isPlainName(n));
  }
  return kept;
}

export function readJournal(text: string): Journal | undefined {
  try {
    const j = JSON.parse(text) as Partial<Journal>;
    const within = (p: unknown): p is string =>
      typeof p === 'string' && p.split('/').length >= 2 && p.split('/').every(isPlainName);
    if (typeof j.staging !== 'string' || !/^\.workshop-kit\/staging-[\w-]+$/.test(j.staging)) return undefined;
    if (
      !Array.isArray(j.moves) ||
      !j.moves.every((m) => within(m?.from) && within(m?.to) && m.from.startsWith(`${j.staging}/`))
    )
      return undefined;
    if (!Array.isArray(j.removes) || !j.removes.every(within)) return undefined;
    return {
      staging: j.staging,
      moves: j.moves,
      removes: j.removes,
      manifest: { clients: manifestClients(j.manifest) },
    };
  } catch {
    return undefined;
  }
}

const isPlainName = (name: string): boolean =>
  name.length > 0 && name !== '.' && name !== '..' && !/[/\\\0]/.test(name);
