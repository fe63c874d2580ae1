// A deck on a client's template: the template's masters, layouts, themes and pictures carried into the package
// under our part names, its example slides left out, and each slide linked to the template layout of its kind.
import type { Element as XmlElement } from '@xmldom/xmldom';
import { bodyPlaceholder } from '../../template/layout-fit.js';
import { parseXml, pictureKind, relationshipsOf, relationshipsXml } from '../../template/package.js';
import { relsOf } from '../../template/package-paths.js';
import type { DeckTemplate, TemplateLayout, TemplateRole } from '../../template/types.js';
import { createBeside, direct, elements, firstElement, NS, parseXmlText, serialiseXml } from './dom.js';
import type { PlaceholderKey } from './layouts.js';

export interface TemplatePackage {
  /** Parts to add: masters, layouts, their themes and media, renamed into the deck's numbering. */
  parts: Map<string, string | Uint8Array>;
  /** The part name of the layout each kind of slide is linked to. */
  layoutPart: (role: TemplateRole) => string;
  /** The `<p:ph>` a slide shape takes on a layout, or undefined when the layout has no such placeholder (the shape stays a text box). */
  placeholder: (role: TemplateRole, ph: PlaceholderKey) => string | undefined;
  /** The presentation part and its relationships, pointed at the template's masters and size. */
  presentation: (xml: string) => string;
  presentationRels: (rels: string) => string;
  /** The template theme's colours by value (RRGGBB -> slot), for slides to name instead of repeating them. */
  slots: Map<string, string>;
  /** The name of the deck's first theme (the template's), as app.xml gives it. */
  themeName: string;
  /** The typefaces the carried masters and layouts name (theme fonts aside), for app.xml's list of fonts used. */
  fonts: string[];
}

const decode = (data: Uint8Array) => new TextDecoder().decode(data);

