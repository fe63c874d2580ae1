// Text the tool places beyond a template's placeholder keeps clear of what the template draws itself.
import type { Region } from './flow.js';
import type { Frame } from './types.js';

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
  for (const f of keepOut) if (across(region, f) && f.y + f.h > Math.max(region.top, floor)) bottom = Math.min(bottom, f.y - GAP);
  return { ...region, bottom: Math.max(bottom, Math.min(floor, region.bottom)) };
}

/** `region` with its top lowered below whatever of `keepOut` stands in its column above its foot, but never below `ceiling`. */
export function clearAbove(region: Region, keepOut: readonly Frame[], ceiling: number): Region {
  let top = region.top;
  for (const f of keepOut) if (across(region, f) && f.y < Math.min(region.bottom, ceiling)) top = Math.max(top, f.y + f.h + GAP);
  return { ...region, top: Math.min(top, Math.max(ceiling, region.top)) };
}
