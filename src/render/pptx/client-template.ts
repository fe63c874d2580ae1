// A deck on a client's template: the template's masters, layouts, themes and pictures carried into the package
// under our part names, its example slides left out, and each slide linked to the template layout of its kind.
import { relsOf, resolvePart } from '../../template/package-paths.js';
import type { DeckTemplate, TemplateLayout } from '../../template/types.js';
import type { LayoutKey, PlaceholderKey } from './layouts.js';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** The template layout each of our layout kinds is built on. */
export const ROLE_OF: Record<LayoutKey, keyof DeckTemplate['layouts']> = { title: 'title', section: 'section', content: 'content', titleOnly: 'title-only', blank: 'title-only' };

export interface TemplatePackage {
  /** Parts to add: masters, layouts, their themes and media, renamed into the deck's numbering. */
  parts: Map<string, string | Uint8Array>;
  /** The part name of the layout each kind of slide is linked to. */
  layoutPart: (key: LayoutKey) => string;
  /** The `<p:ph>` a slide shape takes on a layout, or undefined when the layout has no such placeholder (the shape stays a text box). */
  placeholder: (key: LayoutKey, ph: PlaceholderKey) => string | undefined;
  /** The presentation part and its relationships, pointed at the template's masters and size. */
  presentation: (xml: string) => string;
  presentationRels: (rels: string) => string;
  /** Content types of carried parts the deck's own table does not know (tags, custom XML). */
  contentTypes: Record<string, string>;
  /** The template theme's colours by value (RRGGBB -> slot), for slides to name instead of repeating them. */
  slots: Map<string, string>;
}

const decode = (data: Uint8Array) => new TextDecoder().decode(data);

