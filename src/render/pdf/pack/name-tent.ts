// Name tents: a landscape sheet folded along its middle into a tent that stands on the table, the name on both faces,
// the upper face's turned upside down so each reads upright from its side once folded.
import type { Attendee, DocumentModel } from '../../../model/deck.js';
import type { Ctx, Painter, Tag } from '../document.js';
import { INK, mm, SPACE, TYPE } from '../style.js';
import type { TextLayout } from '../text.js';
import type { PageDraw } from './placed.js';

const SIDE = mm(20);

/** A name tent for `who`, or a blank one (a faint line to write a name on with a marker). */
export function nameTent(
  ctx: Ctx,
  parent: Tag,
  model: DocumentModel,
  who: Attendee | undefined,
  page: { width: number; height: number },
): PageDraw {
  const width = page.width - 2 * SIDE;
  const face = page.height / 2;
  const nameTag = ctx.tag(parent, 'H2');
  const name = who ? fittedName(ctx, who, width, face) : undefined;
  const organisation = who?.organisation
    ? ctx.text(who.organisation, { size: TYPE.h2 + 2, color: INK.muted, align: 'center' }, width, who.source)
    : undefined;
  const orgTag = organisation ? ctx.tag(parent, 'P') : undefined;
  const workshop = ctx.text(model.workshop.title, { size: TYPE.small, color: INK.faint, align: 'center' }, width);
  // A blank tent keeps the name's room (written with a marker) over a line; the accent rule sits well below it.
  const nameH = name?.height ?? mm(24);
  const ruleGap = name ? SPACE.s : mm(6);
  /** One face, its top at `top`: the name in the middle of it, and the workshop's title small at its outer edge. */
  const drawFace = (p: Painter, top: number, tagged: boolean): void => {
    const block = nameH + ruleGap + SPACE.s + (organisation ? SPACE.m + organisation.height : 0);
    let y = top + (face - block) / 2;
    if (name) p.text(name, tagged ? nameTag : null, SIDE, y, width);
    else p.hline(SIDE + width * 0.12, SIDE + width * 0.88, y + nameH, INK.writing, 0.75);
    y += nameH + ruleGap;
    p.rect(page.width / 2 - mm(12), y, mm(24), 2.5, { fill: ctx.accent });
    if (organisation) p.text(organisation, tagged && orgTag ? orgTag : null, SIDE, y + SPACE.s + SPACE.m, width);
    p.text(workshop, null, SIDE, top + face - mm(12) - workshop.height, width);
  };
  return (p) => {
    // Once folded the lower half faces one side of the table; the upper half, turned, the other.
    drawFace(p, face, true);
    p.close();
    p.doc.save();
    p.doc.rotate(180, { origin: [page.width / 2, face / 2] });
    // The turned copy repeats the name: decoration, so it is read once.
    drawFace(p, 0, false);
    p.close();
    p.doc.restore();
    p.hline(mm(8), page.width - mm(8), face, INK.rule, 0.5, 3);
  };
}

/** The name as large as one line of the face allows (72 pt down to 28 pt), else on two lines at 28 pt. */
function fittedName(ctx: Ctx, who: Attendee, width: number, face: number): TextLayout {
  let layout: TextLayout | undefined;
  for (let size = 72; size >= 28; size -= 4) {
    layout = ctx.text(
      who.name,
      { size, bold: true, color: INK.text, align: 'center', leading: 1.15 },
      width,
      who.source,
    );
    if (layout.lines.length === 1 && layout.height <= face * 0.5) return layout;
  }
  return layout!;
}
