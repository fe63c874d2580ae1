// File system steps the write stage builds on: a write that is on disk when it returns, and folders made one level
// at a time.
import { mkdir, open, stat } from 'node:fs/promises';
import { dirname } from 'node:path';

/** On disk before the journal that moves it is committed: a power cut cannot leave an empty deck in place of the old one. */
export async function writeDurably(path: string, bytes: Uint8Array | string): Promise<void> {
  const handle = await open(path, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function exists(path: string): Promise<boolean> {
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
export async function makeFolders(path: string): Promise<void> {
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
