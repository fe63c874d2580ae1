// Which of a template's layouts each kind of slide uses: found by the placeholders it needs, not by an English name.
import type { TemplateInfo, TemplateLayout } from './types.js';

/** The layouts a deck needs: the cover, section dividers, text slides, and slides of shapes under a title. */
export const ROLES = ['title', 'section', 'content', 'title-only'] as const;
export type LayoutRole = (typeof ROLES)[number];

/** What each role holds, for messages. */
export const ROLE_USE: Record<LayoutRole, string> = {
  title: 'the title slide',
  section: 'section dividers',
  content: 'text slides (title and bullets)',
  'title-only': 'tables, comparisons, cards and exercises',
};

/** PowerPoint's English names, the second way to find a layout when its placeholders leave a choice. */
const CONVENTIONAL: Record<LayoutRole, readonly string[]> = {
  title: ['Title Slide'],
  section: ['Section Header'],
  content: ['Title and Content', 'Title and Text'],
  'title-only': ['Title Only'],
};

const TYPES: Record<LayoutRole, readonly string[]> = { title: ['title'], section: ['secHead'], content: ['obj', 'tx'], 'title-only': ['titleOnly'] };

export interface LayoutChoice {
  layout: TemplateLayout;
  /** How it was found: the content named it, its placeholders (and type) fit, its conventional name, or nothing fitted. */
  by: 'mapping' | 'placeholders' | 'name' | 'closest';
}

export interface RoleChoices {
  layouts: Record<LayoutRole, LayoutChoice>;
  /** A role with no fitting layout: the slides are built on the closest one. */
  warnings: string[];
  /** A mapping that names a layout the template lacks. */
  unknown: { role: LayoutRole; name: string }[];
}

const TEXT = new Set(['body', 'obj', 'tx']);
const FURNITURE = new Set(['dt', 'ftr', 'sldNum', 'hdr', 'sldImg']);

const has = (l: TemplateLayout, ...types: string[]) => l.placeholders.some((p) => types.includes(p.type));
const texts = (l: TemplateLayout) => l.placeholders.filter((p) => TEXT.has(p.type)).length;
const titled = (l: TemplateLayout) => has(l, 'title', 'ctrTitle');
const others = (l: TemplateLayout) => l.placeholders.filter((p) => !FURNITURE.has(p.type) && p.type !== 'title' && p.type !== 'ctrTitle').length;

/** Layouts whose placeholders fit a role, best first. */
function fitting(role: LayoutRole, layouts: readonly TemplateLayout[]): TemplateLayout[] {
  const fits: Record<LayoutRole, (l: TemplateLayout) => boolean> = {
    title: (l) => has(l, 'ctrTitle') && has(l, 'subTitle'),
    section: (l) => l.type === 'secHead' || (titled(l) && texts(l) === 1 && l.type !== 'obj' && l.type !== 'tx' && largestText(l) < 0.45),
    content: (l) => has(l, 'title') && texts(l) === 1 && l.type !== 'secHead' && largestText(l) >= 0.3,
    'title-only': (l) => has(l, 'title') && others(l) === 0,
  };
  const found = layouts.filter(fits[role]);
  // Among layouts that fit, the one whose type says the role, then the conventional name, then file order.
  const rank = (l: TemplateLayout) => (TYPES[role].includes(l.type ?? '') ? 0 : 2) + (CONVENTIONAL[role].includes(l.name) ? 0 : 1);
  return found
    .map((l, i) => ({ l, i }))
    .sort((a, b) => rank(a.l) - rank(b.l) || a.i - b.i)
    .map((x) => x.l);
}

/** The share of the slide the layout's largest text placeholder covers (a section header's is a strip, a content layout's most of the slide). */
function largestText(l: TemplateLayout): number {
  const areas = l.placeholders.filter((p) => TEXT.has(p.type) && p.frame).map((p) => p.frame!.w * p.frame!.h);
  const slide = Math.max(...l.placeholders.filter((p) => p.frame).map((p) => (p.frame!.x + p.frame!.w) * (p.frame!.y + p.frame!.h)), 1);
  return areas.length ? Math.max(...areas) / slide : 0;
}

/** When nothing fits: the nearest layout that still has a title, so every slide keeps its title placeholder. */
function closest(role: LayoutRole, layouts: readonly TemplateLayout[], chosen: Partial<Record<LayoutRole, LayoutChoice>>): TemplateLayout {
  const fallbackRoles: Record<LayoutRole, LayoutRole[]> = {
    title: ['section', 'content', 'title-only'],
    section: ['title-only', 'content', 'title'],
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
export function chooseLayouts(template: Pick<TemplateInfo, 'layouts'>, mapping: Partial<Record<LayoutRole, string>> = {}): RoleChoices {
  const { layouts } = template;
  const chosen: Partial<Record<LayoutRole, LayoutChoice>> = {};
  const unknown: RoleChoices['unknown'] = [];
  const warnings: string[] = [];
  for (const role of ROLES) {
    const named = mapping[role];
    if (named !== undefined) {
      const layout = layouts.find((l) => l.name === named) ?? layouts.find((l) => l.name.toLowerCase() === named.toLowerCase());
      if (layout && titled(layout)) chosen[role] = { layout, by: 'mapping' };
      else if (layout) warnings.push(`layout "${layout.name}" named for ${ROLE_USE[role]} has no title placeholder; the slides use another`);
      else unknown.push({ role, name: named });
      if (chosen[role]) continue;
    }
    const [best] = fitting(role, layouts);
    if (best) chosen[role] = { layout: best, by: 'placeholders' };
    else {
      const byName = layouts.find((l) => CONVENTIONAL[role].includes(l.name) && titled(l));
      if (byName) chosen[role] = { layout: byName, by: 'name' };
    }
  }
  for (const role of ROLES) {
    if (chosen[role]) continue;
    const layout = closest(role, layouts, chosen);
    chosen[role] = { layout, by: 'closest' };
    warnings.push(`the template has no layout for ${ROLE_USE[role]} (${role}); they are built on "${layout.name}"`);
  }
  return { layouts: chosen as Record<LayoutRole, LayoutChoice>, warnings, unknown };
}
