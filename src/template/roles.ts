// Which of a template's layouts each kind of slide uses: found by the placeholders it needs, not by an English name.
import type { TemplateInfo, TemplateLayout, TemplatePlaceholder, TemplateRole } from './types.js';

/** The layouts a deck needs: the cover, section dividers, text slides, and slides of shapes under a title. */
export const ROLES = ['title', 'section', 'content', 'title-only'] as const;
export type LayoutRole = (typeof ROLES)[number];

/** Every role a deck's slides take a layout for: the four it needs, and the closing slide, on the dividers' layout unless the template has a closing layout of its own. */
export const DECK_ROLES: readonly DeckRole[] = [...ROLES, 'closing'];
export type DeckRole = TemplateRole;

/** What each role holds, for messages. */
export const ROLE_USE: Record<DeckRole, string> = {
  title: 'the title slide',
  section: 'section dividers',
  content: 'text slides (title and bullets)',
  'title-only': 'tables, comparisons, cards and exercises',
  closing: 'the closing slide',
};

/** Names a closing layout goes by, in the languages Office ships most and as designers name it; there is no layout type for it. */
const CLOSING_NAMES = [
  'Closing',
  'Closing Slide',
  'Close',
  'End',
  'End Slide',
  'Ending',
  'Thank You',
  'Thanks',
  'Thank You Slide',
  'Final Slide',
  'Abschluss',
  'Abschlussfolie',
  'Schlussfolie',
  'Danke',
  'Fin',
  'Diapositive de fin',
  'Merci',
  'Cierre',
  'Diapositiva de cierre',
  'Gracias',
  'Encerramento',
  'Obrigado',
  'Chiusura',
  'Grazie',
  'Afsluiting',
  'Bedankt',
  'Zakończenie',
  'Dziękuję',
  '结束',
  '谢谢',
  '終わり',
  'ありがとう',
];

/**
 * Names a layout for the role goes by: PowerPoint's own in the languages Office ships most (a translated template
 * keeps them) and the ones designers give (a "Divider", "Titles Only"). Compared without case, spaces or numbering.
 */
const NAMES: Record<LayoutRole, readonly string[]> = {
  title: [
    'Title Slide',
    'Title',
    'Cover',
    'Titelfolie',
    'Diapositive de titre',
    'Diapositiva de título',
    'Slide de título',
    'Diapositiva titolo',
    'Titeldia',
    'Slajd tytułowy',
    '标题幻灯片',
    'タイトル スライド',
  ],
  section: [
    'Section Header',
    'Section Title',
    'Section',
    'Divider',
    'Section Divider',
    'Chapter',
    'Abschnittsüberschrift',
    'Kapitel',
    'Trennfolie',
    'En-tête de section',
    'Encabezado de sección',
    'Cabeçalho da Seção',
    'Intestazione sezione',
    'Sectiekop',
    'Nagłówek sekcji',
    '节标题',
    'セクション見出し',
  ],
  content: [
    'Title and Content',
    'Title and Text',
    'Titel und Inhalt',
    'Titre et contenu',
    'Título y objetos',
    'Título e Conteúdo',
    'Titolo e contenuto',
    'Titel en object',
    'Tytuł i zawartość',
    '标题和内容',
    'タイトルとコンテンツ',
  ],
  'title-only': [
    'Title Only',
    'Titles Only',
    'Nur Titel',
    'Titre seul',
    'Solo el título',
    'Somente Título',
    'Solo titolo',
    'Alleen titel',
    'Tylko tytuł',
    '仅标题',
    'タイトルのみ',
  ],
};

const simple = (name: string) =>
  name
    .toLowerCase()
    .replace(/^\d+_/, '')
    .replace(/[\s\d_-]+/g, '');
const SIMPLE_NAMES = Object.fromEntries(
  Object.entries(NAMES).map(([role, names]) => [role, new Set(names.map(simple))]),
) as Record<LayoutRole, Set<string>>;
const namedFor = (role: LayoutRole, l: TemplateLayout) => SIMPLE_NAMES[role].has(simple(l.name));

const TYPES: Record<LayoutRole, readonly string[]> = {
  title: ['title'],
  section: ['secHead'],
  content: ['obj', 'tx'],
  'title-only': ['titleOnly'],
};

