// Whether the folder given as --out can take the kits, asked before anything is read or rendered.
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';

/** Why `--out` cannot hold kits, if it cannot: it is a file, or it overlaps the content folder. */
export async function unusableOutDir(path: string, contentDir: string): Promise<string | undefined> {
  const info = await stat(resolve(path)).catch(() => undefined);
  if (info && !info.isDirectory()) return `output folder is a file, not a folder: ${path}`;
  const out = await realPathOfNearest(resolve(path));
  const content = await realPathOfNearest(resolve(contentDir));
  const inside = (child: string, parent: string) =>
    child === parent || child.startsWith(parent.endsWith(sep) ? parent : parent + sep);
  if (inside(content, out))
    return `the output folder ${path} ${out === content ? 'is' : 'contains'} the content folder ${contentDir}; a build would write kits among your content. Choose an --out outside it (the default is out/)`;
  // Anywhere inside: the build reads every file of the content folder (an image may be anywhere in it), and
  // folders it reads only once they exist (themes/) would take in the kits on the next build.
  if (inside(out, content))
    return `the output folder ${path} is inside the content folder ${contentDir}, which the build reads; choose an --out outside it (the default is out/)`;
  return undefined;
}

/** The real path of `path`, or of its nearest existing ancestor with the rest appended (an --out not yet made). */
async function realPathOfNearest(path: string): Promise<string> {
  let rest = '';
  for (let p = path; ; ) {
    try {
      return join(await realpath(p), rest);
    } catch {
      const parent = dirname(p);
      if (parent === p) return path;
      rest = join(basename(p), rest);
      p = parent;
    }
  }
}
