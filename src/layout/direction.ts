// Which way each page's text runs, and for a client whose language is written right to left, the page mirrored as an
// Arabic or Hebrew designer lays it out: what stands at the left stands at the right, what reads first reads from the
// right. Slide kinds lay out left to right; this turns their pages round, so every kind is mirrored alike.
import type { DeckModel } from '../model/deck.js';
import { hasRightToLeft, isRightToLeftLanguage, paragraphDirection } from '../text/rtl.js';
import type { Geometry } from './geometry.js';
import type { Draft } from './page.js';
import type { Cell, Element, Frame, Para, TableBox, TextBox } from './types.js';

/** How a kit's pages are turned: whether it is written right to left, and the axis its pages mirror about. */
export interface Direction {
  rtl: boolean;
  /**
   * Mirrors frames about this vertical line (inches from the left); none for a left-to-right kit. On the tool's own
   * masters the whole page mirrors about the slide's middle (the masters mirror too); on a client's template its
   * placeholders stay where its designer put them, and only what a content slide arranges in its body turns round.
   */
  axis?: number;
  /** Only content pages' elements mirror (a client's template). */
  bodyOnly?: boolean;
}

/** The direction a model's pages are laid out in. */
export function directionOf(
  model: Pick<DeckModel, 'locale' | 'theme'>,
  geo: { width: number; body: Frame },
): Direction {
  if (!isRightToLeftLanguage(model.locale.tag)) return { rtl: false };
  if (model.theme.template) return { rtl: true, axis: geo.body.x + geo.body.w / 2, bodyOnly: true };
  return { rtl: true, axis: geo.width / 2 };
}

/** A page with each paragraph's direction decided and, in a right-to-left kit, mirrored; a new page (drafts are shared). */
export function directed(d: Direction, draft: Draft): Draft {
  const turn = d.axis !== undefined && (!d.bodyOnly || draft.master === 'CONTENT') ? d.axis : undefined;
  const mirrorAll = d.axis !== undefined && !d.bodyOnly;
  const elements = draft.elements.map((el) => element(d, el, turn, mirrorAll));
  const title = textBox(d, draft.title, mirrorAll ? d.axis : undefined, mirrorAll, d.rtl);
  if (!d.rtl && elements.every((el, i) => el === draft.elements[i]) && title === draft.title) return draft;
  return { ...draft, title, elements };
}

function element(d: Direction, el: Element, axis: number | undefined, mirrorAll: boolean): Element {
  const frame = axis === undefined ? el.frame : mirrored(el.frame, axis);
  switch (el.kind) {
    case 'text':
      return textBox(d, el, axis, mirrorAll, false);
    case 'table':
      return table(d, el, frame, axis !== undefined, mirrorAll);
    default:
      return frame === el.frame ? el : { ...el, frame };
  }
}

function mirrored(f: Frame, axis: number): Frame {
  return { ...f, x: round(2 * axis - f.x - f.w) };
}

/** Inches to a hundred-thousandth, so a mirrored frame written in EMU does not move by a rounding. */
function round(v: number): number {
  return Math.round(v * 100_000) / 100_000;
}

/**
 * A text box's paragraphs each in their direction; mirrored, its alignment mirrors too (a marker set flush right at the
 * left of the page is set flush left at its right). A title of a right-to-left kit starts at the right.
 */
function textBox(d: Direction, box: TextBox, axis: number | undefined, mirrorAll: boolean, isTitle: boolean): TextBox {
  const paras = box.paras.map((p) => paragraph(p, d.rtl, mirrorAll, isTitle));
  const frame = axis === undefined ? box.frame : mirrored(box.frame, axis);
  if (frame === box.frame && paras.every((p, i) => p === box.paras[i])) return box;
  return { ...box, frame, paras };
}

function paragraph(p: Para, kitRtl: boolean, mirrorAll: boolean, isTitle: boolean): Para {
  const rtl = paragraphDirection(textOf(p.runs), kitRtl) === 'rtl';
  let align = p.align;
  // Running text keeps its own start: an English point in a mirrored Hebrew deck is set from the left, its bullet
  // beside it (flushed right, the bullet would stand a line's width away from its text). Titles, labels and details
  // follow the page.
  const running = p.marker !== undefined || RUNNING.has(p.role);
  if (mirrorAll && (rtl || isTitle || !running)) align = MIRRORED[align];
  else if ((rtl || (kitRtl && isTitle)) && align === 'left') align = 'right';
  if (!rtl && align === p.align) return p;
  return { ...p, align, ...(rtl ? { rtl: true as const } : {}) };
}

const MIRRORED = { left: 'right', right: 'left', center: 'center' } as const;
const RUNNING: ReadonlySet<Para['role']> = new Set(['body', 'quote', 'code']);

function textOf(runs: readonly { text: string }[]): string {
  return runs.map((r) => r.text).join('');
}

/**
 * A table's cells in their direction. In a right-to-left kit its columns read from the right: they are put in slide
 * order (the first column last), which every renderer draws as it is; where the deck can say so instead
 * (`rtl`, a table holding right-to-left text), PowerPoint puts them back in reading order itself.
 */
function table(d: Direction, t: TableBox, frame: Frame, turn: boolean, mirrorAll: boolean): TableBox {
  const rows = t.rows.map((row) => row.map((c) => cell(c, d.rtl, mirrorAll || turn)));
  const changed = frame !== t.frame || rows.some((row, i) => row.some((c, j) => c !== t.rows[i]![j]));
  if (!turn) return changed ? { ...t, frame, rows } : t;
  const holdsRtl = t.rows.some((row) => row.some((c) => c.paras.some((p) => hasRightToLeft(textOf(p.runs)))));
  return {
    ...t,
    frame,
    rows: rows.map((row) => [...row].reverse()),
    colWidths: [...t.colWidths].reverse(),
    ...(holdsRtl ? { rtl: true as const } : {}),
  };
}

function cell(c: Cell, kitRtl: boolean, mirror: boolean): Cell {
  const paras = c.paras.map((p) =>
    paragraphDirection(textOf(p.runs), kitRtl) === 'rtl' ? { ...p, rtl: true as const } : p,
  );
  const first = paras[0]?.rtl === true;
  const align = mirror ? MIRRORED[c.align] : first && c.align === 'left' ? 'right' : c.align;
  if (align === c.align && paras.every((p, i) => p === c.paras[i])) return c;
  return { ...c, align, paras };
}

/**
 * The tool's own masters for a kit: mirrored for a right-to-left client (the brand panel, footer line, slide number and
 * logo swap sides), as the pages laid out on them are. A client's template is the brand and keeps its sides.
 */
export function mastersGeometry(model: Pick<DeckModel, 'locale' | 'theme'>, geo: Geometry): Geometry {
  if (model.theme.template || !isRightToLeftLanguage(model.locale.tag)) return geo;
  const axis = geo.width / 2;
  const m = (f: Frame) => mirrored(f, axis);
  return {
    ...geo,
    rtl: true,
    topBar: m(geo.topBar),
    title: m(geo.title),
    body: m(geo.body),
    footer: m(geo.footer),
    slideNumber: m(geo.slideNumber),
    ...(geo.progress ? { progress: m(geo.progress) } : {}),
    footerLogo: m(geo.footerLogo),
    titlePanel: m(geo.titlePanel),
    coverTitle: m(geo.coverTitle),
    heroTitle: m(geo.heroTitle),
  };
}
