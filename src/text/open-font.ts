// Parses each font file once per process (or worker) for every user: the PDF renderer and the slide measurer share one copy.
import { readFileSync } from 'node:fs';
import { create } from 'fontkit';

const parsed = new Map<string, unknown>();

/** The fontkit font for a file, parsed on first use; callers type it with the slice of fontkit they use. */
export function openFont<T>(path: string): T {
  let font = parsed.get(path);
  if (font === undefined) {
    font = create(readFileSync(path));
    parsed.set(path, font);
  }
  return font as T;
}
