// What a template's masters and layouts draw behind every slide, as far as slides.pdf redraws it: pictures and filled
// rectangles, rounded rectangles and ellipses, through groups (the background's paint is read in paint.ts).
// Placeholders are left out (a slide shows its own text in them), and so are free-form outlines and pictures other
// than PNG and JPEG: PowerPoint draws those in the deck; the PDFs leave them out. Text the master prints itself is
// read by textsOf, which the PDFs set over the art.

import type { Element as XmlElement } from '@xmldom/xmldom';
import { freeformOutline, outlinePieces } from './freeform.js';
import { A, child, children, EMU, num, P, R } from './ooxml.js';
import { colourOf, type PictureOf, paintOf } from './paint.js';
import type { TemplateArt, TemplateFrame, TemplateObstacle, TemplateText } from './types.js';

const GEOMETRIES = new Set(['rect', 'roundRect', 'ellipse']);

/** Child-to-parent mapping of a group's coordinates. */
export type Place = (f: TemplateFrame) => TemplateFrame;

/** An `a:xfrm`'s (or `p:xfrm`'s) frame in inches, if it states one. */
export function frameOf(xfrm: XmlElement | undefined): TemplateFrame | undefined {
  const off = child(xfrm, A, 'off');
  const ext = child(xfrm, A, 'ext');
  const f = { x: num(off, 'x') / EMU, y: num(off, 'y') / EMU, w: num(ext, 'cx') / EMU, h: num(ext, 'cy') / EMU };
  return Object.values(f).every(Number.isFinite) ? f : undefined;
}

/** Where a group puts its children: their frames in its child coordinates mapped onto its frame, then through `outer`. */
export function groupPlace(xfrm: XmlElement | undefined, outer: Place): Place {
  const frame = frameOf(xfrm);
  const chOff = child(xfrm, A, 'chOff');
  const chExt = child(xfrm, A, 'chExt');
  if (!frame || !chOff || !chExt) return outer;
  const cx = num(chOff, 'x') / EMU;
  const cy = num(chOff, 'y') / EMU;
  const sx = num(chExt, 'cx') > 0 ? frame.w / (num(chExt, 'cx') / EMU) : 1;
  const sy = num(chExt, 'cy') > 0 ? frame.h / (num(chExt, 'cy') / EMU) : 1;
  return (f) => outer({ x: frame.x + (f.x - cx) * sx, y: frame.y + (f.y - cy) * sy, w: f.w * sx, h: f.h * sy });
}

/** A shape's frame on the slide: its own frame through every group around it, innermost first. */
export function throughGroups(shape: XmlElement, frame: TemplateFrame): TemplateFrame {
  let f = frame;
  for (
    let n = shape.parentNode as XmlElement | null;
    n && n.localName === 'grpSp' && n.namespaceURI === P;
    n = n.parentNode as XmlElement | null
  ) {
    f = groupPlace(child(child(n, P, 'grpSpPr'), A, 'xfrm'), (g) => g)(f);
  }
  return f;
}

/** The shape's text, if it shows any: such shapes are left to PowerPoint. */
function hasText(sp: XmlElement): boolean {
  const body = child(sp, P, 'txBody');
  if (!body) return false;
  const runs = body.getElementsByTagNameNS(A, 't');
  for (let i = 0; i < runs.length; i++) if ((runs.item(i)?.textContent ?? '').trim()) return true;
  return false;
}

const isTurned = (xfrm: XmlElement | undefined) =>
  (Number(xfrm?.getAttribute('rot')) || 0) !== 0 ||
  xfrm?.getAttribute('flipH') === '1' ||
  xfrm?.getAttribute('flipV') === '1';

/** Calls `visit` for every shape and picture of a master's or layout's shape tree, back to front, with its group placement. */
function eachShape(root: XmlElement, visit: (el: XmlElement, place: Place) => void): void {
  const walk = (tree: XmlElement | undefined, place: Place) => {
    for (const el of children(tree, P)) {
      if (el.localName === 'grpSp') {
        const xfrm = child(child(el, P, 'grpSpPr'), A, 'xfrm');
        // A turned or mirrored group moves its children in ways not followed here: left to PowerPoint, not misplaced.
        const turned = isTurned(xfrm);
        if (!turned) walk(el, groupPlace(xfrm, place));
      } else if (el.localName === 'sp' || el.localName === 'pic') visit(el, place);
    }
  };
  walk(child(child(root, P, 'cSld'), P, 'spTree'), (f) => f);
}

