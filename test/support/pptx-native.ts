// What makes a deck PowerPoint-native inside, read off its parts: placeholders, named layouts, languages, headers, alt text, titles.
import { strFromU8, unzipSync } from 'fflate';
import { decodeXml } from './artefacts.js';

export interface NativeReport {
  /** Slide part names in presentation order, with the name of each one's layout. */
  slides: { part: string; layout: string; title: string }[];
  layoutsUsed: Set<string>;
  problems: string[];
}

/** Reads a deck and lists every way it falls short of a deck PowerPoint itself would write. */
export function nativeReport(bytes: Uint8Array, lang: string): NativeReport {
  const files = unzipSync(bytes);
  const read = (n: string) => (files[n] ? strFromU8(files[n]) : '');
  const problems: string[] = [];
  const presRels = new Map(
    [...read('ppt/_rels/presentation.xml.rels').matchAll(/Id="(rId\d+)"[^>]*Target="([^"]+)"/g)].map((m) => [
      m[1]!,
      m[2]!,
    ]),
  );
  const parts = [...read('ppt/presentation.xml').matchAll(/<p:sldId [^>]*r:id="(rId\d+)"/g)].map(
    (m) => `ppt/${presRels.get(m[1]!)!}`,
  );
  const slides = parts.map((part) => {
    const rels = read(part.replace(/slides\/(slide\d+\.xml)$/, 'slides/_rels/$1.rels'));
    const layoutPart = `ppt/slideLayouts/${/slideLayouts\/([^"]+)"/.exec(rels)?.[1]}`;
    const layout = /<p:cSld name="([^"]+)"/.exec(read(layoutPart))?.[1] ?? '?';
    const xml = read(part);
    const shapes = xml.split(/(?=<p:sp>|<p:graphicFrame>|<p:pic>)/).slice(1);
    const titleShape = shapes.find((s) => /<p:ph type="(title|ctrTitle)"/.test(s));
    const title = titleShape
      ? [...titleShape.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decodeXml(m[1]!)).join('')
      : '';
    if (!titleShape) problems.push(`${part}: no title placeholder`);
    else if (shapes[0] !== titleShape) problems.push(`${part}: the title is not the first shape in reading order`);
    if (
      layout === 'Title and Content' &&
      !shapes.some((s) => /<p:ph type="body" idx="1"\/>/.test(s) && /<a:t>/.test(s))
    )
      problems.push(`${part}: Title and Content slide with no text in its body placeholder`);
    if (layout === 'Title Slide' && !/<p:ph type="ctrTitle"/.test(xml))
      problems.push(`${part}: title slide without a centre-title placeholder`);
    for (const s of shapes)
      if (/<p:ph type="(body|subTitle)"/.test(s) && !s.includes('<a:spLocks noGrp="1"/>'))
        problems.push(`${part}: placeholder without noGrp lock`);
    return { part, layout, title };
  });

  for (const [name, data] of Object.entries(files)) {
    if (!/^ppt\/(slides|notesSlides|slideLayouts|slideMasters)\/[^/]+\.xml$/.test(name)) continue;
    const xml = strFromU8(data);
    for (const m of xml.matchAll(/<a:(rPr|endParaRPr)\b[^>]*>/g)) {
      const l = / lang="([^"]*)"/.exec(m[0])?.[1];
      if (l !== lang) {
        problems.push(`${name}: a run in ${l ?? 'no language'}, not ${lang}`);
        break;
      }
    }
    for (const tbl of xml.matchAll(/<a:tblPr\b[^>]*>/g))
      if (!/firstRow="1"/.test(tbl[0])) problems.push(`${name}: a table whose header row is not marked`);
    for (const pic of xml.matchAll(/<p:nvPicPr><p:cNvPr [^>]*>/g))
      if (!/ descr="[^"]+"/.test(pic[0])) problems.push(`${name}: a picture without alt text`);
  }

  const app = read('docProps/app.xml');
  const listed = [...app.matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr>/g)].map((m) => decodeXml(m[1]!));
  const titles = slides.map((s) => s.title);
  if (listed.slice(-titles.length).join('\n') !== titles.join('\n'))
    problems.push('docProps/app.xml does not list the slide titles in order');

  const notesMaster = read('ppt/notesMasters/notesMaster1.xml');
  if (!/<p:ph type="sldImg"/.test(notesMaster)) problems.push('the notes master has no slide image');
  for (const n of Object.keys(files).filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f)))
    if (!/<p:ph type="sldImg"/.test(read(n))) problems.push(`${n}: notes page without the slide image`);

  return { slides, layoutsUsed: new Set(slides.map((s) => s.layout)), problems };
}
