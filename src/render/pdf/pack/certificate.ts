// A certificate of attendance: a landscape page inside a double rule in the accent colour, the name large in the
// middle, what was attended, when and for how long, the learning objectives, and lines for the date and a signature.
import { say } from '../../../i18n/locale.js';
import type { Attendee, DocumentModel, SessionPack } from '../../../model/deck.js';
import type { Ctx, Tag } from '../document.js';
import { pictureIn } from '../pictures.js';
import { INK, mm, SPACE, TYPE } from '../style.js';
import type { TextLayout } from '../text.js';
import type { TextStyle } from '../words.js';
import { objectiveColumns } from './objectives.js';
import type { PageDraw, Placed } from './placed.js';

const EDGE = mm(10);
const INSIDE = mm(28);

export function certificate(
  ctx: Ctx,
  parent: Tag,
  model: DocumentModel,
  pack: SessionPack,
  who: Attendee | undefined,
  page: { width: number; height: number },
): PageDraw {
  const w = page.width - 2 * INSIDE;
  const logo = logoBlock(ctx, parent, model);
  const words = statement(ctx, parent, model, pack, who, w);
  const signature = signatures(ctx, parent, model, w);
  const top = EDGE + mm(16);
  const bottom = page.height - EDGE - mm(12) - signature.height;
  const room = bottom - top - (logo ? logo.height + SPACE.l : 0) - words.height - SPACE.xl - SPACE.l;
  const objectives = objectiveColumns(ctx, parent, say(ctx.locale, 'certificate-objectives'), pack.objectives, w, room);
  // What is left over goes around the text evenly, so a certificate with few objectives is not top-heavy.
  const spare = Math.max(0, room - (objectives?.height ?? 0));
  return (p) => {
    p.rect(EDGE, EDGE, page.width - 2 * EDGE, page.height - 2 * EDGE, { stroke: ctx.accent, lineWidth: 1.6 });
    const inner = EDGE + mm(2.5);
    p.rect(inner, inner, page.width - 2 * inner, page.height - 2 * inner, { stroke: ctx.accent, lineWidth: 0.5 });
    let y = top + spare / 3;
    if (logo) {
      logo.draw(p, page.width / 2, y);
      y += logo.height + SPACE.l;
    }
    words.draw(p, INSIDE, y);
    objectives?.draw(p, INSIDE, y + words.height + SPACE.xl + spare / 3);
    signature.draw(p, INSIDE, bottom);
  };
}

/** The client's logo centred at the top, no larger than 50 × 13 mm. */
function logoBlock(ctx: Ctx, parent: Tag, model: DocumentModel): Placed | undefined {
  const logo = model.theme.logo;
  if (!logo) return undefined;
  const tag = ctx.tag(parent, 'Figure', { alt: logo.alt });
  const scale = Math.min(mm(50) / logo.width, mm(13) / logo.height);
  const [w, h] = [logo.width * scale, logo.height * scale];
  return {
    height: mm(13),
    draw(p, centre, y) {
      const picture = pictureIn(p.doc, logo.data, { w, h });
      p.tag(tag);
      if (picture) p.doc.image(picture, centre - w / 2, y, { width: w, height: h });
    },
  };
}

/**
 * What the certificate states, centred: its kind over an accent rule, "This is to certify that", the name (or a line to
 * write it on), "attended the workshop", the title, and the client, place, date and length on one line.
 */
