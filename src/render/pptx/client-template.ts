// A deck on a client's template: the template's masters, layouts, themes and pictures carried into the package
// under our part names, its example slides left out, and each slide linked to the template layout of its kind.

import type { SlideKind } from '../../model/deck.js';
import { pictureKind, relationshipsOf, relationshipsXml } from '../../template/package.js';
import { relsOf } from '../../template/package-paths.js';
import { bodyPlaceholder } from '../../template/roles.js';
import type { DeckTemplate, TemplateLayout, TemplateRole } from '../../template/types.js';
import type { LayoutKey, PlaceholderKey } from './layouts.js';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** The template layout each of our layout kinds is built on. */
export const ROLE_OF: Record<LayoutKey, TemplateRole> = { title: 'title', section: 'section', content: 'content', titleOnly: 'title-only', blank: 'title-only' };

/** The template layout a page sits on: its kind's, the closing slide on the template's closing layout. */
export function roleOf(layout: LayoutKey, kind: SlideKind): TemplateRole {
  return kind === 'closing' ? 'closing' : ROLE_OF[layout];
}

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
      else if (type === 'image') rename.set(target, `ppt/media/template-${++media}.${pictureKind(source[target]!) ?? 'bin'}`);
      else continue;
      queue.push(target);
    }
  }
  const parts = new Map<string, string | Uint8Array>();
  for (const [from, to] of rename) {
    const data = source[from]!;
    parts.set(to, /\.xml$/.test(to) ? decode(data) : data);
    const rels = relationshipsOf(source, from).flatMap((r) => (r.target && rename.has(r.target) ? [{ ...r, target: rename.get(r.target)! }] : []));
    if (rels.length) parts.set(relsOf(to), relationshipsXml(to, rels));
  }

  const size = `<p:sldSz cx="${template.slideSize.cx}" cy="${template.slideSize.cy}"/>`;
  const masterList = `<p:sldMasterIdLst>${template.masters.map((m, i) => `<p:sldMasterId id="${m.id}" r:id="rIdTplMaster${i + 1}"/>`).join('')}</p:sldMasterIdLst>`;
  return {
    parts,
    layoutPart: (role) => rename.get(template.layouts[role].part)!,
    placeholder: (role, ph) => placeholderOn(template.layouts[role], ph),
    // Our own presentation part (pptxgenjs's), pointed at the template's size and masters.
    presentation: (xml) => xml.replace(/<p:sldSz\b[^>]*\/>/, size).replace(/<p:sldMasterIdLst>.*?<\/p:sldMasterIdLst>/s, masterList),
    // The deck's own theme relationship stays: theme1 is now the template's first master's theme.
    presentationRels: (rels) =>
      rels
        .replace(/<Relationship [^>]*Type="[^"]*\/slideMaster"[^>]*\/>/g, '')
        .replace(
          '</Relationships>',
          `${template.masters.map((_, i) => `<Relationship Id="rIdTplMaster${i + 1}" Type="${REL}/slideMaster" Target="slideMasters/slideMaster${i + 1}.xml"/>`).join('')}</Relationships>`,
        ),
    // The colours of the theme of the master the text slides' layout belongs to.
    slots: themeSlots(parts.get(themeOfMaster(source, rename, template.layouts.content.master) ?? 'ppt/theme/theme1.xml')),
  };
}

/** The carried name of a master's theme. */
function themeOfMaster(source: DeckTemplate['parts'], rename: ReadonlyMap<string, string>, master: string): string | undefined {
  const theme = relationshipsOf(source, master).find((r) => r.type === 'theme');
  return theme?.target ? rename.get(theme.target) : undefined;
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
  const ph = key === 'body' ? (bodyPlaceholder(layout, PH_TYPES.body) ?? bodyPlaceholder(layout, ['subTitle'])) : PH_TYPES[key].map((t) => layout.placeholders.find((p) => p.type === t)).find(Boolean);
  if (!ph) return undefined;
  const type = ph.type === 'obj' ? '' : ` type="${ph.type}"`;
  const size = key === 'ftr' || key === 'sldNum' ? ' sz="quarter"' : '';
  return `<p:ph${type}${size}${ph.idx !== undefined ? ` idx="${ph.idx}"` : ''}/>`;
}

/** The template theme's colour values and their slots (dark and light first, then accents). */
function themeSlots(theme: string | Uint8Array | undefined): Map<string, string> {
  const slots = new Map<string, string>();
  if (typeof theme !== 'string') return slots;
  const scheme = /<a:clrScheme\b[\s\S]*?<\/a:clrScheme>/.exec(theme)?.[0] ?? '';
  for (const slot of ['accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'dk2', 'lt2']) {
    const value = new RegExp(`<a:${slot}>\\s*<a:srgbClr val="([0-9A-Fa-f]{6})"`).exec(scheme)?.[1]?.toUpperCase();
    if (value && !slots.has(value)) slots.set(value, slot);
  }
  return slots;
}
