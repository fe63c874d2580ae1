// A template's slide masters and the layouts each lists: their placeholders, backgrounds, colour maps and art, and
// each master's theme (its colours and fonts).

import type { Element as XmlElement } from '@xmldom/xmldom';
import { sniffImage } from '../util/image.js';
import { artOf, obstaclesOf, textsOf } from './art.js';
import { A, byTag, child, first, P, R, relationships } from './ooxml.js';
import { type Parts, parseXml, TemplateProblem } from './package.js';
import { baseName } from './package-paths.js';
import { backgroundOf, type PictureOf } from './paint.js';
import { placeholdersOf, textStylesOf } from './placeholders.js';
import type { TemplateInfo, TemplateLayout, TemplateLook, TemplatePlaceholder, ThemeColourName } from './types.js';
import { THEME_COLOURS } from './types.js';

/** A slide master with its theme, and the layouts it lists, in its order. */
export function readMaster(
  parts: Parts,
  masterPart: string,
  masterId: string,
): { master: TemplateInfo['masters'][number]; layouts: TemplateLayout[]; theme: XmlElement } {
  const master = parseXml(parts, masterPart);
  const masterRels = relationships(parts, masterPart);
  const placeholders = placeholdersOf(master, picturesOf(parts, masterRels), [], textStylesOf(master));
  const themePart = [...masterRels.entries()].find(
    ([, target]) => /\/theme\/theme[^/]*\.xml$/.test(target) && !/themeOverride/.test(target),
  )?.[1];
  if (!themePart)
    throw new TemplateProblem(
      `has a slide master without a theme (${baseName(masterPart)}); open it in PowerPoint and save it again`,
    );
  const theme = parseXml(parts, themePart);
  const bgStyles = first(theme, A, 'bgFillStyleLst');
  const layouts = [...byTag(master, P, 'sldLayoutId')].map((layoutId) => {
    const layoutPart = masterRels.get(layoutId.getAttributeNS(R, 'id') ?? '');
    if (!layoutPart || !parts[layoutPart])
      throw new TemplateProblem(
        `lacks a slide layout its master ${baseName(masterPart)} lists${layoutPart ? ` (${layoutPart})` : ''}; open it in PowerPoint and save it again`,
      );
    return readLayout(parts, layoutPart, masterPart, placeholders, bgStyles);
  });
  return {
    master: {
      id: masterId,
      part: masterPart,
      placeholders,
      ...masterLook(master),
      ...themeOf(theme),
      colourMap: colourMapOf(first(master, P, 'clrMap')),
      look: lookOf(master, parts, masterRels, bgStyles),
    },
    layouts,
    theme,
  };
}

/** A slide layout: its name and type, placeholders over its master's, background, colour map and art. */
function readLayout(
  parts: Parts,
  layoutPart: string,
  masterPart: string,
  masterPlaceholders: readonly TemplatePlaceholder[],
  bgStyles: XmlElement | undefined,
): TemplateLayout {
  const layout = parseXml(parts, layoutPart);
  const layoutRels = relationships(parts, layoutPart);
  if (![...layoutRels.values()].includes(masterPart))
    throw new TemplateProblem(
      `has a slide layout (${baseName(layoutPart)}) not linked to its master; open it in PowerPoint and save it again`,
    );
  const name = first(layout, P, 'cSld')?.getAttribute('name') || baseName(layoutPart);
  const type = layout.getAttribute('type');
  const background = ownBackground(layout);
  // A dark title layout on a light master swaps the colour map for its slides.
  const override = first(layout, A, 'overrideClrMapping');
  return {
    part: layoutPart,
    name,
    ...(type ? { type } : {}),
    master: masterPart,
    placeholders: placeholdersOf(layout, picturesOf(parts, layoutRels), masterPlaceholders),
    ...(background ? { background } : {}),
    look: lookOf(layout, parts, layoutRels, bgStyles),
    ...(override ? { colourMap: colourMapOf(override) } : {}),
    ...(layout.getAttribute('showMasterSp') === '0' || layout.getAttribute('showMasterSp') === 'false'
      ? { hidesMasterArt: true as const }
      : {}),
  };
}

/** What a master or layout draws of its own, with the pictures it names that the PDFs can draw (PNG, JPEG). */
function lookOf(
  root: XmlElement,
  parts: Parts,
  rels: Map<string, string>,
  bgStyles: XmlElement | undefined,
): TemplateLook {
  const pictureOf = picturesOf(parts, rels);
  const backdrop = backgroundOf(root, pictureOf, bgStyles);
  const texts = textsOf(root);
  const obstacles = obstaclesOf(root);
  return {
    ...(backdrop ? { backdrop } : {}),
    art: artOf(root, pictureOf),
    ...(texts.length ? { texts } : {}),
    ...(obstacles.length ? { obstacles } : {}),
  };
}

