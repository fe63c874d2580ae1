// Lists the content folder: every file the load reads, none that could trap it, and the client files it leaves out.
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { unreadable } from './source-file.js';

/** Lists files under `dir` as root-relative paths, following symlinks only while they stay inside the root. */
export async function listFiles(dir: string, root: string, diagnostics: Diagnostic[]): Promise<string[]> {
  const out: string[] = [];
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    diagnostics.push({
      ...unreadable(error, `${relative(root, dir).split(sep).join('/') || '.'}/`),
      message: 'cannot read the folder: its files are not part of the build; give yourself read permission on it',
    });
    return out;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    let absolute = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        absolute = await realpath(absolute);
      } catch {
        continue;
      }
      if (!isInside(root, absolute)) continue;
      const info = await stat(absolute).catch(() => undefined);
      if (!info) continue;
      isDir = info.isDirectory();
      isFile = info.isFile();
      // A linked folder could loop, and a FIFO, device or socket would block the read: only linked files are followed.
      if (!isFile) continue;
      const rel = relative(root, join(dir, entry.name)).split(sep).join('/');
      out.push(rel);
      continue;
    }
    if (isDir) {
      if (entry.name === 'node_modules') continue;
      out.push(...(await listFiles(absolute, root, diagnostics)));
    } else if (isFile) {
      out.push(relative(root, absolute).split(sep).join('/'));
    }
    // Anything else (a FIFO, a device, a socket) is never opened: reading it could wait for ever.
  }
  return out.sort();
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep);
}

/** Every client file is built without being named, so one the build skips is a kit that silently is not made. */
export async function skippedClients(rootReal: string, files: readonly string[]): Promise<Diagnostic[]> {
  const hidden = (await readdir(join(rootReal, 'clients')).catch(() => [] as string[])).filter(
    (name) => name.startsWith('.') && /\.ya?ml$/i.test(name),
  );
  const warnings = hidden
    .sort()
    .map((name) => skippedClient(`clients/${name}`, 'its name starts with a dot, which hides it'));
  for (const path of files) {
    const [folder, name, ...rest] = path.split('/');
    const ext = extname(path).toLowerCase();
    if (folder === 'clients' && rest.length === 0 && name && !['.yaml', '.yml', '.md', '.markdown'].includes(ext))
      warnings.push(skippedClient(path, `client files end in .yaml, and this one ends in ${ext || 'no extension'}`));
  }
  return warnings;
}

function skippedClient(path: string, why: string): Diagnostic {
  const id = path.slice('clients/'.length).replace(/^\.+/, '').split('.')[0] || 'the-client';
  return {
    rule: 'content/skipped-client',
    message: `not read, so no kit is built for it: ${why}; rename it to clients/${id}.yaml to build it, or to clients/_${id}.yaml to keep it unbuilt without this warning`,
    source: { file: path, line: 1, column: 1 },
  };
}
