// What every reader of a template's XML parts shares: the namespaces, the element lookups, a part's relationships,
// and EMU (the unit PresentationML measures in) to inches.

import type { Element as XmlElement } from '@xmldom/xmldom';
import { type Parts, relationshipsOf } from './package.js';

export const P = 'http://schemas.openxmlformats.org/presentationml/2006/main';
export const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
export const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** EMU to the inch. */
export const EMU = 914400;

/** The direct child elements in `ns`, those named `local` where it is given. */
export function children(parent: XmlElement | undefined, ns: string, local?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n = parent?.firstChild; n; n = n.nextSibling) {
    const el = n as unknown as XmlElement;
    if (el.nodeType === 1 && el.namespaceURI === ns && (local === undefined || el.localName === local)) out.push(el);
  }
  return out;
}

/** The first direct child element named `local` in `ns`. */
export function child(parent: XmlElement | undefined, ns: string, local: string): XmlElement | undefined {
  for (let n = parent?.firstChild; n; n = n.nextSibling) {
    const el = n as unknown as XmlElement;
    if (el.nodeType === 1 && el.namespaceURI === ns && el.localName === local) return el;
  }
  return undefined;
}

/** The first element named `local` in `ns` anywhere under `root`. */
export function first(root: XmlElement, ns: string, local: string): XmlElement | undefined {
  return root.getElementsByTagNameNS(ns, local).item(0) ?? undefined;
}

export function* byTag(root: XmlElement, ns: string, local: string): Generator<XmlElement> {
  const list = root.getElementsByTagNameNS(ns, local);
  for (let i = 0; i < list.length; i++) yield list.item(i)!;
}

/** An attribute as a number, NaN where it is missing. */
export const num = (el: XmlElement | undefined, attr: string) => Number(el?.getAttribute(attr) ?? 'NaN');

/** A part's relationships within the package: id -> part name. */
export function relationships(parts: Parts, part: string): Map<string, string> {
  return new Map(relationshipsOf(parts, part).flatMap((r) => (r.target ? [[r.id, r.target] as [string, string]] : [])));
}

export const round3 = (n: number) => Math.round(n * 1000) / 1000;
