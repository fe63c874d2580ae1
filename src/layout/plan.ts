// How each laid-out page is shown, for both renderers: the layout it sits on (a client template's layout for its
// role), which of its text boxes fill the layout's title and body placeholders, and the footer line under it.
import type { DeckModel, SlideKind } from '../model/deck.js';
import type { TemplateRole } from '../template/types.js';
import type { Measure } from '../text/measure.js';
import { type Geometry, PT } from './geometry.js';
import { descentPad } from './text.js';
import type { Element, SlidePage, TextBox } from './types.js';

/** The deck's layouts: the cover, section dividers, text slides, slides of shapes under a title, and a blank one. */
export type LayoutKey = 'title' | 'section' | 'content' | 'titleOnly' | 'blank';

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

/** Layouts whose slides carry the footer and the slide number. */
export function hasFooter(layout: LayoutKey): boolean {
  return layout === 'content' || layout === 'titleOnly' || layout === 'blank';
}

/** The template layout each of our layout kinds is built on. */
export const ROLE_OF: Record<LayoutKey, TemplateRole> = {
  title: 'title',
  section: 'section',
  content: 'content',
  titleOnly: 'title-only',
  blank: 'title-only',
};

/** The template layout a page sits on: its kind's, the closing slide on the template's closing layout. */
export function roleOf(layout: LayoutKey, kind: SlideKind): TemplateRole {
  return kind === 'closing' ? 'closing' : ROLE_OF[layout];
}

/** The footer line (workshop, then client) at the largest small size that fits; the client is left out first. */
export function footerText(m: Measure, model: DeckModel, geo: Geometry): { text: string; size: number } | undefined {
  const title = model.workshop.title;
  const client = model.client.name;
  const widthPt = geo.footer.w * PT;
  const heightPt = geo.footer.h * PT;
  const candidates = client ? [`${title}  ·  ${client}`, title] : [title];
  for (const text of candidates)
    for (let s = model.theme.sizes.small; s >= 9; s--) {
      const lines = m.wrapLines([{ text }], widthPt, s).length;
      if (m.lineHeight(s, lines) + descentPad(s) <= heightPt && lines <= 2) return { text, size: s };
    }
  return undefined;
}
