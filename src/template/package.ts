// A client's package (.potx, .pptx) read as untrusted input: it ends up inside a deck sent to other people. Unzipping
// is bounded (entries, each part's size, the total) before anything is inflated, and XML is parsed without a DTD;
// carried-parts.ts decides which parts travel on into the deck.

import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import { isPartName, relativeTarget, relsOf, resolvePart } from './package-paths.js';

/** A template that cannot be used, with what to do about it. */
export class TemplateProblem extends Error {}

const MB = 1024 * 1024;
/** Far above any real template (hundreds of parts; masters and layouts well under 1 MB; pictures of a few MB). */
export const PACKAGE_LIMITS = { entries: 5000, xmlBytes: 16 * MB, partBytes: 64 * MB, totalBytes: 256 * MB } as const;

const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

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

const attrText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const megabytes = (n: number) => `${Math.round(n / MB)} MB`;
export const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
/** Names for a message: the first five, and how many more. */
export const listed = (names: readonly string[]) =>
  names.length > 5 ? `${names.slice(0, 5).join(', ')} and ${names.length - 5} more` : names.join(', ');
