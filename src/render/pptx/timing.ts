// A slide's clicks as PowerPoint's own "Appear" entrance effects, paragraph by paragraph (ECMA-376 Part 1, 19.5): the
// slide's timing tree holds one main sequence with a par per click, and each paragraph that click shows is an effect
// on its text shape's paragraph range. One effect per paragraph, not one per range of them: LibreOffice reads only a
// range's first paragraph.
import type { Document as XmlDocument, Element as XmlElement } from '@xmldom/xmldom';
import { shapeIds, type TextShape } from './click-shapes.js';
import { direct, NS, parseXmlText, serialiseXml } from './dom.js';

/** What one click shows: paragraph `index` of shape `spid`, for each of them. */
type Shown = { spid: string; index: number }[];

/** Slide XML with a `p:timing` that shows the shapes' paragraphs click by click; as it was for a page without clicks. */
export function withClicks(xml: string, shapes: readonly TextShape[]): string {
  if (shapes.length === 0) return xml;
  const doc = parseXmlText(xml);
  const sld = doc.documentElement!;
  const ids = shapeIds(doc, shapes);
  const clicks: Shown[] = [];
  shapes.forEach((shape, i) =>
    shape.clicks.forEach((click, index) => {
      if (click > 0) (clicks[click - 1] ??= []).push({ spid: ids[i]!, index });
    }),
  );
  const built = ids.filter((_, i) => shapes[i]!.clicks.some((click) => click > 0));
  const timing = new TimingWriter(doc).timing(clicks, built);
  for (const old of direct(sld, NS.p, 'timing')) sld.removeChild(old);
  // The schema's order in p:sld: cSld, clrMapOvr, transition, timing, extLst.
  const ext = direct(sld, NS.p, 'extLst')[0];
  if (ext) sld.insertBefore(timing, ext);
  else sld.appendChild(timing);
  return serialiseXml(doc);
}

/** Writes the timing tree, numbering its time nodes 1, 2, 3 … as PowerPoint does. */
class TimingWriter {
  private id = 0;

  constructor(private readonly doc: XmlDocument) {}

  timing(clicks: readonly Shown[], spids: readonly string[]): XmlElement {
    const root = this.cTn({ dur: 'indefinite', restart: 'never', nodeType: 'tmRoot' });
    const main = this.cTn({ dur: 'indefinite', nodeType: 'mainSeq' });
    const slide = () => this.el('tgtEl', {}, [this.el('sldTgt')]);
    const seq = this.el('seq', { concurrent: '1', nextAc: 'seek' }, [
      main,
      this.el('prevCondLst', {}, [this.el('cond', { evt: 'onPrev', delay: '0' }, [slide()])]),
      this.el('nextCondLst', {}, [this.el('cond', { evt: 'onNext', delay: '0' }, [slide()])]),
    ]);
    root.appendChild(this.el('childTnLst', {}, [seq]));
    main.appendChild(
      this.el(
        'childTnLst',
        {},
        clicks.map((shown) => this.click(shown)),
      ),
    );
    return this.el('timing', {}, [
      this.el('tnLst', {}, [this.el('par', {}, [root])]),
      this.el(
        'bldLst',
        {},
        spids.map((spid) => this.el('bldP', { spid, grpId: '0', build: 'p' })),
      ),
    ]);
  }

  /** A click: it waits for the presenter (`indefinite`), then shows its paragraphs at once, the first as the click's effect. */
  private click(shown: Shown): XmlElement {
    const outer = this.cTn({ fill: 'hold' }, 'indefinite');
    const inner = this.cTn({ fill: 'hold' }, '0');
    inner.appendChild(
      this.el(
        'childTnLst',
        {},
        shown.map((s, i) => this.appear(s.spid, s.index, i === 0 ? 'clickEffect' : 'withEffect')),
      ),
    );
    outer.appendChild(this.el('childTnLst', {}, [this.el('par', {}, [inner])]));
    return this.el('par', {}, [outer]);
  }

  /** "Appear" (entrance preset 1): paragraph `index` of shape `spid` becomes visible. */
  private appear(spid: string, index: number, nodeType: 'clickEffect' | 'withEffect'): XmlElement {
    const effect = this.cTn(
      { presetID: '1', presetClass: 'entr', presetSubtype: '0', fill: 'hold', grpId: '0', nodeType },
      '0',
    );
    const range = this.el('pRg', { st: String(index), end: String(index) });
    const set = this.el('set', {}, [
      this.el('cBhvr', {}, [
        this.cTn({ dur: '1', fill: 'hold' }, '0'),
        this.el('tgtEl', {}, [this.el('spTgt', { spid }, [this.el('txEl', {}, [range])])]),
        this.el('attrNameLst', {}, [this.text('attrName', 'style.visibility')]),
      ]),
      this.el('to', {}, [this.el('strVal', { val: 'visible' })]),
    ]);
    effect.appendChild(this.el('childTnLst', {}, [set]));
    return this.el('par', {}, [effect]);
  }

  /** A time node with the next id, starting after `delay` when given. */
  private cTn(attributes: Record<string, string>, delay?: string): XmlElement {
    const node = this.el('cTn', { id: String(++this.id), ...attributes });
    if (delay !== undefined) node.appendChild(this.el('stCondLst', {}, [this.el('cond', { delay })]));
    return node;
  }

  private el(local: string, attributes: Record<string, string> = {}, children: XmlElement[] = []): XmlElement {
    const prefix = this.doc.documentElement!.lookupPrefix(NS.p);
    const node = this.doc.createElementNS(NS.p, prefix ? `${prefix}:${local}` : local);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    for (const child of children) node.appendChild(child);
    return node;
  }

  private text(local: string, value: string): XmlElement {
    const node = this.el(local);
    node.appendChild(this.doc.createTextNode(value));
    return node;
  }
}
