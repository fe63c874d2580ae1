// A slide's placeholders with the frames PowerPoint shows them in: a placeholder without a frame of its own stands where
// its layout's does (matched by index, else by type), or where the master's of its kind does. Tests that read frames
// from a slide's XML read them through this, as the checks of a deck on a template must.
import { posix } from 'node:path';
import { strFromU8 } from 'fflate';

const MASTER_TYPE: Record<string, string> = {
  ctrTitle: 'title',
  title: 'title',
  subTitle: 'body',
  obj: 'body',
  body: 'body',
  tx: 'body',
};

type Placeholder = { type: string; idx?: string; xfrm?: string };

function targetOf(files: Record<string, Uint8Array>, part: string, kind: string): string | undefined {
  const rels = files[`${posix.dirname(part)}/_rels/${posix.basename(part)}.rels`];
  if (!rels) return undefined;
  const rel = [...strFromU8(rels).matchAll(/<Relationship ([^>]*)\/>/g)]
    .map((m) => m[1]!)
    .find((r) => new RegExp(`Type=["'][^"']*/${kind}["']`).test(r));
  const target = rel && /Target=["']([^"']*)["']/.exec(rel)?.[1];
  return target ? posix.normalize(posix.join(posix.dirname(part), target)) : undefined;
}

function placeholdersOf(xml: string): Placeholder[] {
  return [...xml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].flatMap((m) => {
    const ph = /<p:ph\b([^>]*)\/?>/.exec(m[1]!);
    if (!ph) return [];
    const type = /\btype="(\w+)"/.exec(ph[1]!)?.[1] ?? 'obj';
    const idx = /\bidx="(\d+)"/.exec(ph[1]!)?.[1];
    const xfrm = /<p:spPr>[\s\S]*?(<a:xfrm\b[\s\S]*?<\/a:xfrm>)/.exec(m[1]!)?.[1];
    return [{ type, ...(idx !== undefined ? { idx } : {}), ...(xfrm ? { xfrm } : {}) }];
  });
}

/** `slideXml` (the part `slide` of the package `files`) with a frame written into every placeholder that inherits its own. */
export function withInheritedFrames(files: Record<string, Uint8Array>, slide: string, slideXml: string): string {
  const layoutPart = targetOf(files, slide, 'slideLayout');
  const masterPart = layoutPart && targetOf(files, layoutPart, 'slideMaster');
  const layout = layoutPart && files[layoutPart] ? placeholdersOf(strFromU8(files[layoutPart])) : [];
  const master = masterPart && files[masterPart] ? placeholdersOf(strFromU8(files[masterPart])) : [];
  const kindOf = (type: string) => MASTER_TYPE[type] ?? type;
  const frameFor = (p: Placeholder): string | undefined => {
    const own =
      (p.idx !== undefined ? layout.find((l) => l.idx === p.idx) : undefined) ??
      layout.find((l) => kindOf(l.type) === kindOf(p.type) && (p.idx === undefined || l.idx === undefined));
    return own?.xfrm ?? master.find((m) => kindOf(m.type) === kindOf(own?.type ?? p.type))?.xfrm;
  };
  return slideXml.replace(/<p:sp>([\s\S]*?)<\/p:sp>/g, (whole, body: string) => {
    const [p] = placeholdersOf(whole);
    if (!p || p.xfrm) return whole;
    const xfrm = frameFor(p);
    if (!xfrm) return whole;
    return `<p:sp>${body.replace(/<p:spPr\/>/, `<p:spPr>${xfrm}</p:spPr>`).replace(/<p:spPr>(?!<a:xfrm)/, `<p:spPr>${xfrm}`)}</p:sp>`;
  });
}
