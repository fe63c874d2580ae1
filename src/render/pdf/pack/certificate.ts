// A certificate of attendance: a landscape page inside a double rule in the accent colour, the name large in the
// middle, what was attended, when and for how long, the learning objectives, and lines for the date and a signature.
import { say } from '../../../i18n/locale.js';
import type { Attendee, DocumentModel, SessionPack } from '../../../model/deck.js';
import type { Ctx, Tag } from '../document.js';
import { pictureIn } from '../pictures.js';
import { INK, mm, SPACE, TYPE } from '../style.js';
import type { TextLayout } from '../text.js';
import type { TextStyle } from '../words.js';
import type { PageDraw } from './name-tent.js';
import { objectiveColumns } from './objectives.js';

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
  const c = model.client;
  const centred = (text: string, style: Omit<TextStyle, 'align'>, type = 'P', source = who?.source) => ({
    tag: ctx.tag(parent, type),
    layout: ctx.text(text, { ...style, align: 'center' }, w, source),
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
  const blankLabel = who
    ? undefined
    : centred(say(ctx.locale, 'certificate-name-line'), { size: TYPE.small, color: INK.muted });
  const attended = centred(say(ctx.locale, 'certificate-attended'), { size: TYPE.h3, color: INK.muted });
  const title = centred(model.workshop.title, { size: TYPE.h1 + 4, bold: true, color: INK.text, leading: 1.2 }, 'P');
  const factsLine = [c.name, c.location, c.dateText, pack.hours].filter(Boolean).join('  ·  ');
  const when = centred(factsLine, { size: TYPE.body, color: INK.text });
  const signature = signatures(ctx, parent, model, w);
  const top = EDGE + mm(16);
  const bottom = page.height - EDGE - mm(12) - signature.height;
  const attendedLine = {
    ...attended,
    gap: blankLabel ? mm(15) + 3 + blankLabel.layout.height + SPACE.m : SPACE.m,
  };
  const stack: { layout: TextLayout; tag: Tag | null; gap: number }[] = [
    { ...kind, gap: 0 },
    { ...intro, gap: SPACE.xl },
    ...(name ? [{ ...name, gap: SPACE.s }] : []),
    attendedLine,
    { ...title, gap: SPACE.s },
    { ...when, gap: SPACE.s },
  ];
  const stackH = stack.reduce((h, s) => h + s.gap + s.layout.height, 0);
  const logo = model.theme.logo;
  const logoH = logo ? mm(13) : 0;
  const logoTag = logo ? ctx.tag(parent, 'Figure', { alt: logo.alt }) : undefined;
  const room = bottom - top - logoH - (logo ? SPACE.l : 0) - stackH - SPACE.xl;
  const objectives = objectiveColumns(ctx, parent, say(ctx.locale, 'certificate-objectives'), pack.objectives, w, room);
  // What is left over goes around the text evenly, so a certificate with few objectives is not top-heavy.
  const spare = Math.max(0, room - (objectives?.height ?? 0));
  return (p) => {
    p.rect(EDGE, EDGE, page.width - 2 * EDGE, page.height - 2 * EDGE, { stroke: ctx.accent, lineWidth: 1.6 });
    p.rect(EDGE + mm(2.5), EDGE + mm(2.5), page.width - 2 * EDGE - mm(5), page.height - 2 * EDGE - mm(5), {
      stroke: ctx.accent,
      lineWidth: 0.5,
    });
    let y = top + spare / 3;
    if (logo && logoTag) {
      const scale = Math.min(mm(50) / logo.width, logoH / logo.height);
      const picture = pictureIn(p.doc, logo.data, { w: logo.width * scale, h: logo.height * scale });
      p.tag(logoTag);
      if (picture)
        p.doc.image(picture, (page.width - logo.width * scale) / 2, y, {
          width: logo.width * scale,
          height: logo.height * scale,
        });
      y += logoH + SPACE.l;
    }
    for (const s of stack) {
      if (s === attendedLine && blankLabel) {
        // A blank certificate: a line to write the name on where it would be printed.
        const line = y + mm(15);
        p.hline(page.width / 2 - mm(70), page.width / 2 + mm(70), line, INK.text, 0.6);
        p.text(blankLabel.layout, blankLabel.tag, INSIDE, line + 3, w);
      }
      y += s.gap;
      p.text(s.layout, s.tag, INSIDE, y, w);
      y += s.layout.height;
      if (s === stack[0]) p.rect(page.width / 2 - mm(12), y + SPACE.s, mm(24), 2, { fill: ctx.accent });
    }
    y += SPACE.xl + spare / 3;
    objectives?.draw(p, INSIDE, y);
    signature.draw(p, INSIDE, page.height - EDGE - mm(12) - signature.height);
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
function signatures(
  ctx: Ctx,
  parent: Tag,
  model: DocumentModel,
  width: number,
): { height: number; draw: (p: Parameters<PageDraw>[0], x: number, y: number) => void } {
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
      const right = x + width - lineW;
      p.hline(x, x + lineW, line, INK.text, 0.6);
      if (date) p.text(date, tag, x, line - date.height - 2, lineW);
      p.text(dateLabel, tag, x, line + 4, lineW);
      p.hline(right, right + lineW, line, INK.text, 0.6);
      if (person) p.text(person, tag, right, line + 4, lineW);
      p.text(role, tag, right, line + 4 + (person?.height ?? 0), lineW);
    },
  };
}
