// Watching a content folder for saves, as every editor saves (in place, or a copy renamed over the file).
import { type Dirent, type FSWatcher, readdirSync, statSync, watch as watchFs } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Watches every folder of the tree, each on its own. Node 20's `recursive` watcher on Linux
 * watches files, and loses a file that an editor saves by writing a copy and renaming it
 * over the original (vim, sed -i); a folder's watch sees those renames.
 */
export function watchTree(root: string, onChange: (path: string) => void): () => void {
  const watched = new Map<string, FSWatcher>();
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
      });
    } catch {
      return;
    }
    watcher.on('error', () => {
      watcher.close();
      watched.delete(dir);
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
