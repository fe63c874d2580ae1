// On a client's template the template is the brand: text in its placeholders takes the colour, typeface, weight and
// alignment its layout and master give it, and the placeholder its fill and outline. A slide says only what the
// content says (bold, italic, code, links, the language) and what fitting needs (the size, the frame and spacing
// layout measured with), so PowerPoint's "Reset slide" changes nothing a designer chose.

import type { Element as XmlElement } from '@xmldom/xmldom';
import { textSetting } from '../../template/text-setting.js';
import type { TemplatePlaceholder } from '../../template/types.js';
import { direct, elements, parseXmlText, serialiseXml } from './dom.js';
import { inheritTextSetting } from './inherit-spacing.js';
import type { MeasuredIndent } from './text.js';

const P = 'http://schemas.openxmlformats.org/presentationml/2006/main';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const TITLES = new Set(['title', 'ctrTitle']);
const TEXT = new Set(['title', 'ctrTitle', 'body', 'obj', 'subTitle']);
/** The footer, date and slide number: shown as the template defines them (only the footer's measured size stays). */
const FURNITURE = new Set(['ftr', 'dt', 'sldNum']);
const FACES = ['latin', 'ea', 'cs'];
const EMU = 914_400;
/** Frames closer than this (in inches) are the same frame: EMU rounding, or an inch value read back. */
const HALF_POINT = 0.5 / 72;

/** What a slide's template layout does itself, as far as its slides' placeholders are concerned. */
export interface LayoutFacts {
  /** It prints a slide number of its own. */
  printsNumber?: boolean;
  /** It colours its body text unreadably on what it draws: the tool's colour stays. */
  ownBodyColour?: boolean;
  /** Its placeholders, with their frames (their master's where they give none). */
  placeholders?: readonly TemplatePlaceholder[];
  /** Its master's footer, date and slide number placeholders. */
  furniture?: readonly TemplatePlaceholder[];
  /** The bullets its text placeholder shows at list levels 1 and 2, where it shows one. */
  bullets?: Partial<Record<1 | 2, unknown>>;
  /** The slide's title and body paragraphs' indents as layout measured them. */
  indents?: SlideIndents;
}

/** A slide's title and body paragraphs' indents as layout measured them, in points. */
export interface SlideIndents {
  title: readonly MeasuredIndent[];
  body: readonly MeasuredIndent[];
}

/** The bullets the tool writes on a list's levels (pptxgenjs's defaults); a non-breaking space only indents. */
const TOOL_BULLETS = new Set(['•', '–']);

/** The slide with the tool's own styling taken off its title, body and subtitle placeholders; `toolFaces` are the theme's typefaces (a code span's stays). */
export function inheritTemplateStyles(xml: string, toolFaces: ReadonlySet<string>, layout: LayoutFacts = {}): string {
  const doc = parseXmlText(xml);
  const root = doc.documentElement as unknown as XmlElement;
  for (const sp of elements(root, P, 'sp')) {
    const ph = elements(sp, P, 'ph')[0];
    const type = ph ? ph.getAttribute('type') || 'obj' : undefined;
    // The layout prints a slide number of its own: the slide shows that one, not a second.
    if (type === 'sldNum' && layout.printsNumber) sp.parentNode?.removeChild(sp);
    else if (type && FURNITURE.has(type)) {
      furniture(sp, type);
      const own = layoutPlaceholder(type, ph!, [...(layout.placeholders ?? []), ...(layout.furniture ?? [])]);
      keepLayoutFrame(sp, direct(sp, P, 'spPr')[0], own);
    }
    if (!type || !TEXT.has(type)) continue;
    const title = TITLES.has(type);
    const shape = direct(sp, P, 'spPr')[0];
    const own = layoutPlaceholder(type, ph!, layout.placeholders);
    keepLayoutFrame(sp, shape, own);
    if (own) inheritTextSetting(sp, textSetting(own), layout.indents?.[title ? 'title' : 'body']);
    for (const look of ['prstGeom', 'noFill', 'ln'])
      for (const el of direct(shape, A, look)) if (look !== 'ln' || !el.firstChild) shape?.removeChild(el);
    for (const run of [...elements(sp, A, 'rPr'), ...elements(sp, A, 'endParaRPr')]) {
      // Body text keeps the tool's colour where the template's would not read on what the layout draws.
      if (title || !layout.ownBodyColour) for (const fill of direct(run, A, 'solidFill')) run.removeChild(fill);
      for (const face of FACES.flatMap((f) => direct(run, A, f)))
        if (title || toolFaces.has(face.getAttribute('typeface') ?? '')) run.removeChild(face);
      if (title) run.removeAttribute('b');
    }
    // A title's alignment is the layout's; in body text only the tool's default (left) is, a centred quote is the content's.
    // A right-to-left title starts at the right where the layout sets titles flush left (at their start).
    const flushLeft = !own?.look?.align || own.look.align === 'l';
    for (const para of elements(sp, A, 'pPr')) {
      if (title && para.getAttribute('rtl') === '1' && flushLeft) para.setAttribute('algn', 'r');
      else if (title || para.getAttribute('algn') === 'l') para.removeAttribute('algn');
    }
    if (!title) templateBullets(sp, layout.bullets);
  }
  return serialiseXml(doc);
}