/** `to` relative to the folder of `from`, as relationship targets are written. */
function relative(from: string, to: string): string {
  const a = from.split('/').slice(0, -1);
  const b = to.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

/** The template's parts for this deck, and how the deck's own parts change to use them. */
export function templatePackage(template: DeckTemplate): TemplatePackage {
  const source = template.parts;
  const text = (name: string) => decode(source[name]!);
  // The reader resolved the masters and the presentation part; this carries exactly those.
  const presentation = text(template.main);
  const masterIds = template.masters;
  // Every part reachable from the masters is carried over: layouts, themes, pictures, tags.
  const rename = new Map<string, string>();
  let layouts = 0;
  let media = 0;
  masterIds.forEach((m, i) => rename.set(m.part, `ppt/slideMasters/slideMaster${i + 1}.xml`));
  const themes: string[] = [];
  const queue = masterIds.map((m) => m.part);
  for (let q = 0; q < queue.length; q++) {
    const part = queue[q]!;
    for (const { type, target } of relationshipsOf(source[relsOf(part)] ? text(relsOf(part)) : '', part).values()) {
      if (rename.has(target) || !source[target]) continue;
      if (type === 'slideLayout') rename.set(target, `ppt/slideLayouts/slideLayout${++layouts}.xml`);
      else if (type === 'theme') {
        themes.push(target);
        rename.set(target, `ppt/theme/theme${themes.length}.xml`);
      } else if (type === 'image' || /^ppt\/media\//.test(target)) {
        const name = target.slice(target.lastIndexOf('/') + 1);
        rename.set(target, `ppt/media/template-${++media}${name.includes('.') ? name.slice(name.lastIndexOf('.')).toLowerCase() : ''}`);
      }
      // A link to one of the template's own slides (or masters) would point into the deck's: it is not carried.
      else if (/^ppt\/(slideMasters|slides|notesSlides|notesMasters|handoutMasters)\//.test(target)) continue;
      else rename.set(target, target);
      queue.push(target);
    }
  }
  const parts = new Map<string, string | Uint8Array>();
  const contentTypes: Record<string, string> = {};
  const declared = declaredTypes(text('[Content_Types].xml'));
  for (const [from, to] of rename) {
    const data = source[from]!;
    parts.set(to, /\.xml$/.test(from) ? decode(data) : data);
    // Parts kept under their own name (tags, custom XML) and pictures of a kind the deck's table lacks keep the template's type.
    const type = declared[from] ?? declared.byExtension?.[from.slice(from.lastIndexOf('.') + 1).toLowerCase()];
    if (type && (from === to || !/\.(png|jpe?g|gif|emf|wmf|svg|tiff?|bmp|xml|rels)$/i.test(to))) contentTypes[to] = type;
    const rels = source[relsOf(from)];
    if (rels) parts.set(relsOf(to), retarget(decode(rels), from, to, rename));
  }
  const layoutOf = (key: LayoutKey): TemplateLayout => template.layouts[ROLE_OF[key]];
  const size = /<p:sldSz\b[^>]*\/>/.exec(presentation)?.[0];
  const masterList = `<p:sldMasterIdLst>${masterIds.map((m, i) => `<p:sldMasterId id="${m.id}" r:id="rIdTplMaster${i + 1}"/>`).join('')}</p:sldMasterIdLst>`;
  return {
    parts,
    layoutPart: (key) => rename.get(layoutOf(key).part)!,
    placeholder: (key, ph) => placeholderOn(layoutOf(key), ph),
    presentation: (xml) => (size ? xml.replace(/<p:sldSz\b[^>]*\/>/, size) : xml).replace(/<p:sldMasterIdLst>.*?<\/p:sldMasterIdLst>/s, masterList),
    // The deck's own theme relationship stays: theme1 is now the template's first master's theme.
    presentationRels: (rels) =>
      rels
        .replace(/<Relationship [^>]*Type="[^"]*\/slideMaster"[^>]*\/>/g, '')
        .replace(
          '</Relationships>',
          `${masterIds.map((_, i) => `<Relationship Id="rIdTplMaster${i + 1}" Type="${REL}/slideMaster" Target="slideMasters/slideMaster${i + 1}.xml"/>`).join('')}</Relationships>`,
        ),
    contentTypes,
    // The colours of the theme of the master the text slides' layout belongs to.
    slots: themeSlots(parts.get(themeOfMaster(source, rename, template.layouts.content.master) ?? 'ppt/theme/theme1.xml')),
  };
}

/** One attribute of a tag, in either quote. */
const attr = (tag: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*(["'])(.*?)\\1`).exec(tag)?.[2];

/** The carried name of a master's theme. */
function themeOfMaster(source: Record<string, Uint8Array>, rename: ReadonlyMap<string, string>, master: string): string | undefined {
  const rels = source[relsOf(master)];
  if (!rels) return undefined;
  const theme = [...relationshipsOf(decode(rels), master).values()].find((r) => r.type === 'theme');
  return theme ? rename.get(theme.target) : undefined;
}

/** A part's internal relationships: id -> kind (the last segment of its type) and part name. */
function relationshipsOf(rels: string, part: string): Map<string, { type: string; target: string }> {
  const out = new Map<string, { type: string; target: string }>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const tag = m[0];
    if (attr(tag, 'TargetMode') === 'External') continue;
    const id = attr(tag, 'Id');
    const target = attr(tag, 'Target');
    const type = attr(tag, 'Type') ?? '';
    if (id && target) out.set(id, { type: type.slice(type.lastIndexOf('/') + 1), target: resolvePart(part, target) });
  }
  return out;
}

/** A carried part's relationships, pointed at the parts' new names. */
function retarget(rels: string, from: string, to: string, rename: ReadonlyMap<string, string>): string {
  return rels.replace(/<(?:\w+:)?Relationship\b[^>]*>/g, (tag) => {
    if (attr(tag, 'TargetMode') === 'External') return tag;
    const target = attr(tag, 'Target');
    if (!target) return tag;
    const renamed = rename.get(resolvePart(from, target));
    if (!renamed) return tag;
    return tag.replace(/(\bTarget\s*=\s*)(["']).*?\2/, `$1"${relative(to, renamed)}"`);
  });
}

/** Each part's content type as the template's own table gives it: by override, else by its extension's default. */
function declaredTypes(xml: string): Record<string, string> & { byExtension?: Record<string, string> } {
  const out: Record<string, string> = {};
  for (const m of xml.matchAll(/<Override\b[^>]*PartName="\/([^"]+)"[^>]*ContentType="([^"]+)"/g)) out[m[1]!] = m[2]!;
  const defaults: Record<string, string> = {};
  for (const m of xml.matchAll(/<Default\b[^>]*Extension="([^"]+)"[^>]*ContentType="([^"]+)"/g)) defaults[m[1]!.toLowerCase()] = m[2]!;
  return Object.assign(out, { byExtension: defaults });
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
  const ph = PH_TYPES[key].map((t) => layout.placeholders.find((p) => p.type === t)).find(Boolean);
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
