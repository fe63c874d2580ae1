// One build at a time writes into an output folder: a lock file naming the process that holds it.
import { open, readFile, rename, rm, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { OutputError } from './errors.js';

const WAIT_MS = 30_000;
const POLL_MS = 100;
/** A lock file with no owner written yet is only that young while its owner is writing it. */
const UNWRITTEN_GRACE_MS = 5_000;

interface Owner {
  pid: number;
  host: string;
}

/**
 * Takes the lock at `path`, waiting up to 30 s for another build to finish; a lock whose process
 * is gone (killed mid-build) is taken over. Returns the function that releases it.
 */
export async function acquireLock(path: string, outDir: string, waitMs = WAIT_MS): Promise<() => Promise<void>> {
  const deadline = Date.now() + waitMs;
  const me: Owner = { pid: process.pid, host: hostname() };
  for (;;) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(JSON.stringify(me));
      await handle.close();
      return () => rm(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = await readOwner(path);
    if (owner === 'gone') continue;
    if (owner === 'stale' || (owner !== 'unwritten' && !alive(owner))) {
      await takeOver(path);
      continue;
    }
    if (Date.now() > deadline) {
      const who = owner === 'unwritten' ? 'another build' : `another workshop-kit build (process ${owner.pid}${owner.host === me.host ? '' : ` on ${owner.host}`})`;
      throw new OutputError(`${who} is writing to ${outDir} and has not finished after ${Math.round(waitMs / 100) / 10} s; wait for it, or stop it, and build again`);
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

async function readOwner(path: string): Promise<Owner | 'unwritten' | 'stale' | 'gone'> {
  try {
    const text = await readFile(path, 'utf8');
    const owner = JSON.parse(text) as Partial<Owner>;
    if (typeof owner.pid === 'number' && typeof owner.host === 'string') return { pid: owner.pid, host: owner.host };
    return 'stale';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    // Empty or half-written: its owner may be writing it now, or died doing so.
    const age = await stat(path).then((s) => Date.now() - s.mtimeMs, () => 0);
    return age > UNWRITTEN_GRACE_MS ? 'stale' : 'unwritten';
  }
}

/** Whether the owner still runs. A lock from another machine (a shared folder) is assumed held. */
function alive(owner: Owner): boolean {
  if (owner.host !== hostname()) return true;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Moves a dead build's lock aside (only one waiting build wins the rename) and removes it. */
async function takeOver(path: string): Promise<void> {
  const aside = `${path}.stale-${process.pid}`;
  try {
    await rename(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return;
  }
  await rm(aside, { force: true });
}
