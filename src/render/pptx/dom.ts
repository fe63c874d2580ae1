// XML parts read and edited as XML (@xmldom/xmldom, as the template reader does): elements are found by namespace and
// local name, so a part is understood whatever prefixes and quotes the program that wrote it chose.
import { DOMParser, XMLSerializer, type Document as XmlDocument, type Element as XmlElement } from '@xmldom/xmldom';

export const NS = {
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  p: 'http://schemas.openxmlformats.org/presentationml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  rels: 'http://schemas.openxmlformats.org/package/2006/relationships',
} as const;

export function parseXmlText(xml: string): XmlDocument {
  return new DOMParser().parseFromString(xml, 'text/xml');
}

export function serialiseXml(doc: XmlDocument): string {
  return new XMLSerializer().serializeToString(doc);
}

/** Every element under `root` (itself excluded) in that namespace with that local name, in document order. */
export function elements(root: XmlElement | XmlDocument, ns: string, local: string): XmlElement[] {
  const list = root.getElementsByTagNameNS(ns, local);
  return Array.from({ length: list.length }, (_, i) => list.item(i)!);
}

/** The children of `parent` in that namespace with that local name. */
export function direct(parent: XmlElement | undefined, ns: string, local: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n = parent?.firstChild; n; n = n.nextSibling) {
    const el = n as unknown as XmlElement;
    if (el.nodeType === 1 && el.namespaceURI === ns && el.localName === local) out.push(el);
  }
  return out;
}

/** The first child element of `parent`, whatever it is. */
export function firstElement(parent: XmlElement | undefined): XmlElement | undefined {
  for (let n = parent?.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) return n as unknown as XmlElement;
  return undefined;
}

/** A new element in `ns`, written with the prefix `beside` uses for it (none where that namespace is the default). */
export function createBeside(beside: XmlElement, ns: string, local: string): XmlElement {
  const prefix = beside.lookupPrefix(ns);
  return beside.ownerDocument!.createElementNS(ns, prefix ? `${prefix}:${local}` : local);
}
