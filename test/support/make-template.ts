// Builds PowerPoint templates (.potx packages) in the shapes clients send: any size, layouts under any name,
// a picture or a dark background on the master, other theme fonts, example slides. Structured as PowerPoint saves them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';

const EMU = 914400;
const NS =
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface PlaceholderSpec {
  /** Omitted: a content placeholder (`obj`), as PowerPoint writes `<p:ph idx="1"/>`. */
  type?: string;
  idx?: number;
  /** Inches; omitted: inherited from the master. */
  frame?: [number, number, number, number];
  /** Font size in points of the first level. */
  size?: number;
  /** Letter-spaced capitals, as designers set section subtitles: `cap="all"` and this character spacing in points. */
  spacedCaps?: number;
  /** Its first level's text colour (RRGGBB). */
  colour?: string;
  /** Attributes of its text frame's `a:bodyPr` as written (insets, anchoring). */
  bodyPr?: string;
  /** The fill (RRGGBB) it draws under its text, as a title band. */
  fill?: string;
  /** A heading placeholder: its first level bold, with no bullet (`a:buNone`), as the Comparison layout's headers. */
  heading?: boolean;
}

export interface LayoutSpec {
  name: string;
  type?: string;
  placeholders: PlaceholderSpec[];
  /** A background of the layout's own (RRGGBB), as a dark title slide on a light master has. */
  background?: string;
  /** A background of the layout's own running from the first colour at its top-left to the second at its foot-right (RRGGBB). */
  gradient?: [string, string];
  /** The layout hides the master's shapes (showMasterSp="0"), as full-bleed title layouts do. */
  hidesMasterArt?: boolean;
  /**
   * One of PowerPoint's dark background styles (Slide Master › Background Styles 9–12): the layout refers to bg1 and
   * swaps the colour map for its slides, so bg1 is dk1 there and tx1 lt1.
   */
  darkStyle?: boolean;
  /**
   * A free-form line the layout draws over its slides (inches: x, y, w, h), as designed covers and dividers sweep a
   * dashed curve across their lower half; only PowerPoint and LibreOffice draw it.
   */
  drawing?: [number, number, number, number];
  /** The drawing filled in this colour (RRGGBB), closed along the frame's foot, as a brand panel is drawn. */
  drawingFill?: string;
}

export interface TemplateSpec {
  width?: number;
  height?: number;
  layouts?: LayoutSpec[];
  major?: string;
  minor?: string;
  colours?: Partial<Record<'dk1' | 'lt1' | 'dk2' | 'lt2' | 'accent1' | 'accent2', string>>;
  /** A picture on the master: a logo in the top right corner, or where the frame (inches) says. */
  picture?: boolean | [number, number, number, number];
  /** The master's background fill. */
  background?: string;
  /** A dark design done the PowerPoint way: background and text colours swapped in the master's colour map. */
  dark?: boolean;
  exampleSlides?: number;
  /** The last example slide is a "Thank You" slide on this layout (1-based), as designed templates end. */
  exampleClosing?: number;
  /** The first example slide is on this layout (1-based) and shows this PNG in its picture placeholder `idx`. */
  examplePicture?: { layout: number; idx: number; png: Uint8Array };
  /** .pptx instead of .potx content type. */
  presentation?: boolean;
  /** What newer PowerPoint versions write: a creation id (`a:ext` in an extension list) in every shape's properties. */
  creationIds?: boolean;
  /** Legal XML other tools write: single-quoted relationship targets, `r:id` before `id` in the master list. */
  quirks?: boolean;
  /** Every title in capitals, as the master's title style sets it (`cap="all"`), the way many corporate designs do. */
  capitals?: boolean;
  /** The master's title style as a designer sets it: a colour (RRGGBB), alignment, weight, typeface (`+mn-lt` or a name). */
  titleStyle?: { colour?: string; align?: 'l' | 'ctr' | 'r'; bold?: boolean; font?: string; margin?: number };
  /** Body text as Office's own themes set it: 90% lines and 10 pt before each paragraph. */
  officeSpacing?: boolean;
  /** Attributes of the master's title and body placeholders' `a:bodyPr` (insets, anchoring), as designers set them. */
  textFrames?: { title?: string; body?: string };
  /** A band (RRGGBB) the master's title placeholder draws under its text, as some corporate templates set titles. */
  titleBand?: string;
  /** The footer and slide number text's colour (RRGGBB), as the master's placeholders set it. */
  footerColour?: string;
  /** The default table style (ppt/tableStyles.xml): its id, and where the file defines it, its header's theme colour. */
  tableStyle?: { def: string; header?: string };
  /** A typeface the master's body style names itself instead of the theme's (+mn-lt), as brand templates do. */
  bodyFont?: string;
  /** The master's body style sets its first level bold, as some institutes' templates do. */
  bodyBold?: boolean;
  /** Space after each body paragraph, in points, as some designed templates set it. */
  spaceAfter?: number;
  /** The first level's bullet, as corporate masters set it: a symbol font's character in a theme colour. */
  bullet?: { char: string; font: string; colour: string };
  /**
   * Footer text typed on the master as a text box along its foot (not in the footer placeholder), as German and
   * corporate masters print their company line, with a slide number field in a box of its own where `number`.
   */
  masterFooter?: { text: string; number?: boolean };
  /**
   * Art on the master as corporate designs draw it: a top-to-bottom gradient background between these two colours
   * (RRGGBB), and a group, scaled by its child extents, holding a bar in accent1 at 75% luminance along the foot
   * and a circle in accent2; plus a text box ("CONFIDENTIAL") that only PowerPoint draws.
   */
  art?: [string, string];
  /**
   * Legal XML written as other tools may write it: the theme, masters, layouts and presentation part with other
   * namespace prefixes (`d:` for DrawingML, `pml:` for PresentationML), and every attribute in single quotes.
   */
  foreignXml?: boolean;
  /**
   * East-Asian theme fonts as Chinese and Japanese corporate templates name them: the `a:ea` typeface of the major and
   * minor fonts (empty as Office leaves it), and typefaces for scripts of the font lists (`Jpan`, `Hans`), both fonts.
   */
  eastAsian?: { major?: string; minor?: string; scripts?: Record<string, string> };
}

