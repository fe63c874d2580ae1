// Which PowerPoint layout each laid-out page sits on, and which of its text boxes fill the layout's placeholders.
import type { Element, SlidePage, TextBox } from '../../layout/types.js';

/**
 * The layouts of the deck, by PowerPoint's own names and `type`s, so "Layout", "Reset slide" and
 * another design's masters find them; "Blank" is there for the facilitator's own slides.
 */
export const LAYOUTS = [
  { key: 'title', name: 'Title Slide', type: 'title' },
  { key: 'section', name: 'Section Header', type: 'secHead' },
  { key: 'content', name: 'Title and Content', type: 'obj' },
  { key: 'titleOnly', name: 'Title Only', type: 'titleOnly' },
  { key: 'blank', name: 'Blank', type: 'blank' },
] as const;

export type LayoutKey = (typeof LAYOUTS)[number]['key'];

/** Placeholder types a slide shape may take from its layout, with the index that links the two. */
export const PLACEHOLDERS = {
  title: { type: 'title' },
  ctrTitle: { type: 'ctrTitle' },
  body: { type: 'body', idx: 1 },
  subTitle: { type: 'subTitle', idx: 1 },
  ftr: { type: 'ftr', idx: 11, size: 'quarter' },
  sldNum: { type: 'sldNum', idx: 12, size: 'quarter' },
} as const;

export type PlaceholderKey = keyof typeof PLACEHOLDERS;

/** The `<p:ph>` of a placeholder. */
export function phXml(key: PlaceholderKey): string {
  const ph: { type: string; idx?: number; size?: string } = PLACEHOLDERS[key];
  return `<p:ph type="${ph.type}"${ph.size ? ` sz="${ph.size}"` : ''}${ph.idx !== undefined ? ` idx="${ph.idx}"` : ''}/>`;
}

/** What a page's shapes become: its layout, and the element (by index) in the layout's body or subtitle placeholder. */
export interface PagePlan {
  layout: LayoutKey;
  titlePlaceholder: 'title' | 'ctrTitle';
  bodyIndex: number;
  bodyPlaceholder: 'body' | 'subTitle';
}

// Body placeholders hold what PowerPoint's outline should list: the slide's own text, not sources or captions.
const BODY_ROLES = new Set(['body', 'heading', 'quote', 'attribution', 'code']);

/** A text box that is the slide's running text (paragraphs, lists, quotes), as opposed to a card, label or caption. */
function isBodyText(el: Element): el is TextBox {
  return (
    el.kind === 'text' &&
    (el.style === 'plain' || el.style === 'quote') &&
    el.paras.length > 0 &&
    el.paras.every((p) => BODY_ROLES.has(p.role))
  );
}

/** The layout a page uses and which of its text boxes goes in a placeholder (the first body text; -1 for none). */
export function planPage(page: SlidePage): PagePlan {
  if (page.master === 'TITLE') {
    const bodyIndex = page.elements.findIndex(
      (el) => el.kind === 'text' && el.paras.every((p) => p.role === 'subtitle'),
    );
    return { layout: 'title', titlePlaceholder: 'ctrTitle', bodyIndex, bodyPlaceholder: 'subTitle' };
  }
  const bodyIndex = page.elements.findIndex(isBodyText);
  if (page.master === 'SECTION')
    return { layout: 'section', titlePlaceholder: 'title', bodyIndex, bodyPlaceholder: 'body' };
  return {
    layout: bodyIndex >= 0 ? 'content' : 'titleOnly',
    titlePlaceholder: 'title',
    bodyIndex,
    bodyPlaceholder: 'body',
  };
}
