// Which of a template's layouts each kind of slide uses: found by the placeholders it needs, not by an English name.
import { fitting, has, texts, titled, usableByName } from './layout-fit.js';
import {
  CLOSING_NAMES,
  type DeckRole,
  type LayoutRole,
  namedFor,
  ROLE_USE,
  ROLES,
  simple,
  TYPES,
} from './role-names.js';
import type { TemplateInfo, TemplateLayout } from './types.js';

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
