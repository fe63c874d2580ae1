// Watching a content folder for saves, as every editor saves (in place, or a copy renamed over the file).
import { type Dirent, type FSWatcher, readdirSync, statSync, watch as watchFs } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** How often a content folder that is gone is looked for again, in milliseconds. */
const ROOT_POLL_MS = 500;

/**
 * Watches every folder of the tree, each on its own. Node 20's `recursive` watcher on Linux
 * watches files, and loses a file that an editor saves by writing a copy and renaming it
 * over the original (vim, sed -i); a folder's watch sees those renames. A folder deleted and made
 * again (a checkout, `rm -rf` and a copy) is watched afresh; so is the content folder itself, looked
 * for again until it is back. Returns what stops every watch.
 */
export function watchTree(root: string, onChange: (path: string) => void): () => void {
  const watched = new Map<string, FSWatcher>();
  let polling: NodeJS.Timeout | undefined;
  /** Drops the watches of a folder that is gone and of every folder under it: Node tells a dead watch nothing. */
  const forget = (dir: string): void => {
    for (const [path, watcher] of watched)
      if (path === dir || path.startsWith(dir + sep)) {
        watcher.close();
        watched.delete(path);
      }
  };
  const awaitRoot = (): void => {
    polling ??= setInterval(() => {
      if (!isFolder(root)) return;
      clearInterval(polling);
      polling = undefined;
      add(root);
      onChange('');
    }, ROOT_POLL_MS);
  };
  const add = (dir: string): void => {
    if (watched.has(dir)) return;
    let watcher: FSWatcher;
    try {
      watcher = watchFs(dir, (_event, name) => {
        const path = name ? join(dir, name.toString()) : dir;
        onChange(relative(root, path).split(sep).join('/'));
        // A new or renamed folder needs its own watch; a deleted one drops its watcher.
        // The file may be gone by now (an editor's temporary file, renamed over the real one): never throw here.
        if (name && isFolder(path)) add(path);
        else if (name) forget(path);
        if (!isFolder(dir)) {
          forget(dir);
          if (dir === root) awaitRoot();
        }
      });
    } catch {
      if (dir === root) awaitRoot();
      return;
    }
    watcher.on('error', () => {
      forget(dir);
      if (dir === root) awaitRoot();
    });
    watched.set(dir, watcher);
    let entries: Dirent[] = [];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      // Removed or made unreadable since the watch began: its own watcher reports the change.
    }
    for (const entry of entries) {
      if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules')
        add(join(dir, entry.name));
    }
  };
  add(root);
  return () => {
    clearInterval(polling);
    for (const watcher of watched.values()) watcher.close();
    watched.clear();
  };
}

/** Whether `path` is a folder now; false for anything gone or unreadable (the watcher must never throw). */
function isFolder(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
  } catch {
    return false;
  }
}
