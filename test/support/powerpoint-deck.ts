// Decks in the shapes PowerPoint (and python-pptx) save them, for the import's tests: placeholders that inherit their
// frames and bullets from layout and master, sections, notes pages, a group with a child coordinate space, a
// SmartArt graphic with its data part, a chart, a table with merged cells, pictures with alt text, a hidden slide
// and animations. The master, layouts and theme come from make-template.ts; the slides are written here.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { comparisonLayout, makeTemplate, standardLayouts } from './make-template.js';
import { frame, paragraph, x } from './powerpoint-shapes.js';

export * from './powerpoint-shapes.js';

const NS =
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface SlideSpec {
  /** 1-based layout of make-template's standard layouts: 1 title, 2 title and content, 3 section, 4 two content, 5 title only, 6 blank, 7 comparison. */
  layout: number;
  /** The slide's shapes, as XML (see the helpers below); ids are numbered in order. */
  shapes: string[];
  notes?: string[];
  hidden?: boolean;
  animated?: boolean;
  /** Parts the slide's relationships name: id -> [type, target part, bytes or XML]. */
  rels?: Record<string, [string, string, string | Uint8Array]>;
}

export interface DeckSpec {
  slides: SlideSpec[];
  title?: string;
  sections?: { name: string; slides: number[] }[];
  /** Write as python-pptx does: no run properties, no language tags, `<p:spPr/>` everywhere. */
  pythonPptx?: boolean;
}

