// What a layout's placeholders make it fit for: the placeholders each role's slides need, the layouts that have them
// best first, and the placeholder a role's running text is set in.
import { type LayoutRole, namedFor, ROLES, TYPES } from './role-names.js';
import type { TemplateLayout, TemplatePlaceholder, TemplateRole } from './types.js';

const TEXT = new Set(['body', 'obj', 'tx']);
const FURNITURE = new Set(['dt', 'ftr', 'sldNum', 'hdr', 'sldImg']);

export const has = (l: TemplateLayout, ...types: string[]) => l.placeholders.some((p) => types.includes(p.type));
/** Text placeholders that hold text: a strip for a kicker or subheading under the title does not count. */
export const texts = (l: TemplateLayout) => l.placeholders.filter((p) => TEXT.has(p.type) && !strip(l, p)).length;
export const titled = (l: TemplateLayout) => has(l, 'title', 'ctrTitle');
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
export const usableByName: Record<LayoutRole, (l: TemplateLayout) => boolean> = {
  // A designed cover may have no placeholders at all (its art is the design): the title goes in text boxes on it.
  title: () => true,
  section: titled,
  content: (l) => has(l, 'title') && texts(l) >= 1,
  'title-only': (l) => has(l, 'title'),
};

/** Layouts whose placeholders fit a role, best first. */
export function fitting(role: LayoutRole, layouts: readonly TemplateLayout[]): TemplateLayout[] {
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
    (TYPES[role].includes(l.type ?? '') ? 0 : 2) + (namedFor(role, l) ? 0 : 1) + divider(l) + unlikeText(role, l);
  const room = (l: TemplateLayout) => (role === 'content' ? largestText(l) : 0);
  return found
    .map((l, i) => ({ l, i }))
    .sort((a, b) => rank(a.l) - rank(b.l) || room(b.l) - room(a.l) || a.i - b.i)
    .map((x) => x.l);
}

/**
 * How unlike a text slide's an untyped layout found for text slides is: named for another role ("Section Header"
 * with a text placeholder), on a background of its own (a quotation's or a segue's), or its text in a text
 * placeholder rather than PowerPoint's content placeholder. Templates without layout types name layouts loosely.
 */
function unlikeText(role: LayoutRole, l: TemplateLayout): number {
  if (role !== 'content' || TYPES.content.includes(l.type ?? '')) return 0;
  const named = ROLES.some((r) => r !== role && namedFor(r, l)) ? 0.3 : 0;
  const drawn = l.background !== undefined || l.look?.backdrop !== undefined ? 0.3 : 0;
  const plain = bodyPlaceholder(l)?.type === 'obj' ? 0 : 0.4;
  return named + drawn + plain;
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
