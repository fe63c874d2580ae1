// Write stage: every client's artefacts are staged, then moved into out/<client>/ under a journal, so a build killed
// at any point leaves the previous kits or the new ones (the next build finishes a move it finds half done), and a
// file in out/ the tool did not write is never touched.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Kit } from '../model/artefact.js';
import { exists, makeFolders } from './disk.js';
import { OutputError, outputError } from './errors.js';
import { apply, commit, META_DIR, plan, readJournal, readManifest } from './journal.js';
import { acquireLock } from './lock.js';
import { checkTarget, notOurs, stage } from './staging.js';

export type { Artefact, Kit } from '../model/artefact.js';

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
