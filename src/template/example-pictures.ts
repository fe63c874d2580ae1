// The pictures a template's own example slides put in its layouts' picture placeholders. A layout whose photo frame
// the deck would leave empty (a hole in the design: 35-60 % of a photo-led cover) shows the picture the template's
// designer showed there, as the client's own slides do; the facilitator changes it in PowerPoint.
import type { Element as XmlElement } from '@xmldom/xmldom';
import { inspectImage } from '../util/image.js';
import { type Parts, parseXml, relationshipsOf, TemplateProblem } from './package.js';

const P = 'http://schemas.openxmlformats.org/presentationml/2006/main';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** What the template's example slides show: the pictures in the layouts' picture placeholders, and their titles. */
export interface ExampleSlides {
  /** For each layout and picture placeholder (by index), the first example slide's picture in it: a PNG or JPEG part. */
  pictures: { layout: string; idx: number; part: string }[];
  /** Each example slide's title, by the layout it is on ("Thank You" on the layout made to close). */
  titles: { layout: string; title: string }[];
}

/** One walk over the template's example slides, in their order; a slide that does not parse is passed over. */
export function readExamples(raw: Parts, main: string, slideIds: readonly string[]): ExampleSlides {
  const rels = relationshipsOf(raw, main);
  const out: ExampleSlides = { pictures: [], titles: [] };
  for (const id of slideIds) {
    const slide = rels.find((r) => r.id === id && r.type === 'slide' && r.target)?.target;
    if (!slide || !raw[slide]) continue;
    const slideRels = relationshipsOf(raw, slide);
    const layout = slideRels.find((r) => r.type === 'slideLayout' && r.target)?.target;
    const root = layout ? parsedOrNone(raw, slide) : undefined;
    if (!root || !layout) continue;
    const title = titleOf(root);
    if (title) out.titles.push({ layout, title });
    const pics = root.getElementsByTagNameNS(P, 'pic');
    for (let i = 0; i < pics.length; i++) {
      const pic = pics.item(i)! as XmlElement;
      const ph = pic.getElementsByTagNameNS(P, 'ph').item(0);
      const idx = Number(ph?.getAttribute('idx') ?? 'NaN');
      if (!ph || !Number.isInteger(idx) || out.pictures.some((p) => p.layout === layout && p.idx === idx)) continue;
      const embed = pic.getElementsByTagNameNS(A, 'blip').item(0)?.getAttributeNS(R, 'embed') ?? '';
      const part = slideRels.find((r) => r.id === embed && r.type === 'image' && r.target)?.target;
      // Only a whole PNG or JPEG within the pixel bound travels: the PDFs draw it too.
      if (part && raw[part] && inspectImage(raw[part]).info) out.pictures.push({ layout, idx, part });
    }
  }
  return out;
}

/** The words of a slide's title placeholder, if it has one with any. */
function titleOf(root: XmlElement): string | undefined {
  const shapes = root.getElementsByTagNameNS(P, 'sp');
  for (let i = 0; i < shapes.length; i++) {
    const type = shapes.item(i)!.getElementsByTagNameNS(P, 'ph').item(0)?.getAttribute('type');
    if (type !== 'title' && type !== 'ctrTitle') continue;
    const texts = shapes.item(i)!.getElementsByTagNameNS(A, 't');
    return Array.from({ length: texts.length }, (_, k) => texts.item(k)!.textContent ?? '')
      .join('')
      .trim();
  }
  return undefined;
}

/** An example slide's XML; none where it does not parse (the deck never carries example slides: one is passed over). */
function parsedOrNone(raw: Parts, slide: string): XmlElement | undefined {
  try {
    return parseXml(raw, slide);
  } catch (e) {
    if (e instanceof TemplateProblem) return undefined;
    throw e;
  }
}
