// What of a client's package travels into the deck, each XML part rewritten without links outside or to parts left out.
import { XMLSerializer, type Element as XmlElement } from '@xmldom/xmldom';
import { inspectImage } from '../util/image.js';
import { MAX_PIXELS } from '../util/image-check.js';
import {
  count,
  listed,
  type Parts,
  parseXml,
  pictureKind,
  R_NS,
  type Relationship,
  relationshipsOf,
  relationshipsXml,
  TemplateProblem,
  XML_DECLARATION,
} from './package.js';
import { baseName, relsOf } from './package-paths.js';

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
