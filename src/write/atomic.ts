// Write stage: every client's artefacts are staged, then moved into out/<client>/ under a journal, so a build killed
// at any point leaves the previous kits or the new ones (the next build finishes a move it finds half done), and a
// file in out/ the tool did not write is never touched.
import {
  lstat,
  mkdir,
  mkdtemp,
  open,
  readdir,
  readFile,
  readlink,
  rename,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { Kit } from '../model/artefact.js';
import { OutputError, outputError, whatWentWrong } from './errors.js';
import { acquireLock } from './lock.js';

export type { Artefact, Kit } from '../model/artefact.js';

/** The tool's own folder inside out/: lock, journal, manifest and staging. */
export const META_DIR = '.workshop-kit';

/** What the tool wrote into out/, per client: the only files a later build may replace or remove. */
interface Manifest {
  clients: Record<string, string[]>;
}

/** The moves that publish one build, written before the first of them (paths relative to out/). */
interface Journal {
  staging: string;
  moves: { from: string; to: string }[];
  removes: string[];
  manifest: Manifest;
}

export interface WriteOptions {
  /** How long to wait for another build's lock. */
  lockWaitMs?: number;
  /** Replace files in the kits' places that no build of ours wrote (an out/ copied from elsewhere). */
  force?: boolean;
}

export interface WriteReport {
  /** Client folders an earlier build wrote whose clients this build did not (renamed or removed clients). */
  earlier: string[];
}

/**
 * Writes kits into `outDir/<client>/`. Each file is staged, then the journal of moves is committed
 * (one rename), then each file is renamed over its old version. Only files an earlier build wrote
 * (the manifest) are replaced or removed; a facilitator's own files in out/<client>/ stay.
 */
export async function writeKits(
  outDir: string,
  kits: readonly Kit[],
  options: WriteOptions = {},
): Promise<WriteReport> {
  // Ids are validated; this guard keeps a client folder from ever being the output folder or outside it.
  for (const kit of kits) {
    if (!/^(?!\.)[^/\\]+$/.test(kit.clientId))
      throw new Error(`unsafe client id for a folder name: ${JSON.stringify(kit.clientId)}`);
  }
  try {
    const meta = join(outDir, META_DIR);
    await makeFolders(meta);
    const release = await acquireLock(join(meta, 'lock'), outDir, options.lockWaitMs);
    try {
      await recoverUnlocked(outDir);
      const manifest = await readManifest(meta);
      const foreign: string[] = [];
      for (const kit of kits) foreign.push(...(await checkTarget(outDir, kit, manifest)));
      if (foreign.length && !options.force) throw new OutputError(notOurs(outDir, foreign));
      const staging = await mkdtemp(join(meta, 'staging-'));
      await stage(outDir, staging, kits);
      const journal = plan(manifest, kits, relative(outDir, staging).split(sep).join('/'));
      await commit(join(meta, 'journal.json'), journal);
      await apply(outDir, journal);
      const built = new Set(kits.map((k) => k.clientId));
      return {
        earlier: Object.keys(journal.manifest.clients)
          .filter((c) => !built.has(c))
          .sort(),
      };
    } finally {
      await release();
    }
  } catch (error) {
    throw outputError(error, outDir);
  }
}

/** Finishes what a killed build left: a committed journal is carried out, staging folders are removed. */
export async function recoverOutput(outDir: string): Promise<void> {
  const meta = join(outDir, META_DIR);
  if (!(await exists(meta))) return;
  const release = await acquireLock(join(meta, 'lock'), outDir);
  try {
    await recoverUnlocked(outDir);
  } finally {
    await release();
  }
}

async function recoverUnlocked(outDir: string): Promise<void> {
  const meta = join(outDir, META_DIR);
  const journalPath = join(meta, 'journal.json');
  if (await exists(journalPath)) {
    const journal = readJournal(await readFile(journalPath, 'utf8'));
    if (journal) await apply(outDir, journal);
    else await rm(journalPath, { force: true });
  }
  for (const entry of await readdir(meta))
    if (/^(staging-|journal\.json\.|manifest\.json\.|lock\.stale-)/.test(entry))
      await rm(join(meta, entry), { recursive: true, force: true });
  // Staging folders of builds before the journal (they held kits being swapped in, never a user's files).
  for (const entry of await readdir(outDir))
    if (entry.startsWith('.staging-')) await rm(join(outDir, entry), { recursive: true, force: true });
}

function plan(manifest: Manifest, kits: readonly Kit[], staging: string): Journal {
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

/** On disk before the journal that moves it is committed: a power cut cannot leave an empty deck in place of the old one. */
async function writeDurably(path: string, bytes: Uint8Array | string): Promise<void> {
  const handle = await open(path, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** The commit point: the journal is complete on disk before it takes its name. */
async function commit(path: string, journal: Journal): Promise<void> {
  const temporary = `${path}.${process.pid}`;
  await writeDurably(temporary, JSON.stringify(journal));
  await rename(temporary, path);
}

/** Carries out a journal; run again after a crash, it skips the moves already made. */
async function apply(outDir: string, journal: Journal): Promise<void> {
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

async function readManifest(meta: string): Promise<Manifest> {
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

function readJournal(text: string): Journal | undefined {
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

/**
 * Refuses, before anything moves, a client folder that is a file or a link to nowhere, or an artefact
 * that is a folder. Returns the files in the kit's places that no build of ours wrote (out-relative).
 */
async function checkTarget(outDir: string, kit: Kit, manifest: Manifest): Promise<string[]> {
  const dir = join(outDir, kit.clientId);
  const info = await stat(dir).catch(() => undefined);
  if (!info) {
    const link = await lstat(dir).catch(() => undefined);
    if (link?.isSymbolicLink())
      throw new OutputError(
        `${dir} is a link to ${await readlink(dir)}, which does not exist, and the kit of client \`${kit.clientId}\` goes there; fix or remove the link and build again`,
      );
    return [];
  }
  if (!info.isDirectory())
    throw new OutputError(
      `${dir} is a file, and the kit of client \`${kit.clientId}\` goes in a folder of that name; move the file away and build again`,
    );
  const ours = new Set(manifest.clients[kit.clientId] ?? []);
  const foreign: string[] = [];
  for (const file of kit.files) {
    const existing = await stat(join(dir, file.name)).catch(() => undefined);
    if (existing && !existing.isFile())
      throw new OutputError(
        `${join(dir, file.name)} is a folder, where the build writes its ${file.name}; move it away and build again`,
      );
    if (existing && !ours.has(file.name)) foreign.push(`${kit.clientId}/${file.name}`);
  }
  return foreign;
}

function notOurs(outDir: string, foreign: readonly string[]): string {
  const list = foreign.map((f) => `\n  ${join(outDir, f)}`).join('');
  return `${foreign.length === 1 ? 'a file' : `${foreign.length} files`} in the output folder ${outDir} would be replaced, and no workshop-kit build wrote ${foreign.length === 1 ? 'it' : 'them'} (${META_DIR}/manifest.json lists what a build wrote; an out/ copied from elsewhere has none):${list}\nmove ${foreign.length === 1 ? 'it' : 'them'} away, choose another --out, or build with --force to replace ${foreign.length === 1 ? 'it' : 'them'}`;
}

/**
 * Writes every kit into the staging folder, after checking that every folder a kit goes in takes a
 * file by rename from there: a read-only folder, or one on another disk, found half-way through the
 * moves would leave some clients' kits new and others old. On failure the staging folder goes.
 */
async function stage(outDir: string, staging: string, kits: readonly Kit[]): Promise<void> {
  try {
    await probeTargets(outDir, staging, kits);
    for (const kit of kits) {
      await mkdir(join(staging, kit.clientId));
      for (const file of kit.files) await writeDurably(join(staging, kit.clientId, file.name), file.bytes);
    }
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

async function probeTargets(outDir: string, staging: string, kits: readonly Kit[]): Promise<void> {
  const probe = join(staging, 'probe');
  await writeFile(probe, '');
  // A client folder not made yet is made in out/ itself.
  const folders = new Map<string, string>();
  for (const kit of kits) {
    const dir = join(outDir, kit.clientId);
    if (await lstat(dir).catch(() => undefined)) folders.set(dir, `the kit of client \`${kit.clientId}\``);
    else if (!folders.has(outDir)) folders.set(outDir, `the kit of client \`${kit.clientId}\``);
  }
  for (const [folder, what] of folders) {
    const target = join(folder, `${META_DIR}-probe-${process.pid}`);
    try {
      await rename(probe, target);
    } catch (error) {
      const why = whatWentWrong(error);
      if (!why) throw error;
      throw new OutputError(
        `cannot write ${what} into ${folder}: ${why}; nothing was changed. Fix the folder (or move it away) and build again`,
      );
    }
    await rename(target, probe);
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * `mkdir -p` one level at a time. Node's recursive mkdir never returns when a parent refuses
 * folders without saying why (it loops on /proc/self/x); here each level is made once and a
 * failure is an error.
 */
async function makeFolders(path: string): Promise<void> {
  const missing: string[] = [];
  for (let p = path; !(await exists(p)); p = dirname(p)) {
    if (dirname(p) === p) break;
    missing.unshift(p);
  }
  for (const folder of missing) {
    try {
      await mkdir(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}