/** The package: make-template's master, layouts and theme, these slides, their notes, sections and properties. */
export async function makeDeck(spec: DeckSpec): Promise<Uint8Array> {
  const files = await baseFiles();
  const added: Added = { types: [], presRels: [], ids: [] };
  spec.slides.forEach((slide, i) => addSlide(files, added, slide, i + 1, !!spec.pythonPptx));
  files['ppt/notesMasters/notesMaster1.xml'] =
    `${DECL}<p:notesMaster ${NS}><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/><p:sp><p:nvSpPr><p:cNvPr id="2" name="Notes Placeholder 1"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" sz="quarter" idx="3"/></p:nvPr></p:nvSpPr><p:spPr>${frame([0.75, 4.75, 6, 4.5])}</p:spPr><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="en-GB"/></a:p></p:txBody></p:sp></p:spTree></p:cSld><p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/></p:notesMaster>`;
  files['ppt/notesMasters/_rels/notesMaster1.xml.rels'] = rels_([rel('rId1', 'theme', '../theme/theme1.xml')]);
  added.types.push(override('/ppt/notesMasters/notesMaster1.xml', 'presentationml.notesMaster+xml'));
  added.presRels.push(rel('rIdNM', 'notesMaster', 'notesMasters/notesMaster1.xml'));
  const sections = spec.sections
    ? `<p:extLst><p:ext uri="{521415D9-36F7-43E2-AB2F-B90AF26B5E84}"><p14:sectionLst xmlns:p14="http://schemas.microsoft.com/office/powerpoint/2010/main">${spec.sections.map((s, i) => `<p14:section name="${x(s.name)}" id="{0000000${i}-0000-0000-0000-000000000000}"><p14:sldIdLst>${s.slides.map((n) => `<p14:sldId id="${255 + n}"/>`).join('')}</p14:sldIdLst></p14:section>`).join('')}</p14:sectionLst></p:ext></p:extLst>`
    : '';
  const edit = (name: string, from: string, to: string) => {
    files[name] = String(files[name]).replace(from, to);
  };
  edit(
    'ppt/presentation.xml',
    '</p:sldMasterIdLst>',
    `</p:sldMasterIdLst><p:notesMasterIdLst><p:notesMasterId r:id="rIdNM"/></p:notesMasterIdLst><p:sldIdLst>${added.ids.join('')}</p:sldIdLst>`,
  );
  edit('ppt/presentation.xml', '</p:presentation>', `${sections}</p:presentation>`);
  edit('ppt/_rels/presentation.xml.rels', '</Relationships>', `${added.presRels.join('')}</Relationships>`);
  files['docProps/core.xml'] =
    `${DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${spec.title ? `<dc:title>${x(spec.title)}</dc:title>` : ''}<dc:creator>Ana Pérez</dc:creator></cp:coreProperties>`;
  edit(
    '_rels/.rels',
    '</Relationships>',
    `<Relationship Id="rIdCore" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
  );
  added.types.push(override('/docProps/core.xml', 'package.core-properties+xml', 'application/vnd.openxmlformats-'));
  edit('[Content_Types].xml', '</Types>', `${added.types.join('')}</Types>`);
  return zipSync(
    Object.fromEntries(Object.entries(files).map(([k, v]) => [k, typeof v === 'string' ? strToU8(v) : v])),
  );
}

type Files = Record<string, string | Uint8Array>;
/** What the slides add to the package's content types, the presentation's relationships and its slide list. */
interface Added {
  types: string[];
  presRels: string[];
  ids: string[];
}

/** make-template's master, layouts and theme, with PowerPoint's subtitle and section text that show no bullet. */
async function baseFiles(): Promise<Files> {
  const files: Files = Object.fromEntries(
    Object.entries(
      unzipSync(
        await makeTemplate({
          presentation: true,
          exampleSlides: 0,
          layouts: [...standardLayouts(), comparisonLayout()],
        }),
      ),
    ).map(([k, v]) => [k, /\.(xml|rels)$/.test(k) ? strFromU8(v) : v]),
  );
  const noBullet = '<a:lstStyle><a:lvl1pPr marL="0" indent="0"><a:buNone/></a:lvl1pPr></a:lstStyle>';
  for (const n of [1, 3])
    files[`ppt/slideLayouts/slideLayout${n}.xml`] = String(files[`ppt/slideLayouts/slideLayout${n}.xml`]).replace(
      /(<p:ph type="(?:subTitle|body)" idx="1"\/>[\s\S]*?<a:bodyPr[^>]*\/>)<a:lstStyle>[\s\S]*?<\/a:lstStyle>|(<p:ph type="(?:subTitle|body)" idx="1"\/>[\s\S]*?<a:bodyPr[^>]*\/>)<a:lstStyle\/>/,
      (_m, a: string | undefined, b: string | undefined) => `${a ?? b}${noBullet}`,
    );
  return files;
}

/** Slide `n`: its part, relationships and the parts they name, and its notes page. */
function addSlide(files: Files, added: Added, slide: SlideSpec, n: number, python: boolean): void {
  added.types.push(override(`/ppt/slides/slide${n}.xml`, 'presentationml.slide+xml'));
  added.presRels.push(rel(`rIdS${n}`, 'slide', `slides/slide${n}.xml`));
  added.ids.push(`<p:sldId id="${255 + n}" r:id="rIdS${n}"/>`);
  const timing = slide.animated
    ? '<p:timing><p:tnLst><p:par><p:cTn id="1" dur="indefinite" restart="never" nodeType="tmRoot"><p:childTnLst><p:seq concurrent="1" nextAc="seek"><p:cTn id="2" dur="indefinite" nodeType="mainSeq"><p:childTnLst><p:par><p:cTn id="3" presetID="10" presetClass="entr" presetSubtype="0" fill="hold" nodeType="clickEffect"/></p:par></p:childTnLst></p:cTn><p:prevCondLst/><p:nextCondLst/></p:seq></p:childTnLst></p:cTn></p:par></p:tnLst></p:timing>'
    : '';
  files[`ppt/slides/slide${n}.xml`] =
    `${DECL}<p:sld ${NS}${slide.hidden ? ' show="0"' : ''}><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>${slide.shapes.join('')}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr>${timing}</p:sld>`;
  const rels = [rel('rIdL', 'slideLayout', `../slideLayouts/slideLayout${slide.layout}.xml`)];
  for (const [id, [type, target, data]] of Object.entries(slide.rels ?? {})) {
    if (type === 'hyperlink') {
      rels.push(`<Relationship Id="${id}" Type="${REL}/hyperlink" Target="${x(target)}" TargetMode="External"/>`);
      continue;
    }
    rels.push(rel(id, type, `../${target.replace(/^ppt\//, '')}`));
    files[target] = data;
    if (target.endsWith('.xml')) added.types.push(override(`/${target}`, contentType(type)));
  }
  if (slide.notes) {
    rels.push(rel('rIdN', 'notesSlide', `../notesSlides/notesSlide${n}.xml`));
    added.types.push(override(`/ppt/notesSlides/notesSlide${n}.xml`, 'presentationml.notesSlide+xml'));
    files[`ppt/notesSlides/notesSlide${n}.xml`] = notesXml(slide.notes, n, python);
    files[`ppt/notesSlides/_rels/notesSlide${n}.xml.rels`] = rels_([
      rel('rId1', 'notesMaster', '../notesMasters/notesMaster1.xml'),
      rel('rId2', 'slide', `../slides/slide${n}.xml`),
    ]);
  }
  files[`ppt/slides/_rels/slide${n}.xml.rels`] = rels_(rels);
}

function notesXml(paras: string[], n: number, python: boolean): string {
  return `${DECL}<p:notes ${NS}><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/><p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image Placeholder 1"/><p:cNvSpPr><a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp><p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes Placeholder 2"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>${paras.map((p) => paragraph(p, python)).join('')}</p:txBody></p:sp><p:sp><p:nvSpPr><p:cNvPr id="4" name="Slide Number Placeholder 3"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldNum" sz="quarter" idx="5"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:fld id="{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}" type="slidenum"><a:rPr lang="en-GB"/><a:t>${n}</a:t></a:fld></a:p></p:txBody></p:sp></p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>`;
}

const rel = (id: string, type: string, target: string) =>
  `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`;
const rels_ = (items: string[]) =>
  `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join('')}</Relationships>`;
const override = (part: string, type: string, prefix = 'application/vnd.openxmlformats-officedocument.') =>
  `<Override PartName="${part}" ContentType="${prefix}${type}"/>`;

function contentType(type: string): string {
  if (type === 'diagramData') return 'drawingml.diagramData+xml';
  if (type === 'chart') return 'drawingml.chart+xml';
  return 'drawingml.diagramLayout+xml';
}
