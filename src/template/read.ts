// Reads a client's PowerPoint template (.potx, or a .pptx used as one): size, theme, masters and layouts with their placeholders.

import type { Element as XmlElement } from '@xmldom/xmldom';
import { sniffImage } from '../util/image.js';
import {
  artOf,
  backgroundOf,
  colourOf,
  geometryOf,
  obstaclesOf,
  type PictureOf,
  paintOf,
  textsOf,
  throughGroups,
} from './art.js';
import { readExamples } from './example-pictures.js';
import { carriedParts, type Parts, parseXml, relationshipsOf, TemplateProblem, unpack } from './package.js';
import { baseName } from './package-paths.js';
import { tableHeaderOf } from './table-style.js';
import { frameLookOf, levelLooksOf, mergedLevels } from './text-setting.js';
import type {
  Bullet,
  PlaceholderPaint,
  TemplateInfo,
  TemplateLayout,
  TemplateLook,
  TemplatePlaceholder,
  TextLook,
  ThemeColourName,
} from './types.js';
import { THEME_COLOURS } from './types.js';

export { TemplateProblem } from './package.js';

const NS = {
  p: 'http://schemas.openxmlformats.org/presentationml/2006/main',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  rel: 'http://schemas.openxmlformats.org/package/2006/relationships',
  ct: 'http://schemas.openxmlformats.org/package/2006/content-types',
};
const EMU = 914400;
/** The slide sizes PresentationML allows (ST_SlideSizeCoordinate): 1 to 56 inches. */
const SLIDE_EMU = { min: 914400, max: 51206400 };
const OFFICE_DOCUMENT = 'officeDocument';

/** What a template is, as a PowerPoint package says it: a template, a presentation used as one, or neither. */
const MAIN_TYPES: Record<string, TemplateInfo['kind']> = {
  'application/vnd.openxmlformats-officedocument.presentationml.template.main+xml': 'template',
  'application/vnd.ms-powerpoint.template.macroEnabled.main+xml': 'template',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml': 'presentation',
  'application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml': 'presentation',
  'application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml': 'presentation',
};

/** Reads a template package, or throws a TemplateProblem saying, in a facilitator's words, why it cannot be used. */
export function readTemplate(bytes: Uint8Array): TemplateInfo {
  const notices: string[] = [];
  const raw = unpack(bytes, notices);
  const types = xml(raw, '[Content_Types].xml');
  const main = officeDocument(raw);
  const kind = packageKind(types, main);
  const presentation = xml(raw, main);
  const slideSize = slideSizeOf(presentation);
  const width = round3(slideSize.cx / EMU);
  const height = round3(slideSize.cy / EMU);
  const presentationRels = relationships(raw, main);
  const masterIds = [...byTag(presentation, NS.p, 'sldMasterId')];
  const masterParts = masterIds.map((id) => presentationRels.get(id.getAttributeNS(NS.r, 'id') ?? ''));
  if (masterParts.some((part) => !part || !raw[part]))
    throw new TemplateProblem(
      'names a slide master that its relationships do not point to; open it in PowerPoint and save it again',
    );
  const tableHeader = tableHeaderOf(raw, main);
  const slideIds = [...byTag(presentation, NS.p, 'sldId')].map((s) => s.getAttributeNS(NS.r, 'id') ?? '');
  const { pictures, titles } = readExamples(raw, main, slideIds);
  // From here on only what the deck carries is read: masters, layouts, themes and pictures, written anew; and the
  // pictures the example slides show in the layouts' picture placeholders.
  const parts = carriedParts(raw, masterParts as string[], notices);
  for (const { part } of pictures) parts[part] = raw[part]!;
  const read = masterIds.map((id, i) => readMaster(parts, masterParts[i]!, id.getAttribute('id') ?? ''));
  const masters = read.map((r) => r.master);
  const layouts = read
    .flatMap((r) => r.layouts)
    .map((l) => {
      const shown = pictures.filter((p) => p.layout === l.part).map(({ idx, part }) => ({ idx, part }));
      const named = titles.filter((t) => t.layout === l.part).map((t) => t.title);
      return {
        ...l,
        ...(shown.length ? { examplePictures: shown } : {}),
        ...(named.length ? { exampleTitles: named } : {}),
      };
    });
  if (masters.length === 0) throw new TemplateProblem('has no slide master; open it in PowerPoint and save it again');
  if (!layouts.some((l) => l.placeholders.some((p) => p.type === 'title' || p.type === 'ctrTitle'))) {
    throw new TemplateProblem(
      'has no layout with a title placeholder: every slide of the deck needs one; add a "Title Only" layout in PowerPoint (View › Slide Master)',
    );
  }
  const exampleSlides = [...byTag(presentation, NS.p, 'sldId')].length;
  // The first master's theme is the template's.
  const theme = themeOf(read[0]!.theme);
  return {
    kind,
    main,
    width,
    height,
    slideSize,
    ...theme,
    masters,
    layouts,
    exampleSlides,
    parts,
    notices,
    ...(tableHeader ? { tableHeader } : {}),
  };
}

