// What a slide's charts and SmartArt graphics say in words: a chart's title, series and categories; a SmartArt
// graphic's text from its data part (dgm:dataModel), nested as its points are. Their drawing is not carried.

import type { Element as XmlElement } from '@xmldom/xmldom';
import { A, byTag, child, children, R } from '../template/ooxml.js';
import { type Parts, parseXml, type Relationship } from '../template/package.js';
import { escapeLineStart, escapeText } from './inline.js';
import { paragraphsOf, type TextContext } from './text.js';
import type { Paragraph } from './types.js';

const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const CX = 'http://schemas.microsoft.com/office/drawing/2014/chartex';
const DGM = 'http://schemas.openxmlformats.org/drawingml/2006/diagram';

export interface ReadGraphic {
  kind: 'chart' | 'smartart';
  /** What kind of chart (bar, pie, line...) or SmartArt. */
  what: string;
  paragraphs: Paragraph[];
}

/** The words of a chart or SmartArt graphic frame, or undefined for any other graphic (an embedded object, a video). */
export function graphicOf(
  graphicData: XmlElement,
  parts: Parts,
  rels: readonly Relationship[],
  context: TextContext,
): ReadGraphic | undefined {
  const uri = graphicData.getAttribute('uri') ?? '';
  const target = (el: XmlElement | undefined, attr = 'id') => {
    const id = el?.getAttributeNS(R, attr);
    const part = rels.find((r) => r.id === id)?.target;
    return part && parts[part] ? part : undefined;
  };
  if (uri.endsWith('/chart')) {
    const part = target(child(graphicData, C, 'chart'));
    return part ? chartOf(parseXml(parts, part), C) : undefined;
  }
  if (uri.endsWith('/chartex')) {
    const part = target(child(graphicData, CX, 'chart'));
    return part ? chartOf(parseXml(parts, part), CX) : undefined;
  }
  if (uri.endsWith('/diagram')) {
    const part = target(child(graphicData, DGM, 'relIds'), 'dm');
    return part ? smartArtOf(parseXml(parts, part), context) : undefined;
  }
  return undefined;
}

/** A chart's title, its series by name and its categories, as a short list. */
function chartOf(space: XmlElement, ns: string): ReadGraphic {
  const title = [...byTag(child(first(space, ns, 'chart'), ns, 'title') ?? space, A, 't')]
    .map((t) => t.textContent ?? '')
    .join('')
    .trim();
  const plot = first(space, ns, 'plotArea');
  const type = children(plot, ns).find((el) => el.localName?.endsWith('Chart'))?.localName ?? 'chart';
  const series = [...byTag(space, ns, 'ser')].map((ser) => values(child(ser, ns, 'tx'))[0] ?? '').filter(Boolean);
  const firstSeries = first(space, ns, 'ser');
  const categories = firstSeries ? values(child(firstSeries, ns, 'cat')) : [];
  const items: [string, number][] = [];
  if (title) items.push([`Chart: ${title}`, 0]);
  if (series.length) items.push([`Series: ${series.join(', ')}`, 0]);
  if (categories.length) items.push([`Categories: ${categories.join(', ')}`, 0]);
  return {
    kind: 'chart',
    what: type.replace(/Chart$/, '').replace(/3D$/, ' 3-D') || 'chart',
    paragraphs: items.map(([text, level]) => listItem(text, level)),
  };
}

/** The cached values under an element (`c:v`, `cx:v`, `cx:pt`), in order. */
function values(el: XmlElement | undefined): string[] {
  if (!el) return [];
  const found = [...byTag(el, C, 'v'), ...byTag(el, CX, 'v'), ...byTag(el, CX, 'pt')];
  return found.map((v) => (v.textContent ?? '').trim()).filter(Boolean);
}

function first(root: XmlElement | undefined, ns: string, local: string): XmlElement | undefined {
  return root?.getElementsByTagNameNS(ns, local).item(0) ?? undefined;
}

/** A SmartArt graphic's text: each point with text, under the point it belongs to (`parOf` connections). */
function smartArtOf(model: XmlElement, context: TextContext): ReadGraphic {
  const points = new Map<string, XmlElement>();
  for (const pt of children(child(model, DGM, 'ptLst'), DGM, 'pt')) points.set(pt.getAttribute('modelId') ?? '', pt);
  const kids = new Map<string, { id: string; order: number }[]>();
  for (const cxn of children(child(model, DGM, 'cxnLst'), DGM, 'cxn')) {
    const type = cxn.getAttribute('type') || 'parOf';
    if (type !== 'parOf') continue;
    const src = cxn.getAttribute('srcId') ?? '';
    const list = kids.get(src) ?? [];
    list.push({ id: cxn.getAttribute('destId') ?? '', order: Number(cxn.getAttribute('srcOrd') ?? 0) });
    kids.set(src, list);
  }
  const doc = [...points.values()].find((pt) => pt.getAttribute('type') === 'doc');
  const out: Paragraph[] = [];
  const seen = new Set<string>();
  const visit = (id: string, level: number) => {
    if (seen.has(id)) return;
    seen.add(id);
    for (const kid of (kids.get(id) ?? []).sort((a, b) => a.order - b.order)) {
      const pt = points.get(kid.id);
      const type = pt?.getAttribute('type') || 'node';
      if (!pt || (type !== 'node' && type !== 'asst')) continue;
      const texts = paragraphsOf(child(pt, DGM, 't'), context);
      const text = texts.map((p) => p.markdown.replace(/\\\n\s*/g, ' ')).join(' ');
      if (text) out.push({ ...listItem('', level), markdown: text, plain: texts.map((p) => p.plain).join(' ') });
      visit(kid.id, text ? level + 1 : level);
    }
  };
  if (doc) visit(doc.getAttribute('modelId') ?? '', 0);
  // Points no connection reaches (a damaged or hand-made data part) still say what they hold.
  for (const [id, pt] of points) {
    const type = pt.getAttribute('type') || 'node';
    if (seen.has(id) || (type !== 'node' && type !== 'asst')) continue;
    const texts = paragraphsOf(child(pt, DGM, 't'), context);
    if (texts.length)
      out.push({
        ...listItem('', 0),
        markdown: texts.map((p) => p.markdown).join(' '),
        plain: texts.map((p) => p.plain).join(' '),
      });
  }
  return { kind: 'smartart', what: 'SmartArt', paragraphs: out };
}

function listItem(text: string, level: number): Paragraph {
  return { markdown: escapeLineStart(escapeText(text)), plain: text, level: Math.min(level, 8), marker: 'bullet' };
}
