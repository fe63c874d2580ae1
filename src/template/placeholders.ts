// A master's or layout's placeholders: their frames in inches, the look of their text (capitals, alignment, weight,
// colour, typeface, size, bullets, list levels) and their fill and outline, each inheriting what its master states.

import type { Element as XmlElement } from '@xmldom/xmldom';
import { geometryOf, throughGroups } from './art.js';
import { A, byTag, child, EMU, first, P, round3 } from './ooxml.js';
import { colourOf, type PictureOf, paintOf } from './paint.js';
import { frameLookOf, levelLooksOf, mergedLevels } from './text-setting.js';
import type { Bullet, PlaceholderPaint, TemplatePlaceholder, TextLook } from './types.js';

/**
 * The placeholders of a master or layout, with their frames in inches; a layout's placeholder that
 * gives no frame takes its master's of the same role, as PowerPoint draws it.
 */
export function placeholdersOf(
  root: XmlElement,
  pictureOf: PictureOf,
  inherited: readonly TemplatePlaceholder[],
  styles?: Record<string, XmlElement | undefined>,
): TemplatePlaceholder[] {
  const out: TemplatePlaceholder[] = [];
  for (const sp of byTag(root, P, 'sp')) {
    const ph = first(sp, P, 'ph');
    if (!ph) continue;
    const type = ph.getAttribute('type') || 'obj';
    const idx = ph.hasAttribute('idx') ? Number(ph.getAttribute('idx')) : undefined;
    // The frame is the shape's own spPr/xfrm: PowerPoint also writes `a:ext` elements of extension lists (creation ids) earlier in the shape.
    const xfrm = child(child(sp, P, 'spPr'), A, 'xfrm');
    const off = child(xfrm, A, 'off');
    const ext = child(xfrm, A, 'ext');
    // A placeholder inside a group sits where the group's transform puts it.
    const own =
      off && ext
        ? rounded(throughGroups(sp, { x: emu(off, 'x'), y: emu(off, 'y'), w: emu(ext, 'cx'), h: emu(ext, 'cy') }))
        : undefined;
    const master = inherited.find((m) => m.type === masterRole(type));
    const frame = own ?? master?.frame;
    // Each property from the nearest level that states it: the shape's list style, its master's placeholder, the master's text style.
    const below = master
      ? { ...(master.caps ? { caps: true } : {}), ...master.look }
      : textLookOf(styles?.[masterRole(type)]);
    const ownLook = textLookOf(child(child(sp, P, 'txBody'), A, 'lstStyle'));
    const bullets = mergedBullets(below.bullets, ownLook.bullets);
    const levels = mergedLevels(below.levels, ownLook.levels);
    const { caps, ...look } = { ...below, ...ownLook, ...(bullets ? { bullets } : {}), ...(levels ? { levels } : {}) };
    const textFrame = { ...master?.textFrame, ...frameLookOf(child(child(sp, P, 'txBody'), A, 'bodyPr')) };
    const paint = paintThrough(sp, pictureOf, master?.paint);
    const shape = geometryOf(sp) ?? master?.geometry;
    const geometry = shape === 'ellipse' || shape === 'roundRect' ? shape : undefined;
    out.push({
      type,
      ...(idx !== undefined ? { idx } : {}),
      ...(frame ? { frame } : {}),
      ...(caps ? { caps: true as const } : {}),
      ...(Object.keys(look).length ? { look } : {}),
      ...(Object.keys(textFrame).length ? { textFrame } : {}),
      ...(paint ? { paint } : {}),
      ...(geometry ? { geometry } : {}),
    });
  }
  return out;
}

/** A placeholder's fill and outline: what its own shape properties say, else what its master's placeholder draws ("none" ends it). */
function paintThrough(
  sp: XmlElement,
  pictureOf: PictureOf,
  below: PlaceholderPaint | undefined,
): PlaceholderPaint | undefined {
  const own = paintOf(sp, pictureOf);
  const fill = own.fill === undefined ? below?.fill : (own.fill ?? undefined);
  const line = own.line === undefined ? below?.line : (own.line ?? undefined);
  if (!fill && !line) return undefined;
  return {
    geometry: geometryOf(sp) ?? below?.geometry ?? 'rect',
    ...(fill ? { fill } : {}),
    ...(line ? { line } : {}),
  };
}