/** What the package says it is: a template, a presentation used as one, or (a problem) something else. */
function packageKind(types: XmlElement, main: string): TemplateInfo['kind'] {
  const override = [...byTag(types, NS.ct, 'Override')].find((o) => o.getAttribute('PartName') === `/${main}`);
  const kind = MAIN_TYPES[override?.getAttribute('ContentType') ?? ''];
  if (kind) return kind;
  if (main.startsWith('word/'))
    throw new TemplateProblem(
      'is a Word document, not a PowerPoint template; export the template from PowerPoint as .potx (or use a .pptx)',
    );
  if (main.startsWith('xl/'))
    throw new TemplateProblem('is an Excel workbook, not a PowerPoint template; use a .potx or .pptx file');
  throw new TemplateProblem('is not a PowerPoint presentation or template (its package says it holds something else)');
}

/** A slide master with its theme, and the layouts it lists, in its order. */
function readMaster(
  parts: Parts,
  masterPart: string,
  masterId: string,
): { master: TemplateInfo['masters'][number]; layouts: TemplateLayout[]; theme: XmlElement } {
  const master = xml(parts, masterPart);
  const masterRels = relationships(parts, masterPart);
  const placeholders = placeholdersOf(master, picturesOf(parts, masterRels), [], textStylesOf(master));
  const themePart = [...masterRels.entries()].find(
    ([, target]) => /\/theme\/theme[^/]*\.xml$/.test(target) && !/themeOverride/.test(target),
  )?.[1];
  if (!themePart)
    throw new TemplateProblem(
      `has a slide master without a theme (${baseName(masterPart)}); open it in PowerPoint and save it again`,
    );
  const theme = xml(parts, themePart);
  const bgStyles = first(theme, NS.a, 'bgFillStyleLst');
  const layouts = [...byTag(master, NS.p, 'sldLayoutId')].map((layoutId) => {
    const layoutPart = masterRels.get(layoutId.getAttributeNS(NS.r, 'id') ?? '');
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
      colourMap: colourMapOf(first(master, NS.p, 'clrMap')),
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
  const layout = xml(parts, layoutPart);
  const layoutRels = relationships(parts, layoutPart);
  if (![...layoutRels.values()].includes(masterPart))
    throw new TemplateProblem(
      `has a slide layout (${baseName(layoutPart)}) not linked to its master; open it in PowerPoint and save it again`,
    );
  const name = first(layout, NS.p, 'cSld')?.getAttribute('name') || baseName(layoutPart);
  const type = layout.getAttribute('type');
  const background = ownBackground(layout);
  // A dark title layout on a light master swaps the colour map for its slides.
  const override = first(layout, NS.a, 'overrideClrMapping');
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

const xml = parseXml;

/** The slide size in EMU, within the range PresentationML allows. */
function slideSizeOf(presentation: XmlElement): { cx: number; cy: number } {
  const size = first(presentation, NS.p, 'sldSz');
  const cx = Number(size?.getAttribute('cx'));
  const cy = Number(size?.getAttribute('cy'));
  if (!size || !Number.isInteger(cx) || !Number.isInteger(cy))
    throw new TemplateProblem(
      'has no slide size (p:sldSz) in its presentation part; open it in PowerPoint and save it again',
    );
  if ([cx, cy].some((n) => n < SLIDE_EMU.min || n > SLIDE_EMU.max))
    throw new TemplateProblem(
      `has a slide size of ${Math.round((cx / EMU) * 10) / 10} × ${Math.round((cy / EMU) * 10) / 10} in; PowerPoint's slides are 1 to 56 inches a side`,
    );
  return { cx, cy };
}

function officeDocument(parts: Parts): string {
  const main = relationshipsOf(parts, '').find((r) => r.type === OFFICE_DOCUMENT && r.target);
  if (!main?.target) throw new TemplateProblem('is not a PowerPoint package (it names no main part)');
  return main.target;
}

/** A part's relationships within the package: id -> part name. */
function relationships(parts: Parts, part: string): Map<string, string> {
  return new Map(relationshipsOf(parts, part).flatMap((r) => (r.target ? [[r.id, r.target] as [string, string]] : [])));
}

function* byTag(root: XmlElement, ns: string, local: string): Generator<XmlElement> {
  const list = root.getElementsByTagNameNS(ns, local);
  for (let i = 0; i < list.length; i++) yield list.item(i)!;
}

/** The first direct child element named `local` in `ns`. */
function child(parent: XmlElement | undefined, ns: string, local: string): XmlElement | undefined {
  for (let n = parent?.firstChild; n; n = n.nextSibling) {
    const el = n as unknown as XmlElement;
    if (el.nodeType === 1 && el.namespaceURI === ns && el.localName === local) return el;
  }
  return undefined;
}

function first(root: XmlElement, ns: string, local: string): XmlElement | undefined {
  return root.getElementsByTagNameNS(ns, local).item(0) ?? undefined;
}

/**
 * The placeholders of a master or layout, with their frames in inches; a layout's placeholder that
 * gives no frame takes its master's of the same role, as PowerPoint draws it.
 */
function placeholdersOf(
  root: XmlElement,
  pictureOf: PictureOf,
  inherited: readonly TemplatePlaceholder[],
  styles?: Record<string, XmlElement | undefined>,
): TemplatePlaceholder[] {
  const out: TemplatePlaceholder[] = [];
  for (const sp of byTag(root, NS.p, 'sp')) {
    const ph = first(sp, NS.p, 'ph');
    if (!ph) continue;
    const type = ph.getAttribute('type') || 'obj';
    const idx = ph.hasAttribute('idx') ? Number(ph.getAttribute('idx')) : undefined;
    // The frame is the shape's own spPr/xfrm: PowerPoint also writes `a:ext` elements of extension lists (creation ids) earlier in the shape.
    const xfrm = child(child(sp, NS.p, 'spPr'), NS.a, 'xfrm');
    const off = child(xfrm, NS.a, 'off');
    const ext = child(xfrm, NS.a, 'ext');
    // A placeholder inside a group sits where the group's transform puts it.
    const own =
      off && ext
        ? rounded(throughGroups(sp, { x: emu(off, 'x'), y: emu(off, 'y'), w: emu(ext, 'cx'), h: emu(ext, 'cy') }))
        : undefined;
    const master = inherited.find((m) => m.type === masterRole(type));
    const frame = own ?? master?.frame;
    // Each property from the nearest level that states it: the shape's list style, its master's placeholder, the master's text style.
    const below = master
      ? { ...(master.caps ? { caps: true } : {}), ...master.look }
      : textLookOf(styles?.[masterRole(type)]);
    const ownLook = textLookOf(child(child(sp, NS.p, 'txBody'), NS.a, 'lstStyle'));
    const bullets = mergedBullets(below.bullets, ownLook.bullets);
    const levels = mergedLevels(below.levels, ownLook.levels);
    const { caps, ...look } = { ...below, ...ownLook, ...(bullets ? { bullets } : {}), ...(levels ? { levels } : {}) };
    const textFrame = { ...master?.textFrame, ...frameLookOf(child(child(sp, NS.p, 'txBody'), NS.a, 'bodyPr')) };
    const paint = paintThrough(sp, pictureOf, master?.paint);
    const shape = geometryOf(sp) ?? master?.geometry;
    const geometry = shape === 'ellipse' || shape === 'roundRect' ? shape : undefined;
    out.push({
      type,
      ...(idx !== undefined ? { idx } : {}),
      ...(frame ? { frame } : {}),
      ...(caps ? { caps: true as const } : {}),
      ...(Object.keys(look).length ? { look } : {}),
      ...(Object.keys(textFrame).length ? { textFrame } : {}),
      ...(paint ? { paint } : {}),
      ...(geometry ? { geometry } : {}),
    });
  }
  return out;
}

/** A placeholder's fill and outline: what its own shape properties say, else what its master's placeholder draws ("none" ends it). */
function paintThrough(
  sp: XmlElement,
  pictureOf: PictureOf,
  below: PlaceholderPaint | undefined,
): PlaceholderPaint | undefined {
  const own = paintOf(sp, pictureOf);
  const fill = own.fill === undefined ? below?.fill : (own.fill ?? undefined);
  const line = own.line === undefined ? below?.line : (own.line ?? undefined);
  if (!fill && !line) return undefined;
  return {
    geometry: geometryOf(sp) ?? below?.geometry ?? 'rect',
    ...(fill ? { fill } : {}),
    ...(line ? { line } : {}),
  };
}

/** What a list style's first level says of its text (capitals, alignment, weight, colour, typeface); only what it states. */
function textLookOf(style: XmlElement | undefined): TextLook & { caps?: boolean } {
  const level = child(style, NS.a, 'lvl1pPr');
  const run = child(level, NS.a, 'defRPr');
  const out: TextLook & { caps?: boolean } = {};
  const cap = run?.getAttribute('cap');
  if (cap) out.caps = cap === 'all';
  const align = level?.getAttribute('algn');
  if (align) out.align = align;
  const bold = run?.getAttribute('b');
  if (bold) out.bold = bold === '1' || bold === 'true';
  const colour = colourOf(child(run, NS.a, 'solidFill'));
  if (colour) out.colour = colour;
  const font = child(run, NS.a, 'latin')?.getAttribute('typeface');
  if (font) out.font = font;
  const size = Number(run?.getAttribute('sz') ?? 'NaN') / 100;
  if (size > 0) out.size = size;
  const spacing = Number(run?.getAttribute('spc') ?? 'NaN');
  if (Number.isFinite(spacing)) out.spacing = spacing / 100;
  const bullets: Partial<Record<1 | 2, Bullet>> = {};
  for (const n of [1, 2] as const) {
    const bullet = bulletOf(child(style, NS.a, `lvl${n}pPr`));
    if (bullet) bullets[n] = bullet;
  }
  if (Object.keys(bullets).length) out.bullets = bullets;
  const levels = levelLooksOf(style);
  if (levels) out.levels = levels;
  return out;
}

/** What a list level's paragraph properties say of its bullet; only what they state. */
function bulletOf(level: XmlElement | undefined): Bullet | undefined {
  if (!level) return undefined;
  if (child(level, NS.a, 'buNone')) return { none: true };
  const char = child(level, NS.a, 'buChar')?.getAttribute('char');
  const font = child(level, NS.a, 'buFont')?.getAttribute('typeface');
  const colour = colourOf(child(level, NS.a, 'buClr'));
  const out: Bullet = { ...(char ? { char } : {}), ...(font ? { font } : {}), ...(colour ? { colour } : {}) };
  return Object.keys(out).length ? out : undefined;
}

/** A placeholder's bullets through the chain: a level's `buNone` or character replaces what is below, its font and colour add to it. */
function mergedBullets(below: TextLook['bullets'], own: TextLook['bullets']): TextLook['bullets'] | undefined {
  const out: Partial<Record<1 | 2, Bullet>> = {};
  for (const n of [1, 2] as const) {
    const [b, o] = [below?.[n], own?.[n]];
    const merged = o?.none
      ? { none: true as const }
      : o?.char
        ? { ...(b?.none ? {} : b), ...o }
        : b || o
          ? { ...b, ...o }
          : undefined;
    if (merged) out[n] = merged;
  }
  return Object.keys(out).length ? out : undefined;
}

/** A master's text styles by the role of the placeholders they style. */
function textStylesOf(master: XmlElement): Record<string, XmlElement | undefined> {
  const styles = first(master, NS.p, 'txStyles');
  return { title: child(styles, NS.p, 'titleStyle'), body: child(styles, NS.p, 'bodyStyle') };
}

/** The master placeholder a layout placeholder inherits from: titles from the title, text of any kind from the body. */
function masterRole(type: string): string {
  if (type === 'ctrTitle' || type === 'title') return 'title';
  if (type === 'dt' || type === 'ftr' || type === 'sldNum') return type;
  return 'body';
}

/** A layout's own background (a dark title slide on a light master), as a colour or the clrMap name it uses. */
function ownBackground(layout: XmlElement): { colour: string } | { slot: string } | undefined {
  const bg = child(child(layout, NS.p, 'cSld'), NS.p, 'bg');
  if (!bg) return undefined;
  const srgb = first(bg, NS.a, 'srgbClr')?.getAttribute('val');
  if (srgb) return { colour: `#${srgb.toUpperCase()}` };
  const scheme = first(bg, NS.a, 'schemeClr')?.getAttribute('val');
  return scheme ? { slot: scheme } : undefined;
}

/** What a master's slides look like: background, which theme colours text and background map to, and text sizes. */
function masterLook(
  master: XmlElement,
): Omit<TemplateInfo['masters'][number], 'id' | 'part' | 'placeholders' | 'colours' | 'fonts'> {
  const map = first(master, NS.p, 'clrMap');
  const bg = first(master, NS.p, 'bg');
  const fill = bg ? first(bg, NS.a, 'srgbClr')?.getAttribute('val') : undefined;
  const scheme = bg ? first(bg, NS.a, 'schemeClr')?.getAttribute('val') : undefined;
  const size = (style: string) => {
    const el = first(master, NS.p, style);
    const lvl1 = el ? first(el, NS.a, 'lvl1pPr') : undefined;
    const sz = lvl1 ? first(lvl1, NS.a, 'defRPr')?.getAttribute('sz') : undefined;
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

const rounded = (f: { x: number; y: number; w: number; h: number }) => ({
  x: round3(f.x),
  y: round3(f.y),
  w: round3(f.w),
  h: round3(f.h),
});
const round3 = (n: number) => Math.round(n * 1000) / 1000;
const emu = (el: XmlElement, attr: string) => Math.round((Number(el.getAttribute(attr)) / EMU) * 1000) / 1000;

function themeOf(theme: XmlElement | undefined): Pick<TemplateInfo, 'colours' | 'fonts'> {
  const colours = {} as Record<ThemeColourName, string>;
  const scheme = theme ? first(theme, NS.a, 'clrScheme') : undefined;
  for (const name of THEME_COLOURS) {
    const slot = scheme ? first(scheme, NS.a, name) : undefined;
    const srgb = slot ? first(slot, NS.a, 'srgbClr')?.getAttribute('val') : undefined;
    const sys = slot ? first(slot, NS.a, 'sysClr')?.getAttribute('lastClr') : undefined;
    colours[name] = `#${(srgb || sys || DEFAULT_COLOURS[name]).toUpperCase()}`;
  }
  const font = (which: string) => {
    const el = theme ? first(theme, NS.a, which) : undefined;
    return (el ? first(el, NS.a, 'latin')?.getAttribute('typeface') : undefined) || 'Calibri';
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