/** PowerPoint's standard layouts on a 13.333 × 7.5 in slide, under their English names. */
export function standardLayouts(w = 13.333, h = 7.5): LayoutSpec[] {
  const m = w * 0.0625;
  return [
    {
      name: 'Title Slide',
      type: 'title',
      placeholders: [
        { type: 'ctrTitle', frame: [w * 0.125, h * 0.16, w * 0.75, h * 0.35], size: 54 },
        { type: 'subTitle', idx: 1, frame: [w * 0.125, h * 0.53, w * 0.75, h * 0.25], size: 24 },
        { type: 'dt', idx: 10 },
        { type: 'ftr', idx: 11 },
        { type: 'sldNum', idx: 12 },
      ],
    },
    {
      name: 'Title and Content',
      type: 'obj',
      placeholders: [
        { type: 'title' },
        { idx: 1 },
        { type: 'dt', idx: 10 },
        { type: 'ftr', idx: 11 },
        { type: 'sldNum', idx: 12 },
      ],
    },
    {
      name: 'Section Header',
      type: 'secHead',
      placeholders: [
        { type: 'title', frame: [m, h * 0.25, w - 2 * m, h * 0.42], size: 54 },
        { type: 'body', idx: 1, frame: [m, h * 0.67, w - 2 * m, h * 0.2], size: 24 },
        { type: 'dt', idx: 10 },
        { type: 'ftr', idx: 11 },
        { type: 'sldNum', idx: 12 },
      ],
    },
    {
      name: 'Two Content',
      type: 'twoObj',
      placeholders: [
        { type: 'title' },
        { idx: 1, size: 28, frame: [m, h * 0.27, (w - 3 * m) / 2, h * 0.58] },
        { idx: 2, size: 28, frame: [w / 2 + m / 2, h * 0.27, (w - 3 * m) / 2, h * 0.58] },
        { type: 'dt', idx: 10 },
        { type: 'ftr', idx: 11 },
        { type: 'sldNum', idx: 12 },
      ],
    },
    {
      name: 'Title Only',
      type: 'titleOnly',
      placeholders: [{ type: 'title' }, { type: 'dt', idx: 10 }, { type: 'ftr', idx: 11 }, { type: 'sldNum', idx: 12 }],
    },
    {
      name: 'Blank',
      type: 'blank',
      placeholders: [
        { type: 'dt', idx: 10 },
        { type: 'ftr', idx: 11 },
        { type: 'sldNum', idx: 12 },
      ],
    },
  ];
}

/**
 * PowerPoint's Comparison layout (`twoTxTwoObj`) as it saves it: a bold heading placeholder (`type="body"`, no
 * bullet) over a content placeholder on each side.
 */
