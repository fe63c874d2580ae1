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
  const tree = new TreeWatch(root, onChange);
  tree.add(root);
  return () => tree.close();
}

class TreeWatch {
  private readonly watched = new Map<string, FSWatcher>();
  private polling: NodeJS.Timeout | undefined;

  constructor(
    private readonly root: string,
    private readonly onChange: (path: string) => void,
  ) {}

  add(dir: string): void {
    if (this.watched.has(dir)) return;
    let watcher: FSWatcher;
    try {
      watcher = watchFs(dir, (_event, name) => this.changed(dir, name?.toString()));
    } catch {
      if (dir === this.root) this.awaitRoot();
      return;
    }
    watcher.on('error', () => this.gone(dir));
    this.watched.set(dir, watcher);
    let entries: Dirent[] = [];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      // Removed or made unreadable since the watch began: its own watcher reports the change.
    }
    for (const entry of entries) {
      if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules')
        this.add(join(dir, entry.name));
    }
  }

  close(): void {
    clearInterval(this.polling);
    for (const watcher of this.watched.values()) watcher.close();
    this.watched.clear();
  }

  private changed(dir: string, name: string | undefined): void {
    const path = name ? join(dir, name) : dir;
    this.onChange(relative(this.root, path).split(sep).join('/'));
    // A new or renamed folder needs its own watch; a deleted one drops its watcher.
    // The file may be gone by now (an editor's temporary file, renamed over the real one): never throw here.
    if (name && isFolder(path)) this.add(path);
    else if (name) this.forget(path);
    if (!isFolder(dir)) this.gone(dir);
  }

  private gone(dir: string): void {
    this.forget(dir);
    if (dir === this.root) this.awaitRoot();
  }

  /** Drops the watches of a folder that is gone and of every folder under it: Node tells a dead watch nothing. */
  private forget(dir: string): void {
    for (const [path, watcher] of this.watched)
      if (path === dir || path.startsWith(dir + sep)) {
        watcher.close();
        this.watched.delete(path);
      }
  }

  private awaitRoot(): void {
    this.polling ??= setInterval(() => {
      if (!isFolder(this.root)) return;
      clearInterval(this.polling);
      this.polling = undefined;
      this.add(this.root);
      this.onChange('');
    }, ROOT_POLL_MS);
  }
}

/** Whether `path` is a folder now; false for anything gone or unreadable (the watcher must never throw). */
function isFolder(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
  } catch {
    return false;
  }
}
