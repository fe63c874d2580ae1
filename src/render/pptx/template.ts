// The deck's built-in slide master and its named layouts, written as PresentationML: placeholders, text styles, decorations.

import type { Geometry } from '../../layout/geometry.js';
import { descentPad } from '../../layout/text.js';
import type { Frame } from '../../layout/types.js';
import type { Theme } from '../../model/deck.js';
import type { Palette } from '../colors.js';
import { decorations } from '../slide-decor.js';
import { LAYOUTS, type LayoutKey } from './layouts.js';
import { mirroredLevels } from './right-to-left.js';
import {
  background,
  bodyLevels,
  type PlaceholderSpec,
  pictureXml,
  placeholderXml,
  plainLevel,
  rectXml,
  spTree,
} from './template-xml.js';
import { XML_DECLARATION, xmlText } from './xml.js';

const NS =
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
/** The slide-number field id PowerPoint and pptxgenjs use. */
export const SLIDE_NUMBER_FIELD = '{F7021451-1387-4CA6-816F-3879F97B5CBC}';

export interface TemplateInput {
  theme: Theme;
  geo: Geometry;
  palette: Palette;
  lang: string;
  /** Footer text size, as the slides' footers are set. */
  footerSize: number;
}

/** The master, layouts, their relationships and the logo, by part name; layout N is `LAYOUTS[N - 1]`. */
export function templateParts(input: TemplateInput): Map<string, string | Uint8Array> {
  const parts = new Map<string, string | Uint8Array>();
  const logo = input.theme.logo;
  const logoPart = logo ? `logo.${logo.mime === 'image/png' ? 'png' : 'jpeg'}` : undefined;
  if (logo && logoPart) parts.set(`ppt/media/${logoPart}`, logo.data);

  // A right-to-left kit's masters set text right to left, as its slides do.
  const directed = (xml: string) => (input.geo.rtl ? mirroredLevels(xml) : xml);
  parts.set('ppt/slideMasters/slideMaster1.xml', directed(masterXml(input)));
  const masterRels = LAYOUTS.map((_, i) =>
    rel(`rId${i + 1}`, 'slideLayout', `../slideLayouts/slideLayout${i + 1}.xml`),
  );
  masterRels.push(rel(`rId${LAYOUTS.length + 1}`, 'theme', '../theme/theme1.xml'));
  parts.set('ppt/slideMasters/_rels/slideMaster1.xml.rels', relsXml(masterRels));

  LAYOUTS.forEach((layout, i) => {
    const withLogo = logoPart !== undefined && (layout.key === 'content' || layout.key === 'titleOnly');
    parts.set(`ppt/slideLayouts/slideLayout${i + 1}.xml`, directed(layoutXml(input, layout.key, withLogo)));
    const rels = [rel('rId1', 'slideMaster', '../slideMasters/slideMaster1.xml')];
    if (withLogo) rels.push(rel('rId2', 'image', `../media/${logoPart}`));
    parts.set(`ppt/slideLayouts/_rels/slideLayout${i + 1}.xml.rels`, relsXml(rels));
  });
  return parts;
}

function rel(id: string, type: string, target: string): string {
  return `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`;
}

function relsXml(rels: string[]): string {
  return `${XML_DECLARATION}<Relationships xmlns="${RELS_NS}">${rels.join('')}</Relationships>`;
}

/** The placeholders every layout shares with the master: footer and slide number. */
function footerPlaceholders(input: TemplateInput): PlaceholderSpec[] {
  const { geo, theme, palette: pal } = input;
  const muted = pal.text('muted', pal.background);
  const pad = { l: 0, t: 0, r: 0 };
  return [
    {
      key: 'ftr',
      name: 'Footer Placeholder',
      frame: geo.footer,
      anchor: 'b',
      insets: { ...pad, b: descentPad(input.footerSize) },
      lstStyle: plainLevel(input.footerSize, muted, theme.fonts.body),
    },
    {
      key: 'sldNum',
      name: 'Slide Number Placeholder',
      frame: geo.slideNumber,
      anchor: 'b',
      insets: { ...pad, b: descentPad(theme.sizes.small) },
      lstStyle: plainLevel(theme.sizes.small, muted, theme.fonts.body, false, 'r'),
      body: `<a:p><a:fld id="${SLIDE_NUMBER_FIELD}" type="slidenum"><a:rPr lang="${xmlText(input.lang)}"/><a:t>‹#›</a:t></a:fld><a:endParaRPr lang="${xmlText(input.lang)}"/></a:p>`,
    },
  ];
}

function titleSpec(
  input: TemplateInput,
  key: 'title' | 'ctrTitle',
  frame: Frame,
  sizePt: number,
  fill: string,
): PlaceholderSpec {
  const { theme, palette: pal } = input;
  return {
    key,
    name: 'Title',
    frame,
    anchor: 'b',
    insets: { l: 0, t: 0, r: 0, b: descentPad(sizePt) },
    lstStyle: plainLevel(sizePt, pal.text('title', fill), theme.fonts.heading, true),
  };
}

