// A client's package (.potx, .pptx) read as untrusted input: it ends up inside a deck sent to other people. Unzipping
// is bounded (entries, each part's size, the total) before anything is inflated; XML is parsed without a DTD; and of
// the parts only what a deck needs travels on (masters, layouts, their themes and pictures), each XML part written
// anew by the XML library with its links to the outside and to parts not carried removed.

import { DOMParser, XMLSerializer, type Element as XmlElement } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import { inspectImage } from '../util/image.js';
import { MAX_PIXELS } from '../util/image-check.js';
import { baseName, isPartName, relativeTarget, relsOf, resolvePart } from './package-paths.js';

/** A template that cannot be used, with what to do about it. */
export class TemplateProblem extends Error {}

const MB = 1024 * 1024;
/** Far above any real template (hundreds of parts; masters and layouts well under 1 MB; pictures of a few MB). */
export const PACKAGE_LIMITS = { entries: 5000, xmlBytes: 16 * MB, partBytes: 64 * MB, totalBytes: 256 * MB } as const;

const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export type Parts = Record<string, Uint8Array>;

/** The package's parts by name, every entry within the limits; entries named outside the package are left out, with a notice. */
export function unpack(bytes: Uint8Array, notices: string[]): Parts {
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new TemplateProblem(
      'is password-protected (or an old binary .pot/.ppt): remove the password in PowerPoint (File › Info › Protect Presentation) and save it as .potx',
    );
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b))
    throw new TemplateProblem(
      'is not a PowerPoint file (it is not a zip package); use a .potx or .pptx saved by PowerPoint',
    );
  let entries = 0;
  let total = 0;
  const strays: string[] = [];
  // fflate inflates each entry into a buffer of the size the zip declares and never grows it, so the declared sizes
  // checked here bound the memory, whatever the compressed data really holds.
  const admit = (file: { name: string; originalSize: number }): boolean => {
    if (++entries > PACKAGE_LIMITS.entries)
      throw new TemplateProblem(
        `holds more than ${PACKAGE_LIMITS.entries} files; a PowerPoint template has a few hundred at most`,
      );
    if (file.name.endsWith('/')) return false;
    if (!isPartName(file.name)) {
      strays.push(file.name);
      return false;
    }
    const limit = /\.(xml|rels)$/i.test(file.name) ? PACKAGE_LIMITS.xmlBytes : PACKAGE_LIMITS.partBytes;
    if (file.originalSize > limit)
      throw new TemplateProblem(
        `holds a part of ${megabytes(file.originalSize)} (${file.name}); parts of a template are at most ${megabytes(limit)}: compress its pictures in PowerPoint (File › Compress Pictures) and save it again`,
      );
    total += file.originalSize;
    if (total > PACKAGE_LIMITS.totalBytes)
      throw new TemplateProblem(
        `unpacks to more than ${megabytes(PACKAGE_LIMITS.totalBytes)}; compress its pictures in PowerPoint (File › Compress Pictures) and save it again`,
      );
    return true;
  };
  let parts: Parts;
  try {
    parts = unzipSync(bytes, { filter: admit });
  } catch (error) {
    if (error instanceof TemplateProblem) throw error;
    throw new TemplateProblem('is a damaged zip package; save it again from PowerPoint');
  }
  if (strays.length)
    notices.push(
      `${count(strays.length, 'zip entry', 'zip entries')} named outside the package ${strays.length === 1 ? 'is' : 'are'} ignored (${listed(strays)})`,
    );
  return parts;
}

/** A part's XML, parsed; a DTD (entity expansion, external entities) or a part that is not well-formed makes the template unusable. */
export function parseXml(parts: Parts, name: string): XmlElement {
  const data = parts[name];
  if (!data) throw new TemplateProblem(`lacks its part ${name}; open it in PowerPoint and save it again`);
  const text = new TextDecoder().decode(data);
  if (/<!(DOCTYPE|ENTITY)/i.test(text))
    throw new TemplateProblem(
      `has a part with a document type declaration (${name}), which PowerPoint never writes and a package may not hold; save the template again from PowerPoint`,
    );
  let problem = '';
  let root: XmlElement | undefined;
  try {
    const doc = new DOMParser({
      onError: (level, message) => void (level !== 'warning' && (problem ||= message)),
    }).parseFromString(text, 'text/xml');
    root = (doc.documentElement ?? undefined) as unknown as XmlElement | undefined;
  } catch {
    problem ||= 'unreadable';
  }
  if (problem || !root)
    throw new TemplateProblem(
      `has a part that is not well-formed XML (${name}); open it in PowerPoint and save it again`,
    );
  return root;
}

