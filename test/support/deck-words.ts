// A deck's words as a reader sees them, read straight off its XML (independently of the importer): each slide's
// title, its other paragraphs (footers, slide numbers and the progress marker aside) and its notes' paragraphs.
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { decodeXml } from './artefacts.js';

export interface SlideWords {
  title: string;
  paragraphs: string[];
  notes: string[];
}

const FURNITURE = /<p:ph type="(dt|ftr|sldNum|hdr)"/;
const words = (xml: string) =>
  [...xml.replace(/<a:br\/>|<a:br>[\s\S]*?<\/a:br>/g, '<a:t> </a:t>').matchAll(/<a:t>([^<]*)<\/a:t>/g)]
    .map((m) => decodeXml(m[1]!))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
const paragraphs = (xml: string) =>
  [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((p) => words(p[1]!)).filter(Boolean);

/** Every slide of the deck, in order: its title, paragraphs and notes. */
export function deckWords(pptx: string | Uint8Array): SlideWords[] {
  const zip = unzipSync(typeof pptx === 'string' ? new Uint8Array(readFileSync(pptx)) : pptx);
  const read = (name: string) => strFromU8(zip[name] ?? new Uint8Array());
  const rels = new Map(
    [...read('ppt/_rels/presentation.xml.rels').matchAll(/Id="(\w+)"[^>]*Target="([^"]+)"/g)].map((m) => [
      m[1]!,
      m[2]!,
    ]),
  );
  const targets = [...read('ppt/presentation.xml').matchAll(/<p:sldId [^>]*r:id="(\w+)"/g)].map((m) =>
    rels.get(m[1]!)!.replace(/^\/?(ppt\/)?/, ''),
  );
  return targets.map((target) => {
    const xml = read(`ppt/${target}`);
    const shapes = xml
      .replace(/<p:graphicFrame>[\s\S]*?<\/p:graphicFrame>/g, '')
      .split(/<p:sp>/)
      .slice(1);
    const title = shapes.find((s) => /<p:ph type="(title|ctrTitle)"/.test(s));
    const body = shapes.filter((s) => s !== title && !FURNITURE.test(s) && !/name="Progress"/.test(s));
    const tables = [...xml.matchAll(/<a:tbl>[\s\S]*?<\/a:tbl>/g)].map((m) => m[0]);
    const slideRels = read(`ppt/slides/_rels/${target.split('/').pop()}.rels`);
    const notesPart = /Target="\.\.\/notesSlides\/([^"]+)"/.exec(slideRels)?.[1];
    const notesXml = notesPart ? read(`ppt/notesSlides/${notesPart}`) : '';
    const notesBody = notesXml.split(/<p:sp>/).find((s) => /<p:ph type="body"/.test(s)) ?? '';
    return {
      title: title ? paragraphs(title).join(' ') : '',
      paragraphs: [...body.flatMap(paragraphs), ...tables.flatMap(paragraphs)],
      notes: paragraphs(notesBody),
    };
  });
}

/** Slides with their continuation pages ("Title (cont.)") joined: one entry per slide as it was written. */
export function writtenSlides(slides: readonly SlideWords[], continued = (t: string) => `${t} (cont.)`): SlideWords[] {
  const out: SlideWords[] = [];
  for (const slide of slides) {
    const last = out.at(-1);
    if (last && slide.title === continued(last.title))
      out[out.length - 1] = { ...last, paragraphs: [...last.paragraphs, ...slide.paragraphs] };
    else out.push({ ...slide, paragraphs: [...slide.paragraphs], notes: [...slide.notes] });
  }
  return out;
}