/** What a list style's first level says of its text (capitals, alignment, weight, colour, typeface); only what it states. */
function textLookOf(style: XmlElement | undefined): TextLook & { caps?: boolean } {
  const level = child(style, A, 'lvl1pPr');
  const run = child(level, A, 'defRPr');
  const out: TextLook & { caps?: boolean } = {};
  const cap = run?.getAttribute('cap');
  if (cap) out.caps = cap === 'all';
  const align = level?.getAttribute('algn');
  if (align) out.align = align;
  const bold = run?.getAttribute('b');
  if (bold) out.bold = bold === '1' || bold === 'true';
  const colour = colourOf(child(run, A, 'solidFill'));
  if (colour) out.colour = colour;
  const font = child(run, A, 'latin')?.getAttribute('typeface');
  if (font) out.font = font;
  const size = Number(run?.getAttribute('sz') ?? 'NaN') / 100;
  if (size > 0) out.size = size;
  const spacing = Number(run?.getAttribute('spc') ?? 'NaN');
  if (Number.isFinite(spacing)) out.spacing = spacing / 100;
  const bullets: Partial<Record<1 | 2, Bullet>> = {};
  for (const n of [1, 2] as const) {
    const bullet = bulletOf(child(style, A, `lvl${n}pPr`));
    if (bullet) bullets[n] = bullet;
  }
  if (Object.keys(bullets).length) out.bullets = bullets;
  const levels = levelLooksOf(style);
  if (levels) out.levels = levels;
  return out;
}

/** What a list level's (or a paragraph's) properties say of its bullet; only what they state. */
export function bulletOf(level: XmlElement | undefined): Bullet | undefined {
  if (!level) return undefined;
  if (child(level, A, 'buNone')) return { none: true };
  const char = child(level, A, 'buChar')?.getAttribute('char');
  const number = child(level, A, 'buAutoNum');
  const autoNum = number?.getAttribute('type');
  const startAt = Number(number?.getAttribute('startAt') ?? 'NaN');
  const font = child(level, A, 'buFont')?.getAttribute('typeface');
  const colour = colourOf(child(level, A, 'buClr'));
  const out: Bullet = {
    ...(char ? { char } : {}),
    ...(autoNum ? { autoNum } : {}),
    ...(autoNum && Number.isInteger(startAt) ? { startAt } : {}),
    ...(font ? { font } : {}),
    ...(colour ? { colour } : {}),
  };
  return Object.keys(out).length ? out : undefined;
}

/** A bullet through the chain: a level's `buNone`, character or number replaces what is below, its font and colour add to it. */
export function mergedBullet(below: Bullet | undefined, own: Bullet | undefined): Bullet | undefined {
  if (own?.none) return { none: true };
  if (own?.char || own?.autoNum) {
    const { none: _none, char: _char, autoNum: _autoNum, startAt: _startAt, ...rest } = below ?? {};
    return { ...rest, ...own };
  }
  return below || own ? { ...below, ...own } : undefined;
}

/** A placeholder's bullets through the chain, level by level. */
function mergedBullets(below: TextLook['bullets'], own: TextLook['bullets']): TextLook['bullets'] | undefined {
  const out: Partial<Record<1 | 2, Bullet>> = {};
  for (const n of [1, 2] as const) {
    const merged = mergedBullet(below?.[n], own?.[n]);
    if (merged) out[n] = merged;
  }
  return Object.keys(out).length ? out : undefined;
}

/**
 * The placeholder of a layout (or master) that a slide's placeholder takes its frame and text style from, as
 * PowerPoint pairs them: a title with the title, else the one of the same index, else the first of the same type.
 */
export function inheritedPlaceholder(
  ph: { type: string; idx?: number },
  candidates: readonly TemplatePlaceholder[],
): TemplatePlaceholder | undefined {
  const isTitle = (t: string) => t === 'title' || t === 'ctrTitle';
  if (isTitle(ph.type)) return candidates.find((c) => isTitle(c.type));
  return (
    (ph.idx !== undefined ? candidates.find((c) => c.idx === ph.idx && !isTitle(c.type)) : undefined) ??
    candidates.find((c) => c.type === ph.type) ??
    (ph.type === 'obj' ? candidates.find((c) => c.type === 'body') : undefined)
  );
}

/** A master's text styles by the role of the placeholders they style. */
export function textStylesOf(master: XmlElement): Record<string, XmlElement | undefined> {
  const styles = first(master, P, 'txStyles');
  return { title: child(styles, P, 'titleStyle'), body: child(styles, P, 'bodyStyle') };
}

/** The master placeholder a layout placeholder inherits from: titles from the title, text of any kind from the body. */
function masterRole(type: string): string {
  if (type === 'ctrTitle' || type === 'title') return 'title';
  if (type === 'dt' || type === 'ftr' || type === 'sldNum') return type;
  return 'body';
}

const rounded = (f: { x: number; y: number; w: number; h: number }) => ({
  x: round3(f.x),
  y: round3(f.y),
  w: round3(f.w),
  h: round3(f.h),
});
const emu = (el: XmlElement, attr: string) => Math.round((Number(el.getAttribute(attr)) / EMU) * 1000) / 1000;