export interface LayoutChoice {
  layout: TemplateLayout;
  /**
   * How it was found: the content named it, its placeholders (and type) fit, its conventional name, nothing fitted,
   * or (the closing slide) none has a closing name, so it takes the dividers' layout.
   */
  by: 'mapping' | 'placeholders' | 'name' | 'closest' | 'section' | 'content' | 'example';
}

export interface RoleChoices {
  layouts: Record<DeckRole, LayoutChoice>;
  /** A role with no fitting layout: the slides are built on the closest one. */
  warnings: string[];
  /** A mapping that names a layout the template lacks. */
  unknown: { role: DeckRole; name: string }[];
}

const TEXT = new Set(['body', 'obj', 'tx']);
const FURNITURE = new Set(['dt', 'ftr', 'sldNum', 'hdr', 'sldImg']);

const has = (l: TemplateLayout, ...types: string[]) => l.placeholders.some((p) => types.includes(p.type));
/** Text placeholders that hold text: a strip for a kicker or subheading under the title does not count. */
const texts = (l: TemplateLayout) => l.placeholders.filter((p) => TEXT.has(p.type) && !strip(l, p)).length;
const titled = (l: TemplateLayout) => has(l, 'title', 'ctrTitle');
const others = (l: TemplateLayout) =>
  l.placeholders.filter((p) => !FURNITURE.has(p.type) && p.type !== 'title' && p.type !== 'ctrTitle' && !strip(l, p))
    .length;
/** A text placeholder one line high (under half an inch), as designers put a kicker above or a subheading under a title. */
const strip = (l: TemplateLayout, p: TemplatePlaceholder) =>
  TEXT.has(p.type) &&
  p.frame !== undefined &&
  p.frame.h < 0.5 &&
  l.placeholders.some((q) => q.type === 'title' || q.type === 'ctrTitle');

/** The placeholder the deck sets a role's running text in: the cover's subtitle, else the body (a designed divider's subtitle). */
export function textPlaceholder(layout: TemplateLayout, role: TemplateRole): TemplatePlaceholder | undefined {
  if (role === 'title')
    return ['subTitle', 'body', 'obj'].map((t) => layout.placeholders.find((p) => p.type === t)).find(Boolean);
  return bodyPlaceholder(layout) ?? bodyPlaceholder(layout, ['subTitle']);
}

/** The placeholder a layout's running text goes in: its largest text placeholder (a content placeholder before a strip). */
export function bodyPlaceholder(
  layout: TemplateLayout,
  types: readonly string[] = ['obj', 'body', 'tx'],
): TemplatePlaceholder | undefined {
  const area = (p: TemplatePlaceholder) => (p.frame ? p.frame.w * p.frame.h : 0);
  return layout.placeholders
    .filter((p) => types.includes(p.type))
    .reduce<TemplatePlaceholder | undefined>(
      (best, p) =>
        !best || area(p) > area(best) || (area(p) === area(best) && types.indexOf(p.type) < types.indexOf(best.type))
          ? p
          : best,
      undefined,
    );
}

/** What a layout found by its name must still have for the role's slides. */
const usableByName: Record<LayoutRole, (l: TemplateLayout) => boolean> = {
  // A designed cover may have no placeholders at all (its art is the design): the title goes in text boxes on it.
  title: () => true,
  section: titled,
  content: (l) => has(l, 'title') && texts(l) >= 1,
  'title-only': (l) => has(l, 'title'),
};

/** Layouts whose placeholders fit a role, best first. */
function fitting(role: LayoutRole, layouts: readonly TemplateLayout[]): TemplateLayout[] {
  const fits: Record<LayoutRole, (l: TemplateLayout) => boolean> = {
    title: (l) => has(l, 'ctrTitle') && has(l, 'subTitle'),
    section: (l) =>
      l.type === 'secHead' ||
      (titled(l) && texts(l) === 1 && l.type !== 'obj' && l.type !== 'tx' && largestText(l) < 0.45) ||
      designedTitleOnly(l),
    content: (l) => has(l, 'title') && texts(l) === 1 && l.type !== 'secHead' && largestText(l) >= 0.3,
    'title-only': (l) => has(l, 'title') && others(l) === 0,
  };
  const found = layouts.filter(fits[role]);
  // Among layouts that fit, the one whose type says the role, then its name; a divider's then one that leaves no
  // picture placeholder empty (a hole in the design), and one with a text placeholder for its times and objectives.
  const divider = (l: TemplateLayout) =>
    role === 'section' ? (has(l, 'pic') ? 0.6 : 0) + (texts(l) === 0 ? 0.3 : 0) : 0;
  const rank = (l: TemplateLayout) =>
    (TYPES[role].includes(l.type ?? '') ? 0 : 2) + (namedFor(role, l) ? 0 : 1) + divider(l);
  return found
    .map((l, i) => ({ l, i }))
    .sort((a, b) => rank(a.l) - rank(b.l) || a.i - b.i)
    .map((x) => x.l);
}

