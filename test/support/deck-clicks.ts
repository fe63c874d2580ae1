// Reads a deck's click-builds back from its slide XML: each click's "Appear" effects, followed through their shape id
// and paragraph range to the text they show, checking each is PowerPoint's Appear on a paragraph.
import { DOMParser, type Document as XmlDocument, type Element as XmlElement } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { expect } from 'vitest';

export const P = 'http://schemas.openxmlformats.org/presentationml/2006/main';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';

export type SlideDoc = { name: string; doc: XmlDocument };

/** The deck's slides as XML documents, in part order (the deck's slide order). */
export function slideDocs(pptx: Uint8Array): SlideDoc[] {
  const files = unzipSync(pptx);
  const count = Object.keys(files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).length;
  return Array.from({ length: count }, (_, i) => {
    const name = `ppt/slides/slide${i + 1}.xml`;
    return { name, doc: new DOMParser().parseFromString(strFromU8(files[name]!), 'text/xml') };
  });
}

export const all = (el: XmlDocument | XmlElement, ns: string, local: string): XmlElement[] => {
  const list = el.getElementsByTagNameNS(ns, local);
  return Array.from({ length: list.length }, (_, i) => list.item(i)!);
};
export const titleOf = (doc: XmlDocument) => all(doc, A, 't')[0]?.textContent ?? '';
const paraText = (p: XmlElement) =>
  all(p, A, 't')
    .map((t) => t.textContent)
    .join('');

/** Each click of a slide: the text of every paragraph it shows, found through the effect's shape id and paragraph range. */
export function clicksOf(doc: XmlDocument): { texts: string[]; kinds: string[] }[] {
  const shapes = new Map(
    all(doc, P, 'sp').map((sp) => [all(sp, P, 'cNvPr')[0]!.getAttribute('id')!, all(sp, A, 'p')] as const),
  );
  const main = all(doc, P, 'cTn').find((c) => c.getAttribute('nodeType') === 'mainSeq')!;
  return children(all(main, P, 'childTnLst')[0]!).map((click) => {
    const effects = all(click, P, 'cTn').filter((c) => c.hasAttribute('presetClass'));
    return {
      kinds: effects.map((e) => e.getAttribute('nodeType')!),
      texts: effects.map((effect) => {
        expect(effect.getAttribute('presetID')).toBe('1');
        expect(effect.getAttribute('presetClass')).toBe('entr');
        expect(all(effect, P, 'attrName')[0]!.textContent).toBe('style.visibility');
        expect(all(effect, P, 'strVal')[0]!.getAttribute('val')).toBe('visible');
        const target = all(effect, P, 'spTgt')[0]!;
        const range = all(target, P, 'pRg')[0]!;
        expect(range.getAttribute('end')).toBe(range.getAttribute('st'));
        return paraText(shapes.get(target.getAttribute('spid')!)![Number(range.getAttribute('st'))]!);
      }),
    };
  });
}

/** The element children of `el`, in order. */
export function children(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as unknown as XmlElement);
  return out;
}

/** The shapes a slide's effects show paragraphs of. */
export function targetShapes(doc: XmlDocument): XmlElement[] {
  const spids = new Set(all(doc, P, 'spTgt').map((t) => t.getAttribute('spid')));
  return all(doc, P, 'sp').filter((sp) => spids.has(all(sp, P, 'cNvPr')[0]!.getAttribute('id')));
}
