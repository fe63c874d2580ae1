// Part names inside an OPC package (a .pptx or .potx): what a relationship's target names, and where a part's relationships live.

export const baseName = (part: string) => part.slice(part.lastIndexOf('/') + 1);

/** The relationships part of a part: ppt/slideMasters/_rels/slideMaster1.xml.rels. */
export const relsOf = (part: string) => `${part.slice(0, part.lastIndexOf('/') + 1)}_rels/${baseName(part)}.rels`;

/** The part a relationship of `from` targets, as a package path. Some tools write Windows separators; PowerPoint reads them. */
export function resolvePart(from: string, written: string): string {
  const target = written.replace(/\\/g, '/');
  if (target.startsWith('/')) return target.slice(1);
  const out = from.split('/').slice(0, -1);
  for (const step of target.split('/')) {
    if (step === '..') out.pop();
    else if (step !== '.') out.push(step);
  }
  return out.join('/');
}