export function comparisonLayout(w = 13.333, h = 7.5): LayoutSpec {
  const m = w * 0.069;
  const col = (w - 2 * m - 0.18) / 2;
  return {
    name: 'Comparison',
    type: 'twoTxTwoObj',
    placeholders: [
      { type: 'title', frame: [m, h * 0.053, w - 2 * m, h * 0.193] },
      { type: 'body', idx: 1, frame: [m, h * 0.245, col, h * 0.12], size: 24, heading: true, bodyPr: 'anchor="b"' },
      { idx: 2, frame: [m, h * 0.365, col, h * 0.537], size: 24 },
      {
        type: 'body',
        idx: 3,
        frame: [w - m - col, h * 0.245, col, h * 0.12],
        size: 24,
        heading: true,
        bodyPr: 'anchor="b"',
      },
      { idx: 4, frame: [w - m - col, h * 0.365, col, h * 0.537], size: 24 },
      { type: 'dt', idx: 10 },
      { type: 'ftr', idx: 11 },
      { type: 'sldNum', idx: 12 },
    ],
  };
}

/** The same layouts as German PowerPoint names them, with no layout types (as some editors save them). */
export function germanLayouts(w = 13.333, h = 7.5): LayoutSpec[] {
  const names: Record<string, string> = {
    'Title Slide': 'Titelfolie',
    'Title and Content': 'Titel und Inhalt',
    'Section Header': 'Abschnittsüberschrift',
    'Two Content': 'Zwei Inhalte',
    'Title Only': 'Nur Titel',
    Blank: 'Leer',
  };
  return standardLayouts(w, h).map((l) => ({ name: names[l.name]!, placeholders: l.placeholders }));
}

/** A 4:3 dark design done the PowerPoint way (colour map swapped), German layout names, fonts without metric twins. */
export const DARK_GERMAN: TemplateSpec = {
  width: 10,
  height: 7.5,
  layouts: germanLayouts(10, 7.5),
  dark: true,
  colours: { dk1: '14202E', lt1: 'F4F4F4', dk2: '2B3A4D', accent1: 'F2A541' },
  major: 'Georgia',
  minor: 'Verdana',
};

/** A real picture for the master: the base fixture's logo. */
const PNG = new Uint8Array(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'base', 'assets', 'logo.png')));

/** Office's own theme (as pptxgenjs writes it), whose colours and fonts each template replaces. */
const baseTheme = readFileSync(join(import.meta.dirname, 'office-theme.xml'), 'utf8');

