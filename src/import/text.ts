// A shape's text as PowerPoint shows it: each paragraph's list level and whether it shows a bullet, a number or
// nothing (its own properties, else its shape's list style, else its placeholder's inherited chain), and its runs
// (bold, italic, code-like fonts, links) as Markdown.

import type { Element as XmlElement } from '@xmldom/xmldom';
import { A, child, children, R } from '../template/ooxml.js';
import type { Relationship } from '../template/package.js';
import { bulletOf, mergedBullet } from '../template/placeholders.js';
import type { Bullet, TemplatePlaceholder } from '../template/types.js';
import { type Run, runsToMarkdown } from './inline.js';
import type { Paragraph } from './types.js';

const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** Fonts whose text reads as code: monospaced faces. */
const CODE_FONT = /mono|code|courier|consolas|menlo|monaco|lucida console|lucida sans typewriter|inconsolata|fixedsys/i;

export interface TextContext {
  /** The part's relationships, for links. */
  rels: readonly Relationship[];
  /** The placeholder it inherits bullets from, for a placeholder. */
  inherited?: TemplatePlaceholder;
  /** Typefaces the runs name, collected for the report. */
  fonts: Set<string>;
}

/**
 * The shape's paragraphs that show text, in order. `statesNone` gets, for each, whether its own properties say
 * `a:buNone` (where what it shows and what it says differ, see headings.ts).
 */
export function paragraphsOf(
  txBody: XmlElement | undefined,
  context: TextContext,
  statesNone: boolean[] = [],
): Paragraph[] {
  const lstStyle = child(txBody, A, 'lstStyle');
  const out: Paragraph[] = [];
  for (const p of children(txBody, A, 'p')) {
    const pPr = child(p, A, 'pPr');
    const level = Math.min(8, Math.max(0, Number(pPr?.getAttribute('lvl') ?? 0) || 0));
    const bullet = bulletAt(level, pPr, lstStyle, context.inherited);
    const marker = bullet?.none ? 'none' : bullet?.autoNum ? 'number' : bullet?.char ? 'bullet' : 'none';
    const { markdown, plain, lines } = runsToMarkdown(runsOf(p, context), marker === 'none' ? '' : listIndent(level));
    if (!plain) continue;
    statesNone.push(!!child(pPr, A, 'buNone'));
    out.push({
      markdown,
      plain,
      level,
      marker,
      ...(marker === 'number' && bullet?.startAt !== undefined ? { start: bullet.startAt } : {}),
      ...(lines.length > 1 ? { lines } : {}),
    });
  }
  return out;
}

/** Where a list item's continued lines start: lists are written four spaces a level (see markdown.ts). */
export const listIndent = (level: number) => ' '.repeat(4 * (level + 1));

/** A paragraph's bullet: its own, over its shape's list style at its level, over what its placeholder inherits. */
function bulletAt(
  level: number,
  pPr: XmlElement | undefined,
  lstStyle: XmlElement | undefined,
  inherited: TemplatePlaceholder | undefined,
): Bullet | undefined {
  // The template reader keeps two levels; deeper ones look like the second, as they do in nearly every design.
  const below = inherited?.look?.bullets?.[level === 0 ? 1 : 2];
  const shape = bulletOf(child(lstStyle, A, `lvl${level + 1}pPr`));
  const own = bulletOf(pPr) ?? (child(pPr, A, 'buBlip') ? { char: '•' } : undefined);
  return mergedBullet(mergedBullet(below, shape), own);
}

/** The runs of a paragraph: text runs, fields (a date, a slide number) as shown, line breaks, math as its fallback. */
export function runsOf(p: XmlElement, context: TextContext): Run[] {
  const out: Run[] = [];
  const visit = (parent: XmlElement) => {
    for (let n = parent.firstChild; n; n = n.nextSibling) {
      const el = n as unknown as XmlElement;
      if (el.nodeType !== 1) continue;
      if (el.namespaceURI === MC && el.localName === 'AlternateContent') {
        const chosen = child(el, MC, 'Fallback') ?? child(el, MC, 'Choice');
        if (chosen) visit(chosen);
      } else if (el.namespaceURI === A && el.localName === 'br') out.push({ text: '', br: true });
      // A slide number field says nothing the build does not: it numbers its own slides.
      else if (el.namespaceURI === A && el.localName === 'fld' && el.getAttribute('type') === 'slidenum') continue;
      else if (el.namespaceURI === A && (el.localName === 'r' || el.localName === 'fld')) out.push(runOf(el, context));
    }
  };
  visit(p);
  return out;
}

function runOf(r: XmlElement, context: TextContext): Run {
  const rPr = child(r, A, 'rPr');
  const text = child(r, A, 't')?.textContent ?? '';
  const font = child(rPr, A, 'latin')?.getAttribute('typeface') ?? '';
  if (font && !font.startsWith('+')) context.fonts.add(font);
  const on = (attr: string) => rPr?.getAttribute(attr) === '1' || rPr?.getAttribute(attr) === 'true';
  const link = linkOf(child(rPr, A, 'hlinkClick'), context.rels);
  return {
    text,
    ...(on('b') ? { bold: true } : {}),
    ...(on('i') ? { italic: true } : {}),
    ...(font && CODE_FONT.test(font) ? { code: true } : {}),
    ...(link ? { link } : {}),
  };
}

/** A web or mail address a run links to; jumps within the deck and actions are not links on a printed slide. */
function linkOf(click: XmlElement | undefined, rels: readonly Relationship[]): string | undefined {
  const id = click?.getAttributeNS(R, 'id');
  if (!id) return undefined;
  const rel = rels.find((r) => r.id === id);
  if (!rel?.external || !/^(https?:|mailto:)/i.test(rel.written)) return undefined;
  return rel.written;
}
