// The head of a portrait part of the pack (the sign-in sheet, a feedback form): what it is in the accent colour, the
// workshop's title with the client's logo beside it, and the session's facts on one line.
import { labelBefore, say } from '../../../i18n/locale.js';
import type { DocumentModel } from '../../../model/deck.js';
import { type Column, paragraph } from '../boxes.js';
import type { Box, Ctx, Tag } from '../document.js';
import { pictureIn } from '../pictures.js';
import { INK, mm, SPACE, TYPE } from '../style.js';

/** The part's label and title (logo at the right, at the left in a right-to-left kit), an accent rule, then the client, date, place and facilitator. */
export function partHead(ctx: Ctx, parent: Tag, model: DocumentModel, kind: string, col: Column): Box[] {
  const logo = model.theme.logo;
  const logoW = logo ? mm(36) : 0;
  const textW = col.width - (logo ? logoW + SPACE.l : 0);
  const kindTag = ctx.tag(parent, 'P');
  const titleTag = ctx.tag(parent, 'H1');
  const logoTag = logo ? ctx.tag(parent, 'Figure', { alt: logo.alt }) : undefined;
  const label = ctx.text(kind.toUpperCase(), { size: TYPE.label + 1, bold: true, color: ctx.accent }, textW);
  const title = ctx.text(
    model.workshop.title,
    { size: TYPE.h1 + 4, bold: true, color: INK.text, leading: 1.15 },
    textW,
  );
  const height = label.height + SPACE.xs + title.height;
  const c = model.client;
  return [
    {
      height,
      keep: true,
      draw(p, top) {
        // A right-to-left kit reads the head from the right: the words there, the logo at the left.
        const textX = ctx.rtl ? col.left + col.width - textW : col.left;
        p.text(label, kindTag, textX, top, textW);
        p.text(title, titleTag, textX, top + label.height + SPACE.xs, textW);
        if (!logo || !logoTag) return;
        // No larger than 36 × 14 mm, level with the top of the label.
        const scale = Math.min(logoW / logo.width, mm(14) / logo.height);
        const picture = pictureIn(p.doc, logo.data, { w: logo.width * scale, h: logo.height * scale });
        p.tag(logoTag);
        if (picture)
          p.doc.image(picture, ctx.rtl ? col.left : col.left + col.width - logo.width * scale, top, {
            width: logo.width * scale,
            height: logo.height * scale,
          });
      },
    },
    {
      height: SPACE.m,
      keep: true,
      draw(p, top) {
        p.rect(ctx.rtl ? col.left + col.width - mm(30) : col.left, top + SPACE.s, mm(30), 3, { fill: ctx.accent });
      },
    },
    ...paragraph(
      ctx,
      parent,
      [
        c.name,
        c.dateText,
        c.location,
        c.facilitator ? `${labelBefore(say(ctx.locale, 'facilitator-label'))}${c.facilitator}` : undefined,
      ]
        .filter(Boolean)
        .join('  ·  '),
      { size: TYPE.body, color: INK.muted },
      col,
      { before: SPACE.s },
    ),
  ];
}