/**
 * Where a placeholder stands where its layout's does (the same left, top and width, no taller), with its text set from
 * the top or filling it, the slide gives no frame of its own: it takes the layout's, and moving the placeholder in the
 * layout moves it on every slide. The text does not move: a shorter box anchored at its top shows it where the
 * layout's frame does.
 */
function keepLayoutFrame(sp: XmlElement, shape: XmlElement | undefined, own: TemplatePlaceholder | undefined): void {
  const xfrm = direct(shape, A, 'xfrm')[0];
  if (!shape || !xfrm || xfrm.getAttribute('rot') || xfrm.getAttribute('flipH') || xfrm.getAttribute('flipV')) return;
  if (!own?.frame) return;
  const off = direct(xfrm, A, 'off')[0];
  const ext = direct(xfrm, A, 'ext')[0];
  const [x, y, w, h] = [
    off?.getAttribute('x'),
    off?.getAttribute('y'),
    ext?.getAttribute('cx'),
    ext?.getAttribute('cy'),
  ].map((v) => Number(v) / EMU);
  const near = (a: number | undefined, b: number) => a !== undefined && Math.abs(a - b) <= HALF_POINT;
  const { frame } = own;
  const anchor =
    direct(sp.getElementsByTagNameNS(P, 'txBody').item(0) ?? undefined, A, 'bodyPr')[0]?.getAttribute('anchor') ?? 't';
  const sameText = near(h, frame.h) || (anchor === 't' && h !== undefined && h <= frame.h + HALF_POINT);
  if (near(x, frame.x) && near(y, frame.y) && near(w, frame.w) && sameText) shape.removeChild(xfrm);
}

/** The layout's placeholder a slide's placeholder `ph` of `type` takes its frame and text from: the same index, or else the same type. */
function layoutPlaceholder(
  type: string,
  ph: XmlElement,
  placeholders: readonly TemplatePlaceholder[] = [],
): TemplatePlaceholder | undefined {
  const idx = ph.getAttribute('idx');
  return placeholders.find((p) =>
    idx !== null && idx !== '' ? p.idx === Number(idx) : p.type === type || (TITLES.has(p.type) && TITLES.has(type)),
  );
}

/** A list's bullets in a text placeholder: the template's own where it shows one at that level (its character, font and colour); the tool's indent stays, as measured. */
function templateBullets(sp: XmlElement, bullets: LayoutFacts['bullets']): void {
  if (!bullets) return;
  for (const para of elements(sp, A, 'pPr')) {
    const char = direct(para, A, 'buChar')[0];
    if (!char || !TOOL_BULLETS.has(char.getAttribute('char') ?? '')) continue;
    const level = (Number(para.getAttribute('lvl')) || 0) + 1;
    if (level > 2 || !bullets[level as 1 | 2]) continue;
    for (const name of ['buClr', 'buSzPct', 'buSzPts', 'buFont', 'buChar'])
      for (const el of direct(para, A, name)) para.removeChild(el);
  }
}

/** A footer, date or slide number placeholder with nothing of the tool's look: its text as the layout styles it. */
function furniture(sp: XmlElement, type: string): void {
  const shape = direct(sp, P, 'spPr')[0];
  for (const look of ['prstGeom', 'noFill', 'ln', 'extLst'])
    for (const el of direct(shape, A, look)) shape?.removeChild(el);
  for (const style of elements(sp, A, 'lstStyle')) while (style.firstChild) style.removeChild(style.firstChild);
  for (const run of [...elements(sp, A, 'rPr'), ...elements(sp, A, 'endParaRPr')]) {
    for (const el of [...direct(run, A, 'solidFill'), ...FACES.flatMap((f) => direct(run, A, f))]) run.removeChild(el);
    // The footer's words were fitted to its frame at this size; a number is the template's own size.
    if (type !== 'ftr') run.removeAttribute('sz');
    run.removeAttribute('b');
  }
  for (const para of elements(sp, A, 'pPr')) para.removeAttribute('algn');
}