/** The template's parts for this deck, and how the deck's own parts change to use them. */
export function templatePackage(template: DeckTemplate): TemplatePackage {
  // The reader kept only what a deck carries (masters, layouts, themes, pictures), written anew: every part goes in,
  // renamed into the deck's numbering.
  const source = template.parts;
  const rename = new Map<string, string>();
  let layouts = 0;
  let themes = 0;
  let media = 0;
  template.masters.forEach((m, i) => rename.set(m.part, `ppt/slideMasters/slideMaster${i + 1}.xml`));
  const queue = template.masters.map((m) => m.part);
  for (let q = 0; q < queue.length; q++) {
    for (const { type, target } of relationshipsOf(source, queue[q]!)) {
      if (!target || rename.has(target)) continue;
      if (type === 'slideLayout') rename.set(target, `ppt/slideLayouts/slideLayout${++layouts}.xml`);
      else if (type === 'theme') rename.set(target, `ppt/theme/theme${++themes}.xml`);
      else if (type === 'image')
        rename.set(target, `ppt/media/template-${++media}.${pictureKind(source[target]!) ?? 'bin'}`);
      else continue;
      queue.push(target);
    }
  }
  const parts = new Map<string, string | Uint8Array>();
  for (const [from, to] of rename) {
    const data = source[from]!;
    parts.set(to, /\.xml$/.test(to) ? decode(data) : data);
    const rels = relationshipsOf(source, from).flatMap((r) =>
      r.target && rename.has(r.target) ? [{ ...r, target: rename.get(r.target)! }] : [],
    );
    if (rels.length) parts.set(relsOf(to), relationshipsXml(to, rels));
  }
  const carried = (name: string) => [...rename].find(([, to]) => to === name)?.[0];
  const firstTheme = carried('ppt/theme/theme1.xml');
  return {
    parts,
    layoutPart: (role) => rename.get(template.layouts[role].part)!,
    placeholder: (role, ph) => placeholderOn(template.layouts[role], ph),
    presentation: (xml) => onTemplate(xml, template),
    presentationRels: (rels) => withTemplateMasters(rels, template.masters.length),
    // The colours of the theme of the master the text slides' layout belongs to.
    slots: themeSlots(parseIn(source, themeOfMaster(source, template.layouts.content.master) ?? firstTheme)),
    themeName: parseIn(source, firstTheme)?.getAttribute('name') ?? 'Office Theme',
    fonts: [...rename]
      .filter(([, to]) => /^ppt\/(slideLayouts|slideMasters)\//.test(to))
      .flatMap(([from]) => typefaces(parseIn(source, from))),
  };
}

/** A carried part, parsed (the reader has checked every one of them). */
function parseIn(source: DeckTemplate['parts'], part: string | undefined): XmlElement | undefined {
  return part && source[part] ? parseXml(source, part) : undefined;
}

/** Our own presentation part (pptxgenjs's), pointed at the template's size and masters. */
function onTemplate(xml: string, template: DeckTemplate): string {
  const doc = parseXmlText(xml);
  const root = doc.documentElement as unknown as XmlElement;
  for (const size of direct(root, NS.p, 'sldSz')) {
    while (size.attributes.length) size.removeAttributeNode(size.attributes.item(0)!);
    size.setAttribute('cx', String(template.slideSize.cx));
    size.setAttribute('cy', String(template.slideSize.cy));
  }
  for (const list of direct(root, NS.p, 'sldMasterIdLst')) {
    while (list.firstChild) list.removeChild(list.firstChild);
    template.masters.forEach((m, i) => {
      const id = createBeside(list, NS.p, 'sldMasterId');
      id.setAttribute('id', m.id);
      id.setAttributeNS(NS.r, `${list.lookupPrefix(NS.r) ?? 'r'}:id`, `rIdTplMaster${i + 1}`);
      list.appendChild(id);
    });
  }
  return serialiseXml(doc);
}

/** The presentation's relationships with its masters replaced by the template's; the theme's stays (theme1 is now the template's first master's). */
function withTemplateMasters(rels: string, masters: number): string {
  const doc = parseXmlText(rels);
  const root = doc.documentElement as unknown as XmlElement;
  for (const rel of direct(root, NS.rels, 'Relationship'))
    if (rel.getAttribute('Type')?.endsWith('/slideMaster')) root.removeChild(rel);
  for (let i = 1; i <= masters; i++) {
    const rel = createBeside(root, NS.rels, 'Relationship');
    rel.setAttribute('Id', `rIdTplMaster${i}`);
    rel.setAttribute('Type', `${NS.r}/slideMaster`);
    rel.setAttribute('Target', `slideMasters/slideMaster${i}.xml`);
    root.appendChild(rel);
  }
  return serialiseXml(doc);
}

/** The theme part of a master, by its name in the template. */
function themeOfMaster(source: DeckTemplate['parts'], master: string): string | undefined {
  return relationshipsOf(source, master).find((r) => r.type === 'theme')?.target;
}

const PH_TYPES: Record<PlaceholderKey, readonly string[]> = {
  title: ['title', 'ctrTitle'],
  ctrTitle: ['ctrTitle', 'title'],
  body: ['obj', 'body', 'tx'],
  subTitle: ['subTitle', 'body', 'obj'],
  ftr: ['ftr'],
  sldNum: ['sldNum'],
};

/** The `<p:ph>` that links a slide shape to the layout's placeholder of its role: same type (as written there) and index. */
function placeholderOn(layout: TemplateLayout, key: PlaceholderKey): string | undefined {
  // A section layout with no body placeholder (a designed divider) holds its text in its subtitle's.
  const ph =
    key === 'body'
      ? (bodyPlaceholder(layout, PH_TYPES.body) ?? bodyPlaceholder(layout, ['subTitle']))
      : PH_TYPES[key].map((t) => layout.placeholders.find((p) => p.type === t)).find(Boolean);
  if (!ph) return undefined;
  const type = ph.type === 'obj' ? '' : ` type="${ph.type}"`;
  const size = key === 'ftr' || key === 'sldNum' ? ' sz="quarter"' : '';
  return `<p:ph${type}${size}${ph.idx !== undefined ? ` idx="${ph.idx}"` : ''}/>`;
}

/** The template theme's colour values and their slots (dark and light first, then accents): the ones it gives as RGB. */
function themeSlots(theme: XmlElement | undefined): Map<string, string> {
  const slots = new Map<string, string>();
  const scheme = theme ? elements(theme, NS.a, 'clrScheme')[0] : undefined;
  for (const slot of ['accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'dk2', 'lt2']) {
    const colour = firstElement(direct(scheme, NS.a, slot)[0]);
    const value =
      colour?.namespaceURI === NS.a && colour.localName === 'srgbClr' ? colour.getAttribute('val') : undefined;
    if (value && /^[0-9A-Fa-f]{6}$/.test(value) && !slots.has(value.toUpperCase()))
      slots.set(value.toUpperCase(), slot);
  }
  return slots;
}

/** The typefaces a part names itself (`+mj-lt` and the like name the theme's). */
function typefaces(part: XmlElement | undefined): string[] {
  return part
    ? elements(part, NS.a, 'latin').flatMap((el) =>
        [el.getAttribute('typeface') ?? ''].filter((face) => face !== '' && !face.startsWith('+')),
      )
    : [];
}