/** A template package's bytes. */
export async function makeTemplate(spec: TemplateSpec = {}): Promise<Uint8Array> {
  const width = spec.width ?? 13.333;
  const height = spec.height ?? 7.5;
  const layouts = spec.layouts ?? standardLayouts(width, height);
  let theme = baseTheme
    .replace(
      /<a:majorFont><a:latin typeface="[^"]*"[^/]*\/>/,
      `<a:majorFont><a:latin typeface="${spec.major ?? 'Calibri Light'}"/>`,
    )
    .replace(
      /<a:minorFont><a:latin typeface="[^"]*"[^/]*\/>/,
      `<a:minorFont><a:latin typeface="${spec.minor ?? 'Calibri'}"/>`,
    );
  theme = withEastAsianFonts(theme, spec.eastAsian);
  for (const [slot, value] of Object.entries(spec.colours ?? {}))
    theme = theme.replace(
      new RegExp(`<a:${slot}>.*?</a:${slot}>`),
      `<a:${slot}><a:srgbClr val="${value}"/></a:${slot}>`,
    );
  const files: Record<string, string | Uint8Array> = {};
  const slides = spec.exampleSlides ?? 1;
  const main = spec.presentation ? 'presentation.main' : 'template.main';
  files['[Content_Types].xml'] =
    `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>` +
    `<Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.${main}+xml"/>` +
    `<Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml"/>` +
    layouts
      .map(
        (_, i) =>
          `<Override PartName="/ppt/slideLayouts/slideLayout${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideLayout+xml"/>`,
      )
      .join('') +
    Array.from(
      { length: slides },
      (_, i) =>
        `<Override PartName="/ppt/slides/slide${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/>`,
    ).join('') +
    (spec.tableStyle
      ? '<Override PartName="/ppt/tableStyles.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.tableStyles+xml"/>'
      : '') +
    `<Override PartName="/ppt/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;
  files['_rels/.rels'] =
    `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="ppt/presentation.xml"/><Relationship Id="rId2" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`;
  files['docProps/app.xml'] =
    `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office PowerPoint</Application></Properties>`;
  files['ppt/presentation.xml'] =
    `${DECL}<p:presentation ${NS} saveSubsetFonts="1"><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst>` +
    (slides
      ? `<p:sldIdLst>${Array.from({ length: slides }, (_, i) => `<p:sldId id="${256 + i}" r:id="rId${10 + i}"/>`).join('')}</p:sldIdLst>`
      : '') +
    `<p:sldSz cx="${Math.round(width * EMU)}" cy="${Math.round(height * EMU)}"/><p:notesSz cx="6858000" cy="9144000"/></p:presentation>`;
  files['ppt/_rels/presentation.xml.rels'] =
    `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/slideMaster" Target="slideMasters/slideMaster1.xml"/><Relationship Id="rId2" Type="${REL}/theme" Target="theme/theme1.xml"/>` +
    Array.from(
      { length: slides },
      (_, i) => `<Relationship Id="rId${10 + i}" Type="${REL}/slide" Target="slides/slide${i + 1}.xml"/>`,
    ).join('') +
    (spec.tableStyle ? `<Relationship Id="rId3" Type="${REL}/tableStyles" Target="tableStyles.xml"/>` : '') +
    `</Relationships>`;
  if (spec.tableStyle) {
    const { def, header } = spec.tableStyle;
    const style = header
      ? `<a:tblStyle styleId="${def}" styleName="Medium Style 1 - ${header}"><a:firstRow><a:tcTxStyle b="on"><a:schemeClr val="lt1"/></a:tcTxStyle><a:tcStyle><a:tcBdr/><a:fill><a:solidFill><a:schemeClr val="${header}"/></a:solidFill></a:fill></a:tcStyle></a:firstRow></a:tblStyle>`
      : '';
    files['ppt/tableStyles.xml'] =
      `${DECL}<a:tblStyleLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" def="${def}">${style}</a:tblStyleLst>`;
  }
  files['ppt/theme/theme1.xml'] = theme;
  files['ppt/slideMasters/slideMaster1.xml'] = masterXml(width, height, layouts.length, spec);
  files['ppt/slideMasters/_rels/slideMaster1.xml.rels'] =
    `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    layouts
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="${REL}/slideLayout" Target="../slideLayouts/slideLayout${i + 1}.xml"/>`,
      )
      .join('') +
    `<Relationship Id="rId${layouts.length + 1}" Type="${REL}/theme" Target="../theme/theme1.xml"/>` +
    (spec.picture
      ? `<Relationship Id="rId${layouts.length + 2}" Type="${REL}/image" Target="../media/image1.png"/>`
      : '') +
    `</Relationships>`;
  if (spec.picture) files['ppt/media/image1.png'] = PNG;
  layouts.forEach((layout, i) => {
    files[`ppt/slideLayouts/slideLayout${i + 1}.xml`] = layoutXml(layout);
    files[`ppt/slideLayouts/_rels/slideLayout${i + 1}.xml.rels`] =
      `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/slideMaster" Target="../slideMasters/slideMaster1.xml"/></Relationships>`;
  });
  for (let i = 0; i < slides; i++) {
    const shown = i === 0 ? spec.examplePicture : undefined;
    const pic = shown
      ? `<p:pic><p:nvPicPr><p:cNvPr id="3" name="Picture Placeholder 2"/><p:cNvPicPr><a:picLocks noGrp="1"/></p:cNvPicPr><p:nvPr><p:ph type="pic" idx="${shown.idx}"/></p:nvPr></p:nvPicPr><p:blipFill><a:blip r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></p:blipFill><p:spPr/></p:pic>`
      : '';
    const closing = spec.exampleClosing && i === slides - 1 ? spec.exampleClosing : undefined;
    files[`ppt/slides/slide${i + 1}.xml`] =
      `${DECL}<p:sld ${NS}><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>${sp(2, 'Title 1', { type: 'title' }, undefined, closing ? 'Thank You' : 'TEMPLATE EXAMPLE SLIDE')}${pic}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>`;
    files[`ppt/slides/_rels/slide${i + 1}.xml.rels`] =
      `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/slideLayout" Target="../slideLayouts/slideLayout${closing ?? shown?.layout ?? 1}.xml"/>` +
      (shown ? `<Relationship Id="rId2" Type="${REL}/image" Target="../media/example1.png"/>` : '') +
      `</Relationships>`;
    if (shown) files['ppt/media/example1.png'] = shown.png;
  }
  if (spec.creationIds) {
    for (const [name, v] of Object.entries(files)) {
      if (typeof v === 'string' && /^ppt\/(slideLayouts|slideMasters)\/[^/]+\.xml$/.test(name)) {
        files[name] = v.replace(
          /(<p:cNvPr id="(\d+)" name="[^"]*")\/>/g,
          (_m, head: string, id: string) =>
            `${head}><a:extLst><a:ext uri="{FF2B5EF4-FFF2-40B4-BE49-F238E27FC236}"><a16:creationId xmlns:a16="http://schemas.microsoft.com/office/drawing/2014/main" id="{00000000-0000-0000-0000-00000000000${id}}"/></a:ext></a:extLst></p:cNvPr>`,
        );
      }
    }
  }
  if (spec.quirks) {
    for (const [name, v] of Object.entries(files))
      if (typeof v === 'string' && name.endsWith('.rels')) files[name] = v.replace(/Target="([^"]*)"/g, "Target='$1'");
    files['ppt/presentation.xml'] = String(files['ppt/presentation.xml']).replace(
      '<p:sldMasterId id="2147483648" r:id="rId1"/>',
      '<p:sldMasterId r:id="rId1" id="2147483648"/>',
    );
  }
  if (spec.foreignXml)
    for (const [name, v] of Object.entries(files))
      if (typeof v === 'string' && /\.(xml|rels)$/.test(name)) files[name] = foreign(v);
  return zipSync(
    Object.fromEntries(Object.entries(files).map(([k, v]) => [k, typeof v === 'string' ? strToU8(v) : v])),
  );
}

