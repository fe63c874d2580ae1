// The package-level parts we write ourselves: content types, document properties, and the presentation's element order.
import { element, XML_DECLARATION, xmlText } from './xml.js';

const PML = 'application/vnd.openxmlformats-officedocument.presentationml';

/** Content type of each part kind, by where the part lives. */
const OVERRIDES: [RegExp, string][] = [
  [/^ppt\/presentation\.xml$/, `${PML}.presentation.main+xml`],
  [/^ppt\/slides\/slide\d+\.xml$/, `${PML}.slide+xml`],
  [/^ppt\/slideLayouts\/slideLayout\d+\.xml$/, `${PML}.slideLayout+xml`],
  [/^ppt\/slideMasters\/slideMaster\d+\.xml$/, `${PML}.slideMaster+xml`],
  [/^ppt\/notesSlides\/notesSlide\d+\.xml$/, `${PML}.notesSlide+xml`],
  [/^ppt\/notesMasters\/notesMaster\d+\.xml$/, `${PML}.notesMaster+xml`],
  [/^ppt\/handoutMasters\/handoutMaster\d+\.xml$/, `${PML}.handoutMaster+xml`],
  [/^ppt\/presProps\.xml$/, `${PML}.presProps+xml`],
  [/^ppt\/viewProps\.xml$/, `${PML}.viewProps+xml`],
  [/^ppt\/tableStyles\.xml$/, `${PML}.tableStyles+xml`],
  [/^ppt\/theme\/theme\d+\.xml$/, 'application/vnd.openxmlformats-officedocument.theme+xml'],
  [/^docProps\/core\.xml$/, 'application/vnd.openxmlformats-package.core-properties+xml'],
  [/^docProps\/app\.xml$/, 'application/vnd.openxmlformats-officedocument.extended-properties+xml'],
];

const DEFAULTS: Record<string, string> = {
  rels: 'application/vnd.openxmlformats-package.relationships+xml',
  xml: 'application/xml',
  png: 'image/png',
  jpeg: 'image/jpeg',
  jpg: 'image/jpeg',
  // Pictures a client's template may carry.
  gif: 'image/gif',
  emf: 'image/x-emf',
  wmf: 'image/x-wmf',
  svg: 'image/svg+xml',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  bmp: 'image/bmp',
};

/** `[Content_Types].xml` for exactly the parts of the package: a default per extension used, an override per known part. */
export function contentTypesXml(partNames: readonly string[]): string {
  const extensions = new Set(
    partNames.map((n) => n.slice(n.lastIndexOf('.') + 1).toLowerCase()).filter((e) => e in DEFAULTS),
  );
  extensions.add('rels').add('xml');
  const defaults = [...extensions].sort().map((e) => `<Default Extension="${e}" ContentType="${DEFAULTS[e]}"/>`);
  const overrides = [...partNames].sort().flatMap((name) => {
    const type = OVERRIDES.find(([pattern]) => pattern.test(name))?.[1];
    return type ? [`<Override PartName="/${xmlText(name)}" ContentType="${type}"/>`] : [];
  });
  return `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${defaults.join('')}${overrides.join('')}</Types>`;
}

export interface DocumentInfo {
  title: string;
  subject: string;
  author: string;
  company: string;
  /** ISO date and time, to the second, UTC. */
  date: string;
  lang: string;
  slideTitles: readonly string[];
  notes: number;
  fonts: readonly string[];
}

/** `docProps/core.xml`: title, subject, author, language and the build date. */
export function coreXml(d: DocumentInfo): string {
  return (
    `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    element('dc:title', d.title) +
    element('dc:subject', d.subject) +
    element('dc:creator', d.author) +
    element('cp:lastModifiedBy', d.author) +
    element('dc:language', d.lang) +
    '<cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${d.date}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${d.date}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/** `docProps/app.xml`: the fonts, the theme and every slide's title, as PowerPoint lists them under "Slide Titles". */
export function appXml(d: DocumentInfo, themeName: string): string {
  const lpstr = (s: string) => element('vt:lpstr', s);
  const pairs = [
    ['Fonts Used', d.fonts.length],
    ['Theme', 1],
    ['Slide Titles', d.slideTitles.length],
  ] as const;
  const titles = [...d.fonts, themeName, ...d.slideTitles];
  return (
    `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    '<TotalTime>0</TotalTime><Application>workshop-kit</Application><PresentationFormat>Custom</PresentationFormat>' +
    `<Slides>${d.slideTitles.length}</Slides><Notes>${d.notes}</Notes><HiddenSlides>0</HiddenSlides><MMClips>0</MMClips><ScaleCrop>false</ScaleCrop>` +
    `<HeadingPairs><vt:vector size="${pairs.length * 2}" baseType="variant">${pairs.map(([name, n]) => `<vt:variant>${lpstr(name)}</vt:variant><vt:variant><vt:i4>${n}</vt:i4></vt:variant>`).join('')}</vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${titles.length}" baseType="lpstr">${titles.map(lpstr).join('')}</vt:vector></TitlesOfParts>` +
    `${element('Company', d.company)}<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion>` +
    '</Properties>'
  );
}

/**
 * The presentation part with its lists in schema order (pptxgenjs writes the notes master's list
 * after the slides', which PowerPoint's validator rejects).
 */
export function orderPresentation(xml: string): string {
  const notes = /<p:notesMasterIdLst>.*?<\/p:notesMasterIdLst>/s.exec(xml)?.[0];
  if (!notes) return xml;
  return xml.replace(notes, '').replace('<p:sldIdLst>', `${notes}<p:sldIdLst>`);
}
