// Text the tool places beyond a template's placeholder keeps clear of what the template draws itself.
import type { Frame } from './types.js';

/** A column of text from `top` to `bottom` (flow's Region, which geometry cannot import: flow builds on it). */
type Region = { x: number; w: number; top: number; bottom: number };

const GAP = 0.1;
/** A hairline drawn along a text column's edge counts as in it: glyphs would touch it. */
const EDGE = 0.05;

const across = (r: Pick<Region, 'x' | 'w'>, f: Frame) => f.x - EDGE < r.x + r.w && r.x < f.x + f.w + EDGE;

/**
 * `region` with its foot raised above the first of `keepOut` that stands in its column below `top`, but never above
 * `floor` (the foot of the placeholder the template drew there: within it the designer answers for what is behind).
 */
export function clearBelow(region: Region, keepOut: readonly Frame[], floor: number): Region {
  let bottom = region.bottom;
  for (const f of keepOut)
    if (across(region, f) && f.y + f.h > Math.max(region.top, floor)) bottom = Math.min(bottom, f.y - GAP);
  return { ...region, bottom: Math.max(bottom, Math.min(floor, region.bottom)) };
}

/** `region` with its top lowered below whatever of `keepOut` stands in its column above its foot, but never below `ceiling`. */
export function clearAbove(region: Region, keepOut: readonly Frame[], ceiling: number): Region {
  let top = region.top;
  for (const f of keepOut)
    if (across(region, f) && f.y < Math.min(region.bottom, ceiling)) top = Math.max(top, f.y + f.h + GAP);
  return { ...region, top: Math.min(top, Math.max(ceiling, region.top)) };
}

/**
 * A title's frame narrowed to keep clear of what the template draws across its ends (a logo printed into the corner
 * of a photo, a badge beside the title): from the left where such art stands in its left half, from the right where
 * in its right half. A frame that would keep less than three fifths of its width stays as it is.
 */
export function clearOfEnds(frame: Frame, keepOut: readonly Frame[]): Frame {
  return narrowed(frame, hitting(frame, keepOut)) ?? frame;
}

/**
 * A body frame kept clear of the art the template draws into it (a logo in its corner, a rule across its foot): the
 * frame narrowed from the ends the art stands at, or cut short above and below it, whichever keeps more of the frame.
 * Where neither keeps three fifths of it, the frame stays as it is: the designer put the art there for text to pass.
 */
export function clearOfArt(frame: Frame, keepOut: readonly Frame[]): Frame {
  const hits = hitting(frame, keepOut);
  if (hits.length === 0) return frame;
  const middle = frame.y + frame.h / 2;
  const top = Math.max(frame.y, ...hits.filter((f) => f.y + f.h / 2 < middle).map((f) => f.y + f.h + GAP));
  const bottom = Math.min(frame.y + frame.h, ...hits.filter((f) => f.y + f.h / 2 >= middle).map((f) => f.y - GAP));
  const short = bottom - top >= frame.h * 0.6 ? { ...frame, y: top, h: bottom - top } : undefined;
  const narrow = narrowed(frame, hits);
  const area = (f: Frame | undefined) => (f ? f.w * f.h : 0);
  const best = area(narrow) >= area(short) ? narrow : short;
  return best ?? frame;
}

// A hairline (a line drawn straight down or across, no width) along the frame's edge counts as in it.
function hitting(frame: Frame, keepOut: readonly Frame[]): Frame[] {
  return keepOut.filter(
    (f) =>
      f.x - EDGE < frame.x + frame.w &&
      frame.x < f.x + f.w + EDGE &&
      f.y - EDGE < frame.y + frame.h &&
      frame.y < f.y + f.h + EDGE,
  );
}

/** `frame` narrowed from the left of art in its left half and from the right of art in its right half, if it keeps three fifths of its width. */
function narrowed(frame: Frame, hits: readonly Frame[]): Frame | undefined {
  if (hits.length === 0) return frame;
  const middle = frame.x + frame.w / 2;
  const left = Math.max(frame.x, ...hits.filter((f) => f.x + f.w / 2 < middle).map((f) => f.x + f.w + GAP));
  const right = Math.min(frame.x + frame.w, ...hits.filter((f) => f.x + f.w / 2 >= middle).map((f) => f.x - GAP));
  return right - left >= frame.w * 0.6 ? { ...frame, x: left, w: right - left } : undefined;
}

/** The tallest stretch of `region`'s column, from its top down to its foot, that none of `keepOut` stands in. */
export function clearSpan(region: Region, keepOut: readonly Frame[]): Region {
  const blocks = keepOut
    .filter((f) => across(region, f) && f.y < region.bottom && f.y + f.h > region.top)
    .sort((a, b) => a.y - b.y);
  let best = { top: region.top, bottom: region.top };
  let from = region.top;
  for (const f of [...blocks, { y: region.bottom + GAP, h: 0 }]) {
    const to = Math.min(region.bottom, f.y - GAP);
    if (to - from > best.bottom - best.top) best = { top: from, bottom: to };
    from = Math.max(from, f.y + f.h + GAP);
  }
  return { ...region, ...best };
}