/** The same XML with DrawingML under `d:`, PresentationML under `pml:`, and attribute values in single quotes. */
function foreign(xml: string): string {
  return xml
    .replace(/(<\/?|xmlns:)a:?(?=[:=])/g, (_m, head: string) => `${head}d`)
    .replace(/(<\/?|xmlns:)p:?(?=[:=])/g, (_m, head: string) => `${head}pml`)
    .replace(
      /(\s[\w:]+)="([^"]*)"/g,
      (_m, name: string, value: string) => `${name}='${value.replace(/'/g, '&apos;')}'`,
    );
}

const off = (f: [number, number, number, number]) =>
  `<a:xfrm><a:off x="${Math.round(f[0] * EMU)}" y="${Math.round(f[1] * EMU)}"/><a:ext cx="${Math.round(f[2] * EMU)}" cy="${Math.round(f[3] * EMU)}"/></a:xfrm>`;

function sp(
  id: number,
  name: string,
  ph: PlaceholderSpec,
  frame?: [number, number, number, number],
  text?: string,
): string {
  const attrs = `${ph.type ? ` type="${ph.type}"` : ''}${ph.idx !== undefined ? ` idx="${ph.idx}"` : ''}`;
  const body = text
    ? `<a:p><a:r><a:rPr lang="en-US"/><a:t>${text}</a:t></a:r></a:p>`
    : '<a:p><a:endParaRPr lang="en-US"/></a:p>';
  const run = `${ph.size ? ` sz="${ph.size * 100}"` : ''}${ph.spacedCaps ? ` cap="all" spc="${ph.spacedCaps * 100}"` : ''}`;
  const fill = ph.colour ? `<a:solidFill><a:srgbClr val="${ph.colour}"/></a:solidFill>` : '';
  const bold = ph.heading ? ' b="1"' : '';
  const style =
    run || fill || ph.heading
      ? `<a:lstStyle><a:lvl1pPr${ph.heading ? ' marL="0" indent="0"><a:buNone/' : ''}><a:defRPr${run}${bold}>${fill}</a:defRPr></a:lvl1pPr></a:lstStyle>`
      : '<a:lstStyle/>';
  const paint = ph.fill
    ? `<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="${ph.fill}"/></a:solidFill>`
    : '';
  return `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${name}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph${attrs}/></p:nvPr></p:nvSpPr><p:spPr>${frame ? off(frame) : ''}${paint}</p:spPr><p:txBody><a:bodyPr${ph.bodyPr ? ` ${ph.bodyPr}` : ''}/>${style}${body}</p:txBody></p:sp>`;
}

