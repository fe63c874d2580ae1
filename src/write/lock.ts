// One build at a time writes into an output folder: a lock file naming the process that holds it.
import { randomUUID } from 'node:crypto';
import { open, readFile, rm, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { OutputError } from './errors.js';

const WAIT_MS = 30_000;
const POLL_MS = 100;
/** A lock file with no owner written yet is only that young while its owner is writing it. */
const UNWRITTEN_GRACE_MS = 5_000;
/**
 * Writing a kit takes seconds. A lock from another machine (a shared folder, or a container whose
 * host name changes each run) cannot be checked for a live process, so age decides.
 */
const FOREIGN_STALE_MS = 10 * 60_000;

interface Owner {
  pid: number;
  host: string;
  token: string;
}

/** Locks this process holds now: a lock with our pid that is not among them was left by an earlier process with the same pid (pid 1 in containers). */
const heldHere = new Set<string>();

/**
 * Takes the lock at `path`, waiting up to 30 s for another build to finish; a lock whose process
 * is gone (killed mid-build) is taken over. Returns the function that releases it.
 */
export async function acquireLock(path: string, outDir: string, waitMs = WAIT_MS): Promise<() => Promise<void>> {
  const deadline = Date.now() + waitMs;
  const me: Owner = { pid: process.pid, host: hostname(), token: randomUUID() };
  for (;;) {
    // Held before the file exists: a build of this process reading it must never see it as left over.
    heldHere.add(me.token);
    if (await create(path, JSON.stringify(me))) return () => release(path, me.token);
    heldHere.delete(me.token);
    const owner = await readOwner(path);
    if (owner === 'gone') continue;
    if (await isStale(path, owner)) {
      await takeOver(path, owner);
      continue;
    }
    if (Date.now() > deadline) {
      const who =
        typeof owner !== 'object'
          ? 'another build'
          : `another workshop-kit build (process ${owner.pid}${owner.host === me.host ? '' : ` on ${owner.host}`})`;
      throw new OutputError(
        `${who} is writing to ${outDir} and has not finished after ${Math.round(waitMs / 100) / 10} s; wait for it, or stop it, and build again (if no build runs, delete ${path})`,
      );
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

async function create(path: string, content: string): Promise<boolean> {
  try {
    const handle = await open(path, 'wx');
    try {
      await handle.writeFile(content);
    } finally {
      await handle.close();
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** Removes the lock only while it is still ours: a release never deletes the lock of a build that took over. */
async function release(path: string, token: string): Promise<void> {
  const owner = await readOwner(path);
  if (typeof owner === 'object' && owner.token === token) await rm(path, { force: true });
  // Only now: until the file is gone, another build of this process must still see it as held.
  heldHere.delete(token);
}

type Seen = Owner | 'unwritten' | 'stale' | 'gone';

async function readOwner(path: string): Promise<Seen> {
  try {
    const text = await readFile(path, 'utf8');
    const owner = JSON.parse(text) as Partial<Owner>;
    if (typeof owner.pid === 'number' && typeof owner.host === 'string')
      return { pid: owner.pid, host: owner.host, token: String(owner.token ?? '') };
    return 'stale';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    // Empty or half-written: its owner may be writing it now, or died doing so.
    const age = await ageOf(path);
    return age > UNWRITTEN_GRACE_MS ? 'stale' : 'unwritten';
  }
}

async function ageOf(path: string): Promise<number> {
  return stat(path).then(
    (s) => Date.now() - s.mtimeMs,
    () => 0,
  );
}

async function isStale(path: string, owner: Seen): Promise<boolean> {
  if (owner === 'stale') return true;
  if (owner === 'unwritten' || owner === 'gone') return false;
  if (owner.host !== hostname()) return (await ageOf(path)) > FOREIGN_STALE_MS;
  if (owner.pid === process.pid) return !heldHere.has(owner.token);
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'EPERM';
  }
}

/**
 * Removes a dead build's lock. Builds that find the same stale lock take turns under a second,
 * short-lived lock and look again before removing, so none removes the lock another has just taken.
 */
async function takeOver(path: string, judged: Seen): Promise<void> {
  const guard = `${path}.takeover`;
  if (!(await create(guard, String(process.pid)))) {
    // A taker killed inside this guard leaves it behind; it is only ever held for milliseconds.
    if ((await ageOf(guard)) > UNWRITTEN_GRACE_MS) await rm(guard, { force: true });
    await new Promise((r) => setTimeout(r, POLL_MS / 10));
    return;
  }
  try {
    const now = await readOwner(path);
    const same =
      typeof judged === 'object'
        ? typeof now === 'object' && now.token === judged.token && now.pid === judged.pid
        : now === 'stale';
    if (same) await rm(path, { force: true });
  } finally {
    await rm(guard, { force: true });
  }
}