/** The pictures a part names that the PDFs can draw (PNG, JPEG), by relationship id. */
function picturesOf(parts: Parts, rels: Map<string, string>): PictureOf {
  return (id) => {
    const part = rels.get(id);
    const bytes = part ? parts[part] : undefined;
    return bytes && sniffImage(bytes) ? part : undefined;
  };
}

/** A colour map (a master's clrMap, a layout's overrideClrMapping): bg1 -> lt1, tx1 -> dk1, ... */
function colourMapOf(map: XmlElement | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of [
    'bg1',
    'tx1',
    'bg2',
    'tx2',
    'accent1',
    'accent2',
    'accent3',
    'accent4',
    'accent5',
    'accent6',
    'hlink',
    'folHlink',
  ]) {
    const slot = map?.getAttribute(name);
    if (slot) out[name] = slot;
  }
  return out;
}

/** A layout's own background (a dark title slide on a light master), as a colour or the clrMap name it uses. */
function ownBackground(layout: XmlElement): { colour: string } | { slot: string } | undefined {
  const bg = child(child(layout, P, 'cSld'), P, 'bg');
  if (!bg) return undefined;
  const srgb = first(bg, A, 'srgbClr')?.getAttribute('val');
  if (srgb) return { colour: `#${srgb.toUpperCase()}` };
  const scheme = first(bg, A, 'schemeClr')?.getAttribute('val');
  return scheme ? { slot: scheme } : undefined;
}

/** What a master's slides look like: background, which theme colours text and background map to, and text sizes. */
function masterLook(
  master: XmlElement,
): Omit<TemplateInfo['masters'][number], 'id' | 'part' | 'placeholders' | 'colours' | 'fonts'> {
  const map = first(master, P, 'clrMap');
  const bg = first(master, P, 'bg');
  const fill = bg ? first(bg, A, 'srgbClr')?.getAttribute('val') : undefined;
  const scheme = bg ? first(bg, A, 'schemeClr')?.getAttribute('val') : undefined;
  const size = (style: string) => {
    const el = first(master, P, style);
    const lvl1 = el ? first(el, A, 'lvl1pPr') : undefined;
    const sz = lvl1 ? first(lvl1, A, 'defRPr')?.getAttribute('sz') : undefined;
    return sz ? Number(sz) / 100 : undefined;
  };
  const title = size('titleStyle');
  const body = size('bodyStyle');
  return {
    background: fill
      ? { colour: `#${fill.toUpperCase()}` }
      : { slot: (scheme && map?.getAttribute(scheme)) || map?.getAttribute('bg1') || 'lt1' },
    ...(fill ? {} : { backgroundScheme: scheme || 'bg1' }),
    text: map?.getAttribute('tx1') || 'dk1',
    ...(title ? { titleSize: title } : {}),
    ...(body ? { bodySize: body } : {}),
  };
}

export function themeOf(theme: XmlElement | undefined): Pick<TemplateInfo, 'colours' | 'fonts'> {
  const colours = {} as Record<ThemeColourName, string>;
  const scheme = theme ? first(theme, A, 'clrScheme') : undefined;
  for (const name of THEME_COLOURS) {
    const slot = scheme ? first(scheme, A, name) : undefined;
    const srgb = slot ? first(slot, A, 'srgbClr')?.getAttribute('val') : undefined;
    const sys = slot ? first(slot, A, 'sysClr')?.getAttribute('lastClr') : undefined;
    colours[name] = `#${(srgb || sys || DEFAULT_COLOURS[name]).toUpperCase()}`;
  }
  const font = (which: string) => {
    const el = theme ? first(theme, A, which) : undefined;
    return (el ? first(el, A, 'latin')?.getAttribute('typeface') : undefined) || 'Calibri';
  };
  return { colours, fonts: { major: font('majorFont'), minor: font('minorFont') } };
}

/** Office's own theme colours, for a template whose theme leaves a slot out. */
const DEFAULT_COLOURS: Record<ThemeColourName, string> = {
  dk1: '000000',
  lt1: 'FFFFFF',
  dk2: '44546A',
  lt2: 'E7E6E6',
  accent1: '4472C4',
  accent2: 'ED7D31',
  accent3: 'A5A5A5',
  accent4: 'FFC000',
  accent5: '5B9BD5',
  accent6: '70AD47',
  hlink: '0563C1',
  folHlink: '954F72',
};