export interface Relationship {
  id: string;
  /** The last segment of its type: slideLayout, theme, image... */
  type: string;
  /** The part it points to, when it points inside the package. */
  target?: string;
  written: string;
  external: boolean;
}

/** A part's relationships as written, each with the part it resolves to (none for external or escaping targets). */
export function relationshipsOf(parts: Parts, part: string): Relationship[] {
  if (!parts[relsOf(part)]) return [];
  const list = parseXml(parts, relsOf(part)).getElementsByTagNameNS(RELS_NS, 'Relationship');
  const out: Relationship[] = [];
  for (let i = 0; i < list.length; i++) {
    const r = list.item(i)!;
    const written = r.getAttribute('Target') ?? '';
    const external = r.getAttribute('TargetMode') === 'External';
    const type = r.getAttribute('Type') ?? '';
    const target = external ? undefined : resolvePart(part, written);
    out.push({
      id: r.getAttribute('Id') ?? '',
      type: type.slice(type.lastIndexOf('/') + 1),
      written,
      external,
      ...(target ? { target } : {}),
    });
  }
  return out;
}

/** A relationships part listing `rels` of `part`, targets relative to it. */
export function relationshipsXml(part: string, rels: readonly { id: string; type: string; target: string }[]): string {
  const items = rels.map(
    (r) =>
      `<Relationship Id="${attrText(r.id)}" Type="${R_NS}/${attrText(r.type)}" Target="${attrText(relativeTarget(part, r.target))}"/>`,
  );
  return `${XML_DECLARATION}<Relationships xmlns="${RELS_NS}">${items.join('')}</Relationships>`;
}

type Carried = 'xml' | 'picture';

/**
 * The parts a deck takes from the template, reached from its masters: layouts, themes and pictures (a picture over
 * the pixel limit is not one), every XML part re-serialised without what pointed elsewhere. Links to the outside
 * (PowerPoint may fetch them when the deck opens) and targets outside the package are dropped with a notice.
 */
export function carriedParts(parts: Parts, masters: readonly string[], notices: string[]): Parts {
  const kinds = new Map<string, Carried>(masters.map((m) => [m, 'xml']));
  const queue = [...masters];
  const out: Parts = {};
  const external: string[] = [];
  const outside: string[] = [];
  const oversized: string[] = [];
  const encoder = new TextEncoder();
  for (let q = 0; q < queue.length; q++) {
    const part = queue[q]!;
    if (kinds.get(part) === 'picture') {
      out[part] = parts[part]!;
      continue;
    }
    const kept: { id: string; type: string; target: string }[] = [];
    for (const rel of relationshipsOf(parts, part)) {
      if (rel.external) external.push(`${rel.written} in ${baseName(part)}`);
      else if (!rel.target) outside.push(`${rel.written} in ${baseName(part)}`);
      const kind = rel.target ? carriedKind(rel, part, parts, masters) : undefined;
      if (kind === 'oversized') oversized.push(rel.target!);
      if (!rel.target || !kind || kind === 'oversized') continue;
      if (!kinds.has(rel.target)) {
        kinds.set(rel.target, kind);
        queue.push(rel.target);
      }
      kept.push({ id: rel.id, type: rel.type, target: rel.target });
    }
    const root = parseXml(parts, part);
    withoutDanglingLinks(root, new Set(kept.map((r) => r.id)));
    out[part] = encoder.encode(serialise(root));
    if (kept.length) out[relsOf(part)] = encoder.encode(relationshipsXml(part, kept));
  }
  if (external.length)
    notices.push(
      `${count(external.length, 'link', 'links')} to outside files or addresses ${external.length === 1 ? 'is' : 'are'} not carried into the deck, as PowerPoint could fetch ${external.length === 1 ? 'it' : 'them'} when the deck opens (${listed(external)})`,
    );
  if (outside.length)
    notices.push(
      `${count(outside.length, 'link', 'links')} to places outside the package ${outside.length === 1 ? 'is' : 'are'} not carried into the deck (${listed(outside)})`,
    );
  if (oversized.length)
    notices.push(
      `${count(new Set(oversized).size, 'picture', 'pictures')} of more than ${MAX_PIXELS / 1_000_000} megapixels ${new Set(oversized).size === 1 ? 'is' : 'are'} left out of the deck and the PDFs (${listed([...new Set(oversized)])}): save smaller pictures in PowerPoint (File › Compress Pictures)`,
    );
  return out;
}

