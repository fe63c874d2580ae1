// A slide's shape tree, flattened as PowerPoint shows it: groups undone (each shape placed through its groups'
// transforms), alternate content read as its fallback, every shape with its frame on the slide in inches and,
// for a placeholder, the layout's (or master's) placeholder it inherits its frame and text style from.

import type { Element as XmlElement } from '@xmldom/xmldom';
import { frameOf, groupPlace, type Place } from '../template/art.js';
import { A, child, children, P } from '../template/ooxml.js';
import { inheritedPlaceholder } from '../template/placeholders.js';
import type { TemplatePlaceholder } from '../template/types.js';
import type { Frame } from './types.js';

const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

export interface PlacedShape {
  el: XmlElement;
  /** sp, pic, graphicFrame, cxnSp or contentPart. */
  kind: string;
  name: string;
  /** Its alt text (`descr`), or its title where only that is given. */
  descr?: string;
  frame?: Frame;
  ph?: { type: string; idx?: number };
  /** The layout's or master's placeholder it inherits from. */
  inherited?: TemplatePlaceholder;
  /** Inside a group. */
  grouped: boolean;
  /** Hidden in PowerPoint's selection pane. */
  hidden: boolean;
  /** Turned (rot) or mirrored, or inside such a group. */
  turned: boolean;
}

/** The placeholders a slide's placeholder may inherit from: its layout's, then its master's. */
export interface Inheritance {
  layout: readonly TemplatePlaceholder[];
  master: readonly TemplatePlaceholder[];
}

/** Every shape of a slide (or notes page), back to front, groups undone. */
export function placedShapes(root: XmlElement, inheritance: Inheritance): PlacedShape[] {
  const out: PlacedShape[] = [];
  const walk = (tree: XmlElement | undefined, place: Place, grouped: boolean, turned: boolean) => {
    for (const el of elementsOf(tree)) {
      if (el.localName === 'grpSp') {
        const xfrm = child(child(el, P, 'grpSpPr'), A, 'xfrm');
        walk(el, groupPlace(xfrm, place), true, turned || isTurned(xfrm));
      } else if (['sp', 'pic', 'graphicFrame', 'cxnSp', 'contentPart'].includes(el.localName ?? '')) {
        out.push(placed(el, place, grouped, turned, inheritance));
      }
    }
  };
  walk(child(child(root, P, 'cSld'), P, 'spTree'), (f) => f, false, false);
  return out;
}

/** A tree's children in PresentationML, alternate content replaced by what a reader without its extension shows. */
function elementsOf(tree: XmlElement | undefined): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n = tree?.firstChild; n; n = n.nextSibling) {
    const el = n as unknown as XmlElement;
    if (el.nodeType !== 1) continue;
    if (el.namespaceURI === MC && el.localName === 'AlternateContent') {
      const chosen = child(el, MC, 'Fallback') ?? child(el, MC, 'Choice');
      out.push(...elementsOf(chosen));
    } else if (el.namespaceURI === P) out.push(el);
  }
  return out;
}

function placed(
  el: XmlElement,
  place: Place,
  grouped: boolean,
  groupTurned: boolean,
  inheritance: Inheritance,
): PlacedShape {
  const nv = children(el, P).find((c) => c.localName?.startsWith('nv'));
  const cNvPr = child(nv, P, 'cNvPr');
  const phEl = child(child(nv, P, 'nvPr'), P, 'ph');
  const ph = phEl
    ? {
        type: phEl.getAttribute('type') || 'obj',
        ...(phEl.hasAttribute('idx') ? { idx: Number(phEl.getAttribute('idx')) } : {}),
      }
    : undefined;
  const inherited = ph
    ? (inheritedPlaceholder(ph, inheritance.layout) ?? inheritedPlaceholder(masterRole(ph), inheritance.master))
    : undefined;
  const xfrm = el.localName === 'graphicFrame' ? child(el, P, 'xfrm') : child(child(el, P, 'spPr'), A, 'xfrm');
  const own = frameOf(xfrm);
  const frame = own ? place(own) : inherited?.frame;
  const descr = altText(cNvPr?.getAttribute('descr')) || cNvPr?.getAttribute('title')?.trim();
  return {
    el,
    kind: el.localName ?? '',
    name: cNvPr?.getAttribute('name') ?? '',
    ...(descr ? { descr } : {}),
    ...(frame ? { frame } : {}),
    ...(ph ? { ph } : {}),
    ...(inherited ? { inherited } : {}),
    grouped,
    hidden: cNvPr?.getAttribute('hidden') === '1' || cNvPr?.getAttribute('hidden') === 'true',
    turned: groupTurned || isTurned(xfrm),
  };
}

/** The master placeholder a slide's placeholder falls back on when its layout has none to match: by role. */
function masterRole(ph: { type: string; idx?: number }): { type: string } {
  if (ph.type === 'ctrTitle' || ph.type === 'title') return { type: 'title' };
  if (['dt', 'ftr', 'sldNum', 'hdr'].includes(ph.type)) return { type: ph.type };
  return { type: 'body' };
}

function isTurned(xfrm: XmlElement | undefined): boolean {
  const rot = Number(xfrm?.getAttribute('rot') ?? 0) % 21_600_000;
  return rot !== 0 || xfrm?.getAttribute('flipH') === '1' || xfrm?.getAttribute('flipV') === '1';
}

/**
 * A shape's description as alt text. pandoc (2.x) writes a figure's as "fig:" and the picture's file name, its
 * alt text going to the caption under it (reading-order.ts): that is no description.
 */
function altText(descr: string | null | undefined): string | undefined {
  const text = descr?.trim();
  if (!text?.startsWith('fig:')) return text;
  return text
    .slice(4)
    .replace(/\S+\.(png|jpe?g|gif|svg|bmp|tiff?|emf|wmf|webp)$/i, '')
    .trim();
}
