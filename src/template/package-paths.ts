// Part names inside an OPC package (a .pptx or .potx): what a relationship's target names, where a part's
// relationships live, and which names are parts at all. A client's package is untrusted: a name that would leave the
// package (`..` past its root, an absolute path, a drive, a URI) is no part.

export const baseName = (part: string) => part.slice(part.lastIndexOf('/') + 1);

/** The relationships part of a part: ppt/slideMasters/_rels/slideMaster1.xml.rels. */
export const relsOf = (part: string) => `${part.slice(0, part.lastIndexOf('/') + 1)}_rels/${baseName(part)}.rels`;

/** A zip entry name that can be a part: relative, forward slashes, no empty, `.` or `..` segment, no drive or control character. */
export function isPartName(name: string): boolean {
  if (name === '' || /[\\:\u0000-\u001f]/.test(name)) return false;
  return name.split('/').every((step) => step !== '' && step !== '.' && step !== '..');
}

/**
 * The part a relationship of `from` targets, or undefined when the target is not a part of this package: a URI
 * with a scheme, a path that climbs past the package's root, an empty segment (`//host`). Some tools write Windows
 * separators and percent-encoded names; PowerPoint reads both.
 */
export function resolvePart(from: string, written: string): string | undefined {
  let target = written.replace(/\\/g, '/');
  try {
    target = decodeURIComponent(target);
  } catch {
    // a stray % stays as written
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return undefined;
  const out = target.startsWith('/') ? [] : from.split('/').slice(0, -1);
  for (const step of target.replace(/^\//, '').split('/')) {
    if (step === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else if (step !== '.') out.push(step);
  }
  const part = out.join('/');
  return isPartName(part) ? part : undefined;
}

/** `to` relative to the folder of `from`, as relationship targets are written. */
export function relativeTarget(from: string, to: string): string {
  const a = from.split('/').slice(0, -1);
  const b = to.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}