/** A text shape's words and how its first run and paragraph are set, as far as slides.pdf redraws them. */
function textLookOf(sp: XmlElement): Omit<TemplateText, 'frame' | 'slideNumber'> {
  const body = child(sp, P, 'txBody');
  const paras = children(body, A, 'p');
  const text = paras
    .map((p) =>
      [...children(p, A)]
        .filter((c) => c.localName === 'r' || c.localName === 'fld')
        .map((c) => child(c, A, 't')?.textContent ?? '')
        .join(''),
    )
    .join('\n')
    .trim();
  const run = body?.getElementsByTagNameNS(A, 'rPr').item(0) ?? undefined;
  const size = num(run, 'sz') / 100;
  // The run's own colour, else the shape style's font colour (PowerPoint's inserted shapes: white on their fill).
  const colour = colourOf(child(run, A, 'solidFill')) ?? colourOf(child(child(sp, P, 'style'), A, 'fontRef'));
  const align = child(paras[0], A, 'pPr')?.getAttribute('algn');
  return {
    ...(text ? { text } : {}),
    ...(size > 0 ? { size } : {}),
    ...(run?.getAttribute('b') === '1' ? { bold: true } : {}),
    ...(colour ? { colour } : {}),
    ...(align ? { align } : {}),
  };
}

/** The art of a master's or layout's shape tree, back to front, in inches from the slide's top-left corner. */
export function artOf(root: XmlElement, pictureOf: PictureOf): TemplateArt[] {
  const out: TemplateArt[] = [];
  eachShape(root, (el, place) => {
    const art = shapeArt(el, place, pictureOf);
    if (art) out.push(art);
  });
  return out;
}

/**
 * The text a master or layout prints itself, outside its placeholders: a confidentiality line, a footer typed on the
 * master, a slide number field in a text box. The deck prints no footer or number of its own over such text.
 */
export function textsOf(root: XmlElement): TemplateText[] {
  const out: TemplateText[] = [];
  eachShape(root, (el, place) => {
    const nv = children(el, P).find((c) => c.localName?.startsWith('nv'));
    if (el.localName !== 'sp' || !hasText(el) || (nv && child(child(nv, P, 'nvPr'), P, 'ph'))) return;
    const own = frameOf(child(child(el, P, 'spPr'), A, 'xfrm'));
    if (!own || own.w <= 0 || own.h <= 0) return;
    const fields = el.getElementsByTagNameNS(A, 'fld');
    const number = Array.from({ length: fields.length }, (_, i) => fields.item(i)!).some(
      (f) => f.getAttribute('type') === 'slidenum',
    );
    out.push({ frame: place(own), ...(number ? { slideNumber: true as const } : {}), ...textLookOf(el) });
  });
  return out;
}

function shapeArt(el: XmlElement, place: Place, pictureOf: PictureOf): TemplateArt | undefined {
  const nv = children(el, P).find((c) => c.localName?.startsWith('nv'));
  if (nv && child(child(nv, P, 'nvPr'), P, 'ph')) return undefined;
  const spPr = child(el, P, 'spPr');
  const xfrm = child(spPr, A, 'xfrm');
  const own = frameOf(xfrm);
  if (!own || own.w <= 0 || own.h <= 0) return undefined;
  const frame = place(own);
  const rotation = num(xfrm, 'rot') / 60_000;
  const turned = Number.isFinite(rotation) && rotation !== 0 ? { rotation } : {};
  if (el.localName === 'pic') {
    const part = pictureOf(child(child(el, P, 'blipFill'), A, 'blip')?.getAttributeNS(R, 'embed') ?? '');
    return part ? { kind: 'picture', frame, part, ...turned } : undefined;
  }
  const geometry = child(spPr, A, 'prstGeom')?.getAttribute('prst') ?? '';
  // A free-form outline (a speech-bubble panel, a swirl of lines) is drawn where it is not turned: turned, a guess.
  const outline = turned.rotation === undefined ? freeformOutline(spPr, frame, flipsOf(xfrm)) : undefined;
  // A shape with text is drawn too: its words come after the art (textsOf), as PowerPoint shows them on it.
  if (!GEOMETRIES.has(geometry) && !outline) return undefined;
  const { fill, line } = paintOf(el, pictureOf);
  // A shape filled with a picture shows the picture in its frame (cropped to an ellipse or round corners in
  // PowerPoint; drawn square here).
  if (fill && 'picture' in fill) return { kind: 'picture', frame, part: fill.picture, ...turned };
  if (!fill && !line) return undefined;
  return {
    kind: 'shape',
    frame,
    ...(outline ? { geometry: 'path' as const, outline } : { geometry: geometry as 'rect' | 'roundRect' | 'ellipse' }),
    ...(fill ? { fill } : {}),
    ...(line ? { line } : {}),
    ...turned,
  };
}