/**
 * A layout that is only a title on a background of its own (a gradient, a photo, a colour the master does not have):
 * designers make their dividers so. Not the plain "Title Only" that tables and cards sit on.
 */
function designedTitleOnly(l: TemplateLayout): boolean {
  return (
    titled(l) &&
    others(l) === 0 &&
    texts(l) === 0 &&
    l.type !== 'titleOnly' &&
    (l.background !== undefined || l.look?.backdrop !== undefined)
  );
}

/** The share of the slide the layout's largest text placeholder covers (a section header's is a strip, a content layout's most of the slide). */
function largestText(l: TemplateLayout): number {
  const areas = l.placeholders.filter((p) => TEXT.has(p.type) && p.frame).map((p) => p.frame!.w * p.frame!.h);
  const slide = Math.max(
    ...l.placeholders.filter((p) => p.frame).map((p) => (p.frame!.x + p.frame!.w) * (p.frame!.y + p.frame!.h)),
    1,
  );
  return areas.length ? Math.max(...areas) / slide : 0;
}

/** When nothing fits: the nearest layout that still has a title, so every slide keeps its title placeholder. */
function closest(
  role: LayoutRole,
  layouts: readonly TemplateLayout[],
  chosen: Partial<Record<LayoutRole, LayoutChoice>>,
): TemplateLayout {
  // A template without a divider layout still has title layouts: a second one (a filled or photo variant of the
  // cover) divides as designers use it, else the cover's own; a divider on the text slides' layout does not divide.
  if (role === 'section') {
    const cover = chosen.title?.layout;
    const drawn = (l: TemplateLayout) => (l.look?.backdrop ? 2 : 0) + (l.look?.art.length ?? 0);
    const second = layouts
      .filter((l) => l !== cover && has(l, 'ctrTitle') && texts(l) >= 1)
      .map((l, i) => ({ l, i }))
      .sort((a, b) => drawn(b.l) - drawn(a.l) || a.i - b.i)[0]?.l;
    if (second) return second;
    if (cover && has(cover, 'ctrTitle')) return cover;
  }
  const fallbackRoles: Record<LayoutRole, LayoutRole[]> = {
    title: ['section', 'content', 'title-only'],
    section: ['title-only', 'content'],
    content: ['title-only', 'section'],
    'title-only': ['content', 'section'],
  };
  for (const other of fallbackRoles[role]) {
    const layout = chosen[other]?.by !== 'closest' ? chosen[other]?.layout : undefined;
    if (layout) return layout;
  }
  return layouts.find(titled)!;
}

/**
 * Picks a layout for every role: the content's mapping first (`template-layouts`), then the
 * placeholders the role needs (preferring the layout type that says it), then PowerPoint's
 * conventional name; when none fits, the closest layout with a warning.
 */