/** Whether a relationship's target travels with the deck, and as what. */
function carriedKind(
  rel: Relationship,
  from: string,
  parts: Parts,
  masters: readonly string[],
): Carried | 'oversized' | undefined {
  const data = parts[rel.target!];
  if (!data && (rel.type === 'slideLayout' || rel.type === 'theme')) {
    throw new TemplateProblem(
      `lacks ${rel.target}, which ${baseName(from)} uses; open it in PowerPoint and save it again`,
    );
  }
  if (!data && rel.type === 'image') {
    throw new TemplateProblem(
      `lacks ${rel.target}, which ${baseName(from)} uses; open the template in PowerPoint, fix or remove that picture, and save it again`,
    );
  }
  if (!data) return undefined;
  switch (rel.type) {
    case 'slideLayout':
    case 'theme':
      return 'xml';
    case 'slideMaster':
      return masters.includes(rel.target!) ? 'xml' : undefined;
    case 'image': {
      if (!pictureKind(data)) return undefined;
      // A damaged picture or one the PDFs cannot draw travels as PowerPoint has it; one of too many pixels does not.
      return inspectImage(data).problem?.kind === 'too-many-pixels' ? 'oversized' : 'picture';
    }
    default:
      // Tags, custom XML, embedded objects, media, SVG pictures (their PNG fallback stays), links to example slides.
      return undefined;
  }
}

/** A picture format PowerPoint draws, by its bytes: PNG, JPEG, GIF, BMP, TIFF, EMF, WMF. */
export function pictureKind(bytes: Uint8Array): string | undefined {
  const at = (i: number, ...sig: number[]) => sig.every((b, k) => bytes[i + k] === b);
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (at(0, 0xff, 0xd8, 0xff)) return 'jpeg';
  if (at(0, 0x47, 0x49, 0x46, 0x38)) return 'gif';
  if (at(0, 0x42, 0x4d)) return 'bmp';
  if (at(0, 0x49, 0x49, 0x2a, 0x00) || at(0, 0x4d, 0x4d, 0x00, 0x2a)) return 'tiff';
  if (at(0, 0x01, 0x00, 0x00, 0x00) && at(40, 0x20, 0x45, 0x4d, 0x46)) return 'emf';
  if (at(0, 0xd7, 0xcd, 0xc6, 0x9a) || at(0, 0x01, 0x00, 0x09, 0x00) || at(0, 0x02, 0x00, 0x09, 0x00)) return 'wmf';
  return undefined;
}

/** Elements whose link is optional: a picture or hyperlink without it stays valid (an empty picture, plain text). */
const OPTIONAL_LINKS = new Set(['blip', 'hlinkClick', 'hlinkHover', 'hlinkMouseOver']);

/** Removes every reference to a relationship not kept: the attribute where the element stands without it, else the element. */
function withoutDanglingLinks(root: XmlElement, kept: ReadonlySet<string>): void {
  const dangling: { el: XmlElement; attr: string }[] = [];
  const all = root.getElementsByTagName('*');
  for (const el of [root, ...Array.from({ length: all.length }, (_, i) => all.item(i)!)]) {
    for (let i = 0; i < el.attributes.length; i++) {
      const a = el.attributes.item(i)!;
      if (a.namespaceURI === R_NS && !kept.has(a.value)) dangling.push({ el, attr: a.localName ?? a.name });
    }
  }
  for (const { el, attr } of dangling) {
    if (OPTIONAL_LINKS.has(el.localName ?? '') || el === root) el.removeAttributeNS(R_NS, attr);
    else removeWithEmptyExtensions(el);
  }
}

/** Removes an element, and the extension (`ext`) or list that holds nothing else once it is gone. */
function removeWithEmptyExtensions(el: XmlElement): void {
  let node: XmlElement | null = el;
  while (node?.parentNode) {
    const parent = node.parentNode as unknown as XmlElement;
    parent.removeChild(node);
    const holdsElements = Array.from({ length: parent.childNodes.length }, (_, i) => parent.childNodes.item(i)!).some(
      (n) => n.nodeType === 1,
    );
    node = !holdsElements && (parent.localName === 'ext' || parent.localName === 'extLst') ? parent : null;
  }
}

function serialise(root: XmlElement): string {
  return `${XML_DECLARATION}${new XMLSerializer().serializeToString(root as never)}`;
}

const attrText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const megabytes = (n: number) => `${Math.round(n / MB)} MB`;
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
/** Names for a message: the first five, and how many more. */
const listed = (names: readonly string[]) =>
  names.length > 5 ? `${names.slice(0, 5).join(', ')} and ${names.length - 5} more` : names.join(', ');