function masterXml(w: number, h: number, layouts: number, spec: TemplateSpec): string {
  const m = w * 0.0625;
  const t = spec.titleStyle ?? {};
  const bg = spec.art
    ? `<p:bg><p:bgPr><a:gradFill rotWithShape="1"><a:gsLst><a:gs pos="0"><a:srgbClr val="${spec.art[0]}"/></a:gs><a:gs pos="100000"><a:srgbClr val="${spec.art[1]}"/></a:gs></a:gsLst><a:lin ang="5400000" scaled="0"/></a:gradFill><a:effectLst/></p:bgPr></p:bg>`
    : spec.background
      ? `<p:bg><p:bgPr><a:solidFill><a:srgbClr val="${spec.background}"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>`
      : '<p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg>';
  const shape = (id: number, name: string, geometry: string, fill: string, text = '') =>
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${name}"/><p:cNvSpPr/><p:nvPr userDrawn="1"/></p:nvSpPr><p:spPr>{FRAME}<a:prstGeom prst="${geometry}"><a:avLst/></a:prstGeom>${fill}<a:ln><a:noFill/></a:ln></p:spPr>` +
    `<p:txBody><a:bodyPr/><a:lstStyle/><a:p>${text ? `<a:r><a:rPr lang="en-US" sz="1000"/><a:t>${text}</a:t></a:r>` : '<a:endParaRPr lang="en-US"/>'}</a:p></p:txBody></p:sp>`;
  // The group's children are drawn in a coordinate space half the size of the group (chExt = ext / 2), as PowerPoint
  // writes a group that was resized after grouping.
  const art = spec.art
    ? `<p:grpSp><p:nvGrpSpPr><p:cNvPr id="8" name="Brand strip"/><p:cNvGrpSpPr/><p:nvPr userDrawn="1"/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="${Math.round((h - 0.3) * EMU)}"/><a:ext cx="${Math.round(w * EMU)}" cy="${Math.round(0.3 * EMU)}"/>` +
      `<a:chOff x="${EMU}" y="${EMU}"/><a:chExt cx="${Math.round((w / 2) * EMU)}" cy="${Math.round(0.15 * EMU)}"/></a:xfrm></p:grpSpPr>` +
      shape(
        9,
        'Bar',
        'rect',
        '<a:solidFill><a:schemeClr val="accent1"><a:lumMod val="75000"/></a:schemeClr></a:solidFill>',
      ).replace('{FRAME}', off([1, 1, w / 2, 0.15])) +
      `</p:grpSp>` +
      shape(10, 'Dot', 'ellipse', '<a:solidFill><a:schemeClr val="accent2"/></a:solidFill>').replace(
        '{FRAME}',
        off([0.2, 0.2, 0.4, 0.4]),
      ) +
      shape(11, 'Notice', 'rect', '<a:noFill/>', 'CONFIDENTIAL').replace('{FRAME}', off([w / 2 - 1, 0.1, 2, 0.3]))
    : '';
  const footerText = spec.masterFooter
    ? shape(12, 'Company line', 'rect', '<a:noFill/>', spec.masterFooter.text).replace(
        '{FRAME}',
        off([m, h * 0.93, w * 0.5, 0.3]),
      ) +
      (spec.masterFooter.number
        ? `<p:sp><p:nvSpPr><p:cNvPr id="13" name="Page"/><p:cNvSpPr txBox="1"/><p:nvPr userDrawn="1"/></p:nvSpPr><p:spPr>${off([w - m - 0.8, h * 0.93, 0.8, 0.3])}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:pPr algn="r"/><a:fld id="{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}" type="slidenum"><a:rPr lang="de-DE" sz="1000"/><a:t>‹#›</a:t></a:fld></a:p></p:txBody></p:sp>`
        : '')
    : '';
  const picture = spec.picture
    ? `<p:pic><p:nvPicPr><p:cNvPr id="7" name="Logo" descr="Company logo"/><p:cNvPicPr><a:picLocks noChangeAspect="1"/></p:cNvPicPr><p:nvPr userDrawn="1"/></p:nvPicPr><p:blipFill><a:blip r:embed="rId${layouts + 2}"/><a:stretch><a:fillRect/></a:stretch></p:blipFill><p:spPr>${off(Array.isArray(spec.picture) ? spec.picture : [w - m - 0.6, 0.15, 0.6, 0.6])}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>`
    : '';
  const level = (sz: number, i: number) =>
    `<a:lvl${i}pPr marL="${228600 * i}" indent="-228600">${spec.officeSpacing ? '<a:lnSpc><a:spcPct val="90000"/></a:lnSpc><a:spcBef><a:spcPts val="1000"/></a:spcBef>' : ''}${spec.spaceAfter ? `<a:spcAft><a:spcPts val="${spec.spaceAfter * 100}"/></a:spcAft>` : ''}${i === 1 && spec.bullet ? `<a:buClr><a:schemeClr val="${spec.bullet.colour}"/></a:buClr><a:buFont typeface="${spec.bullet.font}"/><a:buChar char="${spec.bullet.char}"/>` : '<a:buFont typeface="Arial"/><a:buChar char="•"/>'}<a:defRPr sz="${sz}"${spec.bodyBold && i === 1 ? ' b="1"' : ''}><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="${spec.bodyFont ?? '+mn-lt'}"/></a:defRPr></a:lvl${i}pPr>`;
  return (
    `${DECL}<p:sldMaster ${NS}><p:cSld>${bg}<p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>` +
    sp(
      2,
      'Title Placeholder 1',
      { type: 'title', bodyPr: spec.textFrames?.title, ...(spec.titleBand ? { fill: spec.titleBand } : {}) },
      [m, h * 0.053, w - 2 * m, h * 0.193],
    ) +
    sp(3, 'Text Placeholder 2', { type: 'body', idx: 1, bodyPr: spec.textFrames?.body }, [
      m,
      h * 0.267,
      w - 2 * m,
      h * 0.58,
    ]) +
    sp(4, 'Date Placeholder 3', { type: 'dt', idx: 2 }, [m, h * 0.927, w * 0.23, h * 0.053]) +
    sp(
      5,
      'Footer Placeholder 4',
      { type: 'ftr', idx: 3, ...(spec.footerColour ? { colour: spec.footerColour } : {}) },
      [w * 0.34, h * 0.927, w * 0.32, h * 0.053],
    ) +
    sp(
      6,
      'Slide Number Placeholder 5',
      { type: 'sldNum', idx: 4, ...(spec.footerColour ? { colour: spec.footerColour } : {}) },
      [w * 0.71, h * 0.927, w * 0.23, h * 0.053],
    ) +
    picture +
    art +
    footerText +
    `</p:spTree></p:cSld><p:clrMap ${spec.dark ? 'bg1="dk1" tx1="lt1" bg2="dk2" tx2="lt2"' : 'bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2"'} accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>` +
    `<p:sldLayoutIdLst>${Array.from({ length: layouts }, (_, i) => `<p:sldLayoutId id="${2147483649 + i}" r:id="rId${i + 1}"/>`).join('')}</p:sldLayoutIdLst>` +
    `<p:txStyles><p:titleStyle><a:lvl1pPr${t.align ? ` algn="${t.align}"` : ''}${t.margin ? ` marL="${Math.round(t.margin * 12_700)}" indent="0"` : ''}><a:defRPr sz="4400"${spec.capitals ? ' cap="all"' : ''}${t.bold === undefined ? '' : ` b="${t.bold ? 1 : 0}"`}><a:solidFill>${t.colour ? `<a:srgbClr val="${t.colour}"/>` : '<a:schemeClr val="tx1"/>'}</a:solidFill><a:latin typeface="${t.font ?? '+mj-lt'}"/></a:defRPr></a:lvl1pPr></p:titleStyle><p:bodyStyle>${[2800, 2400, 2000, 2000, 2000].map((s, i) => level(s, i + 1)).join('')}</p:bodyStyle><p:otherStyle><a:defPPr><a:defRPr lang="en-US"/></a:defPPr></p:otherStyle></p:txStyles></p:sldMaster>`
  );
}

