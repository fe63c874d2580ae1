// Write stage: puts every client's artefacts in place only after all of them were built, so an error leaves out/ as it was.
import { mkdir, mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface Artefact {
  name: string;
  bytes: Uint8Array;
}

export interface Kit {
  clientId: string;
  files: Artefact[];
}

/**
 * Writes kits into `outDir/<client>/`: first into a staging folder, then each client folder is swapped in
 * by rename. If anything fails part-way, the folders already swapped are swapped back.
 */
export async function writeKits(outDir: string, kits: readonly Kit[]): Promise<void> {
  // Ids are validated; this guard keeps a client folder from ever being the output folder or outside it.
  for (const kit of kits) {
    if (!/^(?!\.\.?$)[^/\\]+$/.test(kit.clientId)) throw new Error(`unsafe client id for a folder name: ${JSON.stringify(kit.clientId)}`);
  }
  await mkdir(outDir, { recursive: true });
  const staging = await mkdtemp(join(outDir, '.staging-'));
  const swapped: { target: string; old?: string }[] = [];
  try {
    for (const kit of kits) {
      const dir = join(staging, kit.clientId);
      await mkdir(dir, { recursive: true });
      for (const file of kit.files) await writeFile(join(dir, file.name), file.bytes);
    }
    for (const kit of kits) {
      const target = join(outDir, kit.clientId);
      let old: string | undefined;
      if (await exists(target)) {
        old = join(staging, `.previous-${kit.clientId}`);
        await rename(target, old);
      }
      swapped.push({ target, ...(old ? { old } : {}) });
      await rename(join(staging, kit.clientId), target);
    }
  } catch (error) {
    for (const { target, old } of swapped.reverse()) {
      await rm(target, { recursive: true, force: true }).catch(() => undefined);
      if (old) await rename(old, target).catch(() => undefined);
    }
    throw error;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