/** A placeholder's own preset geometry (rect, roundRect, ellipse), where it states one the PDFs draw. */
export function geometryOf(el: XmlElement): 'rect' | 'roundRect' | 'ellipse' | undefined {
  const prst = child(child(el, P, 'spPr'), A, 'prstGeom')?.getAttribute('prst') ?? '';
  return GEOMETRIES.has(prst) ? (prst as 'rect' | 'roundRect' | 'ellipse') : undefined;
}

/**
 * Everything a master's or layout's shape tree draws outside its placeholders, by bounding box: pictures, panels,
 * drawings (free-form lines, connectors, charts, any preset but a plain panel) and text. A turned group counts as
 * its own box, as does a turned shape (the box around it as turned).
 */
export function obstaclesOf(root: XmlElement): TemplateObstacle[] {
  const out: TemplateObstacle[] = [];
  const walk = (tree: XmlElement | undefined, place: Place) => {
    for (const el of children(tree, P)) {
      const nv = children(el, P).find((c) => c.localName?.startsWith('nv'));
      if (nv && (child(child(nv, P, 'nvPr'), P, 'ph') || child(nv, P, 'cNvPr')?.getAttribute('hidden') === '1'))
        continue;
      if (el.localName === 'grpSp') {
        const xfrm = child(child(el, P, 'grpSpPr'), A, 'xfrm');
        const turned = isTurned(xfrm);
        const own = frameOf(xfrm);
        if (turned && own) out.push({ frame: turnedBox(place(own), num(xfrm, 'rot') / 60_000), kind: 'drawing' });
        else if (!turned) walk(el, groupPlace(xfrm, place));
        continue;
      }
      const xfrm = el.localName === 'graphicFrame' ? child(el, P, 'xfrm') : child(child(el, P, 'spPr'), A, 'xfrm');
      const own = frameOf(xfrm);
      if (!own || (own.w <= 0 && own.h <= 0)) continue;
      const frame = turnedBox(place(own), num(xfrm, 'rot') / 60_000);
      // A free-form drawing is kept clear of along its strokes too: a line drawing (a swirl, a sweep: no fill) only
      // so, not by the box around it; a filled one (a panel, a logo drawn as a shape) by its box as well, unless that
      // box is most of the slide (a swirl and arrows drawn as one shape), which keepOutOf leaves to the strokes.
      const outline =
        el.localName === 'sp' && !isTurned(xfrm) && !hasText(el)
          ? freeformOutline(child(el, P, 'spPr'), place(own), flipsOf(xfrm))
          : undefined;
      if (!outline || isFilled(el)) out.push({ frame, kind: obstacleKind(el) });
      if (outline) for (const piece of outlinePieces(outline)) out.push({ frame: piece, kind: 'stroke' });
    }
  };
  walk(child(child(root, P, 'cSld'), P, 'spTree'), (f) => f);
  return out;
}

function obstacleKind(el: XmlElement): TemplateObstacle['kind'] {
  if (el.localName === 'pic') return 'picture';
  if (el.localName !== 'sp') return 'drawing';
  if (hasText(el)) return 'text';
  const spPr = child(el, P, 'spPr');
  return GEOMETRIES.has(child(spPr, A, 'prstGeom')?.getAttribute('prst') ?? '') ? 'panel' : 'drawing';
}

/** Whether a shape fills its outline (its own fill, else its style's), as slides.pdf paints it; a picture counts. */
function isFilled(el: XmlElement): boolean {
  return Boolean(paintOf(el, (picture) => picture).fill);
}

/** Whether a shape is mirrored across and down. */
function flipsOf(xfrm: XmlElement | undefined): { h: boolean; v: boolean } {
  return { h: xfrm?.getAttribute('flipH') === '1', v: xfrm?.getAttribute('flipV') === '1' };
}

/** The upright box around a frame turned by `degrees` about its centre. */
function turnedBox(f: TemplateFrame, degrees: number): TemplateFrame {
  if (!Number.isFinite(degrees) || degrees % 180 === 0) return f;
  const r = (degrees * Math.PI) / 180;
  const w = Math.abs(f.w * Math.cos(r)) + Math.abs(f.h * Math.sin(r));
  const h = Math.abs(f.w * Math.sin(r)) + Math.abs(f.h * Math.cos(r));
  return { x: f.x + f.w / 2 - w / 2, y: f.y + f.h / 2 - h / 2, w, h };
}