function statement(
  ctx: Ctx,
  parent: Tag,
  model: DocumentModel,
  pack: SessionPack,
  who: Attendee | undefined,
  w: number,
): Placed {
  const c = model.client;
  const centred = (text: string, style: Omit<TextStyle, 'align'>, type = 'P') => ({
    tag: ctx.tag(parent, type),
    layout: ctx.text(text, { ...style, align: 'center' }, w, who?.source),
  });
  const kind = centred(
    say(ctx.locale, 'certificate-title').toUpperCase(),
    {
      size: TYPE.h2,
      bold: true,
      color: ctx.accent,
    },
    'H1',
  );
  const intro = centred(say(ctx.locale, 'certificate-intro'), { size: TYPE.h3, color: INK.muted });
  const name = who ? fitted(ctx, parent, who.name, w, who) : undefined;
  const blank = who
    ? undefined
    : centred(say(ctx.locale, 'certificate-name-line'), { size: TYPE.small, color: INK.muted });
  const attended = centred(say(ctx.locale, 'certificate-attended'), { size: TYPE.h3, color: INK.muted });
  const title = centred(model.workshop.title, { size: TYPE.h1 + 4, bold: true, color: INK.text, leading: 1.2 });
  const facts = [c.name, c.location, c.dateText, pack.hours].filter(Boolean).join('  ·  ');
  const when = centred(facts, { size: TYPE.body, color: INK.text });
  // A blank certificate has a line to write the name on where it would be printed, its label under it.
  const nameLine = mm(15);
  const stack = [
    { ...kind, gap: 0 },
    { ...intro, gap: SPACE.xl },
    ...(name ? [{ ...name, gap: SPACE.s }] : []),
    { ...attended, gap: blank ? nameLine + 3 + blank.layout.height + SPACE.m : SPACE.m },
    { ...title, gap: SPACE.s },
    { ...when, gap: SPACE.s },
  ];
  return {
    height: stack.reduce((h, s) => h + s.gap + s.layout.height, 0),
    draw(p, x, top) {
      let y = top;
      for (const s of stack) {
        if (blank && s.layout === attended.layout) {
          p.hline(x + w / 2 - mm(70), x + w / 2 + mm(70), y + nameLine, INK.text, 0.6);
          p.text(blank.layout, blank.tag, x, y + nameLine + 3, w);
        }
        y += s.gap;
        p.text(s.layout, s.tag, x, y, w);
        y += s.layout.height;
        if (s.layout === kind.layout) p.rect(x + w / 2 - mm(12), y + SPACE.s, mm(24), 2, { fill: ctx.accent });
      }
    },
  };
}

/** The name as large as fits one line, from 34 pt down to 20 pt, then on two lines at 20 pt. */
function fitted(ctx: Ctx, parent: Tag, text: string, width: number, who: Attendee): { layout: TextLayout; tag: Tag } {
  const tag = ctx.tag(parent, 'H2');
  let layout: TextLayout | undefined;
  for (let size = 34; size >= 20; size -= 2) {
    layout = ctx.text(text, { size, bold: true, color: INK.text, align: 'center', leading: 1.15 }, width, who.source);
    if (layout.lines.length === 1) break;
  }
  return { layout: layout!, tag };
}

/** A line for the date (printed on it when the session has one) and a line for the facilitator's signature, their name under it. */
function signatures(ctx: Ctx, parent: Tag, model: DocumentModel, width: number): Placed {
  const lineW = mm(70);
  const muted: TextStyle = { size: TYPE.small, color: INK.muted, align: 'center' };
  const date = model.client.dateText
    ? ctx.text(model.client.dateText, { size: TYPE.body, color: INK.text, align: 'center' }, lineW)
    : undefined;
  const dateLabel = ctx.text(say(ctx.locale, 'date'), muted, lineW);
  const person = model.client.facilitator
    ? ctx.text(model.client.facilitator, { size: TYPE.body, bold: true, color: INK.text, align: 'center' }, lineW)
    : undefined;
  const role = ctx.text(say(ctx.locale, 'facilitator'), muted, lineW);
  const tag = ctx.tag(parent, 'P');
  const above = TYPE.body * 1.6;
  const height = above + 4 + (person?.height ?? 0) + role.height;
  return {
    height,
    draw(p, x, y) {
      const line = y + above;
      // The date comes first, so a right-to-left kit puts it at the right and the signature at the left.
      const [first, second] = ctx.rtl ? [x + width - lineW, x] : [x, x + width - lineW];
      p.hline(first, first + lineW, line, INK.text, 0.6);
      if (date) p.text(date, tag, first, line - date.height - 2, lineW);
      p.text(dateLabel, tag, first, line + 4, lineW);
      p.hline(second, second + lineW, line, INK.text, 0.6);
      if (person) p.text(person, tag, second, line + 4, lineW);
      p.text(role, tag, second, line + 4 + (person?.height ?? 0), lineW);
    },
  };
}