export function chooseLayouts(
  template: Pick<TemplateInfo, 'layouts'>,
  mapping: Partial<Record<DeckRole, string>> = {},
): RoleChoices {
  const { layouts } = template;
  const chosen: Partial<Record<LayoutRole, LayoutChoice>> = {};
  const unknown: RoleChoices['unknown'] = [];
  const warnings: string[] = [];
  for (const role of ROLES) {
    const named = mapping[role];
    if (named !== undefined) {
      const layout =
        layouts.find((l) => l.name === named) ?? layouts.find((l) => l.name.toLowerCase() === named.toLowerCase());
      if (layout && titled(layout)) chosen[role] = { layout, by: 'mapping' };
      else if (layout)
        warnings.push(
          `layout "${layout.name}" named for ${ROLE_USE[role]} has no title placeholder; the slides use another`,
        );
      else unknown.push({ role, name: named });
      if (chosen[role]) continue;
    }
    const [best] = fitting(role, layouts);
    // A layout the designer named for the role ("Divider") wins over one that only has the right placeholders.
    const byName = layouts.find((l) => namedFor(role, l) && usableByName[role](l));
    if (best && (TYPES[role].includes(best.type ?? '') || namedFor(role, best) || !byName))
      chosen[role] = { layout: best, by: 'placeholders' };
    else if (byName) chosen[role] = { layout: byName, by: 'name' };
  }
  // Tables and cards sit under a title as text slides show it: a "Title Only" layout whose title the designer set
  // apart (not in capitals, another size, face or place) would make every third slide look like another deck's.
  const titleOnly = chosen['title-only'];
  const content = chosen.content;
  if (
    titleOnly?.by === 'placeholders' &&
    content &&
    content.by !== 'closest' &&
    !sameTitle(titleOnly.layout, content.layout)
  )
    chosen['title-only'] = { layout: content.layout, by: 'content' };
  // A cover from another master than the text slides' (a second brand treatment: another logo, another band) gives
  // way to a cover layout of the text slides' own master where it has one.
  const cover = chosen.title;
  const master = content?.layout.master;
  if (cover && master && cover.by !== 'mapping' && cover.layout.master !== master) {
    const own = layouts.find((l) => l.master === master && has(l, 'ctrTitle') && texts(l) >= 1);
    if (own) chosen.title = { layout: own, by: 'placeholders' };
  }
  for (const role of ROLES) {
    if (chosen[role]) continue;
    const layout = closest(role, layouts, chosen);
    chosen[role] = { layout, by: 'closest' };
    warnings.push(`the template has no layout for ${ROLE_USE[role]} (${role}); they are built on "${layout.name}"`);
  }
  const closing = closingLayout(layouts, mapping.closing, warnings, unknown) ?? {
    layout: chosen.section!.layout,
    by: 'section' as const,
  };
  return { layouts: { ...(chosen as Record<LayoutRole, LayoutChoice>), closing }, warnings, unknown };
}

/** The closing slide's layout: the one the content names, else one named for it ("Closing Slide", "Abschluss") with a title placeholder. */
function closingLayout(
  layouts: readonly TemplateLayout[],
  named: string | undefined,
  warnings: string[],
  unknown: RoleChoices['unknown'],
): LayoutChoice | undefined {
  if (named !== undefined) {
    const layout =
      layouts.find((l) => l.name === named) ?? layouts.find((l) => l.name.toLowerCase() === named.toLowerCase());
    if (layout && titled(layout)) return { layout, by: 'mapping' };
    if (layout)
      warnings.push(
        `layout "${layout.name}" named for ${ROLE_USE.closing} has no title placeholder; the slide uses another`,
      );
    else unknown.push({ role: 'closing', name: named });
  }
  const names = new Set(CLOSING_NAMES.map(simple));
  const layout = layouts.find((l) => names.has(simple(l.name)) && titled(l));
  if (layout) return { layout, by: 'name' };
  // The layout the template's own example closing slide ("Thank You") is on.
  const shown = layouts.find((l) => l.exampleTitles?.some((t) => names.has(simple(t))) && titled(l));
  return shown ? { layout: shown, by: 'example' } : undefined;
}

/** Whether two layouts show their titles alike: in the same place, capitals, size, weight, face and colour. */
function sameTitle(a: TemplateLayout, b: TemplateLayout): boolean {
  const title = (l: TemplateLayout) => l.placeholders.find((p) => p.type === 'title' || p.type === 'ctrTitle');
  const [p, q] = [title(a), title(b)];
  if (!p || !q) return false;
  const near = (x = 0, y = 0) => Math.abs(x - y) <= 0.1;
  const [f, g] = [p.frame, q.frame];
  const placed = !f || !g || (near(f.x, g.x) && near(f.y, g.y) && near(f.w, g.w) && near(f.h, g.h));
  const [s, t] = [p.look ?? {}, q.look ?? {}];
  return (
    placed &&
    Boolean(p.caps) === Boolean(q.caps) &&
    s.size === t.size &&
    s.bold === t.bold &&
    s.font === t.font &&
    JSON.stringify(s.colour) === JSON.stringify(t.colour)
  );
}
