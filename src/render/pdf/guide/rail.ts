// The slide rail: the left column of a module page that says which slide is on screen beside what to say.
import { clock } from '../../../i18n/locale.js';
import type { Source } from '../../../model/deck.js';
import type { Column } from '../boxes.js';
import type { Box, Ctx, Tag } from '../document.js';
import { INK, mm, SPACE, TYPE } from '../style.js';

export const RAIL = mm(26);

/**
 * Puts `label` ("Slide 5", "Slides 6–8") in the rail beside the entry's first box, with `when` (the
 * clock time it comes on screen) under it, and a rule above both that separates this entry from the
 * previous one; the label is tagged before the entry's heading. The box is marked as an item of the flow.
 */
export function onRail(
  ctx: Ctx,
  parent: Tag,
  label: string,
  makeFirst: () => Box,
  col: Column,
  source?: Source,
  when?: string,
): Box {
  // The label's structure element is made first: it is read before the heading beside it.
  const tag = ctx.tag(parent, 'P');
  const first = makeFirst();
  const layout = ctx.text(
    label,
    { size: TYPE.label + 0.5, bold: true, color: ctx.accent, leading: 1.22, ...(ctx.rtl ? { align: 'right' } : {}) },
    RAIL - SPACE.m,
    source,
  );
  const time = when
    ? ctx.text(
        clock(ctx.locale, when),
        { size: TYPE.label + 0.5, color: INK.muted, leading: 1.22, ...(ctx.rtl ? { align: 'right' } : {}) },
        RAIL - SPACE.m,
        source,
      )
    : undefined;
  const railHeight = layout.height + (time?.height ?? 0);
  const draw = first.draw;
  return {
    ...first,
    // Each entry is an item of the flow: the guide counts them per page to decide where a module starts.
    item: true,
    // Room for the rule, and for a rail label taller than the heading beside it.
    height: Math.max(first.height, railHeight) + SPACE.m,
    before: Math.max(first.before ?? 0, SPACE.l),
    draw(p, top) {
      // At the top of a page the page itself separates entries.
      if (top > p.frame.top + 0.5) p.hline(col.left, col.left + col.width, top, INK.rule, 0.5);
      const y = top + SPACE.m;
      // The rail stands where the kit's lines start: on the right in a right-to-left kit.
      const x = ctx.rtl ? col.left + col.width - (RAIL - SPACE.m) : col.left;
      p.text(layout, tag, x, y + 2, RAIL - SPACE.m);
      if (time) p.text(time, tag, x, y + 2 + layout.height, RAIL - SPACE.m);
      draw(p, y);
    },
  };
}