function layoutXml(layout: LayoutSpec): string {
  const names: Record<string, string> = {
    ctrTitle: 'Title',
    title: 'Title',
    subTitle: 'Subtitle',
    body: 'Text Placeholder',
    dt: 'Date Placeholder',
    ftr: 'Footer Placeholder',
    sldNum: 'Slide Number Placeholder',
  };
  const shapes =
    layout.placeholders
      .map((ph, i) => sp(i + 2, `${names[ph.type ?? ''] ?? 'Content Placeholder'} ${i + 1}`, ph, ph.frame))
      .join('') + (layout.drawing ? curve(layout.drawing, layout.drawingFill) : '');
  return (
    `${DECL}<p:sldLayout ${NS}${layout.type ? ` type="${layout.type}"` : ''}${layout.hidesMasterArt ? ' showMasterSp="0"' : ''} preserve="1"><p:cSld name="${layout.name}">` +
    (layout.background
      ? `<p:bg><p:bgPr><a:solidFill><a:srgbClr val="${layout.background}"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>`
      : '') +
    (layout.gradient
      ? `<p:bg><p:bgPr><a:gradFill rotWithShape="1"><a:gsLst><a:gs pos="0"><a:srgbClr val="${layout.gradient[0]}"/></a:gs><a:gs pos="100000"><a:srgbClr val="${layout.gradient[1]}"/></a:gs></a:gsLst><a:lin ang="2700000" scaled="0"/></a:gradFill><a:effectLst/></p:bgPr></p:bg>`
      : '') +
    (layout.darkStyle ? '<p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg>' : '') +
    `<p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>` +
    `${shapes}</p:spTree></p:cSld><p:clrMapOvr>${
      layout.darkStyle
        ? '<a:overrideClrMapping bg1="dk1" tx1="lt1" bg2="dk2" tx2="lt2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>'
        : '<a:masterClrMapping/>'
    }</p:clrMapOvr></p:sldLayout>`
  );
}

