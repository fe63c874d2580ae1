// How DrawingML paints a shape or a part's background: colours with their modifiers (an RGB value or a theme slot),
// solid, gradient and picture fills, outlines, and the theme's background styles a background refers to.

import type { Element as XmlElement } from '@xmldom/xmldom';
import { A, child, children, num, P, R } from './ooxml.js';
import type { ColourSpec, TemplateFill } from './types.js';

/** Resolves a relationship id of the part being read to a picture part, if it is one the PDFs can draw. */
export type PictureOf = (relationshipId: string) => string | undefined;

/** A DrawingML percentage as a fraction: thousandths of a percent ("75000"), or "75%" as strict files write it; NaN if neither. */
function fraction(raw: string | null): number {
  if (!raw || !/^-?\d+(\.\d+)?%?$/.test(raw)) return Number.NaN;
  return raw.endsWith('%') ? Number.parseFloat(raw) / 100 : Number(raw) / 100_000;
}

/** A colour as DrawingML writes it: an RGB value or a scheme slot, with its modifiers (lumMod, shade...). */
export function colourOf(el: XmlElement | undefined): ColourSpec | undefined {
  const c = el ? children(el, A)[0] : undefined;
  if (!c) return undefined;
  // A modifier without a readable value (alpha="", a typo) changes nothing, as PowerPoint ignores it.
  const mods = children(c, A)
    .map((m) => [m.localName, fraction(m.getAttribute('val'))] as [string, number])
    .filter(([, value]) => Number.isFinite(value));
  const rgb =
    c.localName === 'srgbClr'
      ? c.getAttribute('val')
      : c.localName === 'sysClr'
        ? c.getAttribute('lastClr')
        : undefined;
  if (rgb && /^[0-9A-Fa-f]{6}$/.test(rgb)) return { rgb: `#${rgb.toUpperCase()}`, ...(mods.length ? { mods } : {}) };
  if (c.localName === 'schemeClr' && c.getAttribute('val'))
    return { scheme: c.getAttribute('val')!, ...(mods.length ? { mods } : {}) };
  if (c.localName === 'prstClr')
    return { rgb: c.getAttribute('val') === 'white' ? '#FFFFFF' : '#000000', ...(mods.length ? { mods } : {}) };
  return undefined;
}

/** A fill element's meaning (solidFill, gradFill or blipFill in `parent`); null for noFill, undefined when there is none. */
export function fillOf(parent: XmlElement | undefined, pictureOf: PictureOf): TemplateFill | null | undefined {
  for (const el of children(parent, A)) {
    const fill = fillElement(el, pictureOf);
    if (fill !== undefined) return fill;
  }
  return undefined;
}

function fillElement(el: XmlElement, pictureOf: PictureOf): TemplateFill | null | undefined {
  if (el.localName === 'noFill') return null;
  if (el.localName === 'solidFill') {
    const colour = colourOf(el);
    return colour ? { solid: colour } : undefined;
  }
  if (el.localName === 'gradFill') {
    const stops = children(child(el, A, 'gsLst'), A, 'gs').flatMap((gs) => {
      const colour = colourOf(gs);
      const at = fraction(gs.getAttribute('pos'));
      return colour && Number.isFinite(at) ? [{ at, colour }] : [];
    });
    const angle = num(child(el, A, 'lin'), 'ang') / 60_000;
    return stops.length ? { gradient: { angle: Number.isFinite(angle) ? angle : 90, stops } } : undefined;
  }
  if (el.localName === 'blipFill') {
    const part = pictureOf(child(el, A, 'blip')?.getAttributeNS(R, 'embed') ?? '');
    return part ? { picture: part } : undefined;
  }
  return undefined;
}

/**
 * A part's background (p:cSld/p:bg): its own fill, or the theme's background style its reference names (idx 1001 on,
 * in `styles`, the theme's bgFillStyleLst) in the reference's colour; a style that cannot be read is that colour flat.
 */
export function backgroundOf(root: XmlElement, pictureOf: PictureOf, styles?: XmlElement): TemplateFill | undefined {
  const bg = child(child(root, P, 'cSld'), P, 'bg');
  const own = fillOf(child(bg, P, 'bgPr'), pictureOf);
  if (own) return own;
  const ref = child(bg, P, 'bgRef');
  const colour = colourOf(ref);
  if (!colour) return undefined;
  const style = children(styles, A)[num(ref, 'idx') - 1001];
  // Pictures of a theme style belong to the theme part's relationships: not drawn.
  const styled = style ? fillElement(style, () => undefined) : undefined;
  return styled ? withPlaceholderColour(styled, colour) : { solid: colour };
}

/** A theme style's fill with its placeholder colour (phClr) made the colour that refers to it. */
function withPlaceholderColour(fill: TemplateFill, colour: ColourSpec): TemplateFill {
  const put = (c: ColourSpec): ColourSpec => {
    if (c.scheme !== 'phClr') return c;
    const mods = [...(colour.mods ?? []), ...(c.mods ?? [])];
    return {
      ...(colour.rgb ? { rgb: colour.rgb } : {}),
      ...(colour.scheme ? { scheme: colour.scheme } : {}),
      ...(mods.length ? { mods } : {}),
    };
  };
  if ('solid' in fill) return { solid: put(fill.solid) };
  if ('gradient' in fill)
    return {
      gradient: {
        angle: fill.gradient.angle,
        stops: fill.gradient.stops.map((s) => ({ at: s.at, colour: put(s.colour) })),
      },
    };
  return fill;
}

/** A shape's outline colour and width in points. */
export type Outline = { colour: ColourSpec; width: number };

/**
 * How a shape fills and outlines itself: its own properties, else its style's (p:style fillRef and lnRef), as
 * PowerPoint's inserted shapes do. null where it says "none", undefined where it says nothing.
 */
export function paintOf(
  el: XmlElement,
  pictureOf: PictureOf,
): { fill: TemplateFill | null | undefined; line: Outline | null | undefined } {
  const spPr = child(el, P, 'spPr');
  const style = child(el, P, 'style');
  const ownFill = fillOf(spPr, pictureOf);
  const fillRef = child(style, A, 'fillRef');
  const fill =
    ownFill === undefined && fillRef && num(fillRef, 'idx') > 0
      ? colourOf(fillRef) && { solid: colourOf(fillRef)! }
      : ownFill;
  const ln = child(spPr, A, 'ln');
  const lineFill = ln ? fillOf(ln, pictureOf) : undefined;
  const lineRef = child(style, A, 'lnRef');
  const lineColour =
    lineFill && 'solid' in lineFill
      ? lineFill.solid
      : lineFill === undefined && lineRef && num(lineRef, 'idx') > 0
        ? colourOf(lineRef)
        : undefined;
  const width = Number.isFinite(num(ln, 'w')) ? num(ln, 'w') / 12_700 : 0.75;
  const line = lineColour ? { colour: lineColour, width } : lineFill === null ? null : undefined;
  return { fill, line };
}
