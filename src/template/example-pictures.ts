// The pictures a template's own example slides put in its layouts' picture placeholders. A layout whose photo frame
// the deck would leave empty (a hole in the design: 35-60 % of a photo-led cover) shows the picture the template's
// designer showed there, as the client's own slides do; the facilitator changes it in PowerPoint.
import type { Element as XmlElement } from '@xmldom/xmldom';
import { inspectImage } from '../util/image.js';
import { type Parts, parseXml, relationshipsOf, TemplateProblem } from './package.js';

const P = 'http://schemas.openxmlformats.org/presentationml/2006/main';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The titles of the template's example slides, by the layout each is on ("Thank You" on the layout made to close). */
export function exampleTitles(
  raw: Parts,
  main: string,
  slideIds: readonly string[],
): { layout: string; title: string }[] {
  const rels = relationshipsOf(raw, main);
  return slideIds.flatMap((id) => {
    const slide = rels.find((r) => r.id === id && r.type === 'slide' && r.target)?.target;
    const layout =
      slide && raw[slide] ? relationshipsOf(raw, slide).find((r) => r.type === 'slideLayout')?.target : undefined;
    const root = slide && layout ? parsedOrNone(raw, slide) : undefined;
    if (!root || !layout) return [];
    const shapes = root.getElementsByTagNameNS(P, 'sp');
    for (let i = 0; i < shapes.length; i++) {
      const type = shapes.item(i)!.getElementsByTagNameNS(P, 'ph').item(0)?.getAttribute('type');
      if (type !== 'title' && type !== 'ctrTitle') continue;
      const texts = shapes.item(i)!.getElementsByTagNameNS(A, 't');
      const title = Array.from({ length: texts.length }, (_, k) => texts.item(k)!.textContent ?? '')
        .join('')
        .trim();
      return title ? [{ layout, title }] : [];
    }
    return [];
  });
}

/** A picture an example slide shows in one of a layout's picture placeholders (by index): its part, a PNG or JPEG. */
export interface ExamplePicture {
  layout: string;
  idx: number;
  part: string;
}

/** For each layout and picture placeholder, the first example slide's picture in it, in the order of the slides. */
export function examplePictures(raw: Parts, main: string, slideIds: readonly string[]): ExamplePicture[] {
  const rels = relationshipsOf(raw, main);
  const out: ExamplePicture[] = [];
  for (const id of slideIds) {
    const slide = rels.find((r) => r.id === id && r.type === 'slide' && r.target)?.target;
    if (!slide || !raw[slide]) continue;
    const slideRels = relationshipsOf(raw, slide);
    const layout = slideRels.find((r) => r.type === 'slideLayout' && r.target)?.target;
    if (!layout) continue;
    const pics = parsedOrNone(raw, slide)?.getElementsByTagNameNS(P, 'pic');
    if (!pics) continue;
    for (let i = 0; i < pics.length; i++) {
      const pic = pics.item(i)! as XmlElement;
      const ph = pic.getElementsByTagNameNS(P, 'ph').item(0);
      const idx = Number(ph?.getAttribute('idx') ?? 'NaN');
      if (!ph || !Number.isInteger(idx) || out.some((p) => p.layout === layout && p.idx === idx)) continue;
      const embed = pic.getElementsByTagNameNS(A, 'blip').item(0)?.getAttributeNS(R, 'embed') ?? '';
      const part = slideRels.find((r) => r.id === embed && r.type === 'image' && r.target)?.target;
      // Only a whole PNG or JPEG within the pixel bound travels: the PDFs draw it too.
      if (part && raw[part] && inspectImage(raw[part]).info) out.push({ layout, idx, part });
    }
  }
  return out;
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
