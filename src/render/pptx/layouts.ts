// Which PowerPoint layout each laid-out page sits on, and which of its text boxes fill the layout's placeholders.
import type { LayoutKey } from '../../layout/plan.js';

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
] as const satisfies readonly { key: LayoutKey; name: string; type: string }[];

export type { LayoutKey };

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