function masterXml(input: TemplateInput): string {
  const { geo, theme, palette: pal } = input;
  const text = pal.text('body', pal.background);
  const shapes = [
    titleSpec(input, 'title', geo.title, geo.titleMax.content, pal.background),
    {
      key: 'body',
      name: 'Text Placeholder',
      frame: geo.body,
      anchor: 't',
      insets: { l: 0, t: 0, r: 0, b: 0 },
      lstStyle: '',
    } satisfies PlaceholderSpec,
    ...footerPlaceholders(input),
  ].map((p, i) => placeholderXml(i + 2, p));
  const layoutIds = LAYOUTS.map((_, i) => `<p:sldLayoutId id="${2147483649 + i}" r:id="rId${i + 1}"/>`).join('');
  const title = plainLevel(geo.titleMax.content, pal.text('title', pal.background), theme.fonts.heading, true);
  const other = plainLevel(18, text, theme.fonts.body);
  return (
    `${XML_DECLARATION}<p:sldMaster ${NS}><p:cSld>${background(pal.background)}${spTree(shapes)}</p:cSld>` +
    '<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>' +
    `<p:sldLayoutIdLst>${layoutIds}</p:sldLayoutIdLst>` +
    `<p:txStyles><p:titleStyle>${title}</p:titleStyle><p:bodyStyle>${bodyLevels(theme, text)}</p:bodyStyle><p:otherStyle>${other}</p:otherStyle></p:txStyles></p:sldMaster>`
  );
}

/** Where a layout's body or subtitle placeholder sits when the slide does not say otherwise. */
function layoutShapes(input: TemplateInput, key: LayoutKey, withLogo: boolean): { fill: string; shapes: string[] } {
  const { geo, theme, palette: pal } = input;
  const shapes: string[] = [];
  let id = 2;
  const add = (xml: (n: number) => string) => shapes.push(xml(id++));
  const placeholder = (p: PlaceholderSpec) => add((n) => placeholderXml(n, p));
  const bodyOn = (fill: string) => pal.text('body', fill);
  const decor = decorations(geo, pal, theme, key);
  switch (key) {
    case 'title': {
      const t = geo.coverTitle;
      for (const r of decor.rects) add((n) => rectXml(n, r.name, r.frame, r.color));
      placeholder(titleSpec(input, 'ctrTitle', t, geo.titleMax.cover, pal.primary));
      placeholder({
        key: 'subTitle',
        name: 'Subtitle',
        frame: { x: t.x, y: t.y + t.h + 0.5, w: t.w, h: Math.max(0.5, geo.height - 0.6 - (t.y + t.h + 0.5)) },
        anchor: 't',
        insets: { l: 0, t: 0, r: 0, b: 0 },
        lstStyle: plainLevel(26, pal.text('subtitle', pal.primary), theme.fonts.body),
      });
      return { fill: decor.fill, shapes };
    }
    case 'section': {
      const t = geo.heroTitle;
      for (const r of decor.rects) add((n) => rectXml(n, r.name, r.frame, r.color));
      placeholder(titleSpec(input, 'title', t, geo.titleMax.hero, pal.primary));
      const top = t.y + t.h + 0.5;
      placeholder({
        key: 'body',
        name: 'Text Placeholder',
        // A tall hero title on a short (4:3 or custom) slide leaves little room; a frame is never negative.
        frame: { x: t.x, y: top, w: t.w, h: Math.max(0.5, geo.height - 0.6 - top) },
        anchor: 't',
        insets: { l: 0, t: 0, r: 0, b: 0 },
        lstStyle: plainLevel(theme.sizes.body, bodyOn(pal.primary), theme.fonts.body),
      });
      return { fill: decor.fill, shapes };
    }
    default: {
      for (const r of decor.rects) add((n) => rectXml(n, r.name, r.frame, r.color));
      if (key !== 'blank') {
        placeholder(titleSpec(input, 'title', geo.title, geo.titleMax.content, pal.background));
      }
      if (key === 'content')
        placeholder({
          key: 'body',
          name: 'Content Placeholder',
          frame: geo.body,
          anchor: 't',
          insets: { l: 0, t: 0, r: 0, b: 0 },
          lstStyle: '',
        });
      for (const p of footerPlaceholders(input)) placeholder(p);
      const logo = decor.logo;
      if (withLogo && logo) add((n) => pictureXml(n, logo.frame, logo.image.alt));
      return { fill: decor.fill, shapes };
    }
  }
}

function layoutXml(input: TemplateInput, key: LayoutKey, withLogo: boolean): string {
  const layout = LAYOUTS.find((l) => l.key === key)!;
  const { fill, shapes } = layoutShapes(input, key, withLogo);
  return (
    `${XML_DECLARATION}<p:sldLayout ${NS} type="${layout.type}" preserve="1"><p:cSld name="${layout.name}">${background(fill)}${spTree(shapes)}</p:cSld>` +
    '<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>'
  );
}
