// Before the journal is committed: what already sits where the kits go, and the kits written to a staging folder.
import { lstat, mkdir, readlink, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kit } from '../model/artefact.js';
import { writeDurably } from './disk.js';
import { OutputError, whatWentWrong } from './errors.js';
import { type Manifest, META_DIR } from './journal.js';

/**
 * Refuses, before anything moves, a client folder that is a file or a link to nowhere, or an artefact
 * that is a folder. Returns the files in the kit's places that no build of ours wrote (out-relative).
 */
export async function checkTarget(outDir: string, kit: Kit, manifest: Manifest): Promise<string[]> {
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

export function notOurs(outDir: string, foreign: readonly string[]): string {
  const list = foreign.map((f) => `\n  ${join(outDir, f)}`).join('');
  return `${foreign.length === 1 ? 'a file' : `${foreign.length} files`} in the output folder ${outDir} would be replaced, and no workshop-kit build wrote ${foreign.length === 1 ? 'it' : 'them'} (${META_DIR}/manifest.json lists what a build wrote; an out/ copied from elsewhere has none):${list}\nmove ${foreign.length === 1 ? 'it' : 'them'} away, choose another --out, or build with --force to replace ${foreign.length === 1 ? 'it' : 'them'}`;
}

/**
 * Writes every kit into the staging folder, after checking that every folder a kit goes in takes a
 * file by rename from there: a read-only folder, or one on another disk, found half-way through the
 * moves would leave some clients' kits new and others old. On failure the staging folder goes.
 */
export async function stage(outDir: string, staging: string, kits: readonly Kit[]): Promise<void> {
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