/** A dashed curve from the frame's bottom-left corner over its top to its right edge, as a `custGeom` outline. */
function curve(frame: [number, number, number, number], fill?: string): string {
  const [w, h] = [Math.round(frame[2] * EMU), Math.round(frame[3] * EMU)];
  const path = `<a:path w="${w}" h="${h}"><a:moveTo><a:pt x="0" y="${h}"/></a:moveTo><a:cubicBezTo><a:pt x="${Math.round(w * 0.3)}" y="${-h}"/><a:pt x="${Math.round(w * 0.6)}" y="${h * 2}"/><a:pt x="${w}" y="0"/></a:cubicBezTo>${fill ? `<a:lnTo><a:pt x="${w}" y="${h}"/></a:lnTo><a:close/>` : ''}</a:path>`;
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="40" name="Graphic 1"/><p:cNvSpPr/><p:nvPr userDrawn="1"/></p:nvSpPr><p:spPr>${off(frame)}` +
    `<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l="0" t="0" r="r" b="b"/><a:pathLst>${path}</a:pathLst></a:custGeom>${fill ? `<a:solidFill><a:srgbClr val="${fill}"/></a:solidFill>` : '<a:noFill/>'}` +
    `<a:ln w="12700"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:prstDash val="dash"/></a:ln></p:spPr></p:sp>`
  );
}

/**
 * One package with the masters of two templates, as a corporate template with a light and a dark design has: the
 * second's master, theme and layouts are renumbered after the first's (parts, relationship ids, layout ids).
 */
export async function twoMasters(first: Uint8Array, second: Uint8Array): Promise<Uint8Array> {
  const { unzipSync, strFromU8 } = await import('fflate');
  const a = unzipSync(first);
  const b = unzipSync(second);
  const text = (files: Record<string, Uint8Array>, name: string) => strFromU8(files[name]!);
  const layoutsOfA = Object.keys(a).filter((n) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(n)).length;
  const renumber = (xml: string) =>
    xml
      .replace(/slideLayout(\d+)\.xml/g, (_m, n: string) => `slideLayout${Number(n) + layoutsOfA}.xml`)
      .replace(/slideMaster1\.xml/g, 'slideMaster2.xml')
      .replace(/theme1\.xml/g, 'theme2.xml');
  const out: Record<string, Uint8Array> = { ...a };
  for (const [name, data] of Object.entries(b)) {
    if (!/^ppt\/(slideLayouts|slideMasters|theme|media)\//.test(name)) continue;
    const to = renumber(name).replace('media/image1', 'media/image2');
    out[to] = /\.(xml|rels)$/.test(name)
      ? strToU8(
          renumber(strFromU8(data))
            .replace('media/image1', 'media/image2')
            .replace(/<p:sldLayoutId id="(\d+)"/g, (_m, id: string) => `<p:sldLayoutId id="${Number(id) + 100}"`),
        )
      : data;
  }
  const overrides = Object.keys(out)
    .filter((n) => !a[n] && /\.xml$/.test(n))
    .map((n) => {
      const kind = n.includes('slideMaster')
        ? 'presentationml.slideMaster'
        : n.includes('slideLayout')
          ? 'presentationml.slideLayout'
          : 'theme';
      return `<Override PartName="/${n}" ContentType="application/vnd.openxmlformats-officedocument.${kind}+xml"/>`;
    })
    .join('');
  out['[Content_Types].xml'] = strToU8(text(a, '[Content_Types].xml').replace('</Types>', `${overrides}</Types>`));
  out['ppt/presentation.xml'] = strToU8(
    text(a, 'ppt/presentation.xml').replace(
      '</p:sldMasterIdLst>',
      `<p:sldMasterId id="2147483800" r:id="rIdSecondMaster"/></p:sldMasterIdLst>`,
    ),
  );
  out['ppt/_rels/presentation.xml.rels'] = strToU8(
    text(a, 'ppt/_rels/presentation.xml.rels').replace(
      '</Relationships>',
      `<Relationship Id="rIdSecondMaster" Type="${REL}/slideMaster" Target="slideMasters/slideMaster2.xml"/></Relationships>`,
    ),
  );
  return zipSync(out);
}

/** The theme with the spec's east-Asian typefaces in its major and minor fonts. */
function withEastAsianFonts(theme: string, spec: TemplateSpec['eastAsian']): string {
  if (!spec) return theme;
  let out = theme;
  for (const [which, ea] of [
    ['majorFont', spec.major],
    ['minorFont', spec.minor],
  ] as const) {
    out = out.replace(new RegExp(`(<a:${which}>[\\s\\S]*?<\\/a:${which}>)`), (font: string) => {
      let f = font.replace('<a:ea typeface=""/>', `<a:ea typeface="${ea ?? ''}"/>`);
      for (const [script, face] of Object.entries(spec.scripts ?? {}))
        f = f.replace(
          new RegExp(`<a:font script="${script}" typeface="[^"]*"/>`),
          `<a:font script="${script}" typeface="${face}"/>`,
        );
      return f;
    });
  }
  return out;
}
