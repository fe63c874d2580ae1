// The feedback form: the online form's QR code with its address for those who would rather answer on their phone,
// statements to rate with a tick on the agreement scale, and open questions with lines to write on.
import { say } from '../../../i18n/locale.js';
import type { DocumentModel, FeedbackForm } from '../../../model/deck.js';
import { type Column, fullWidth, label, paragraph } from '../boxes.js';
import type { Box, Ctx, Tag } from '../document.js';
import { drawQr } from '../qr.js';
import { INK, mm, SPACE, TYPE } from '../style.js';
import { table } from '../table.js';
import type { CellSpec } from '../table-spec.js';
import { questionWithLines, tickBox } from '../widgets.js';
import { partHead } from './head.js';

/** One participant's form. */
export function feedbackForm(ctx: Ctx, model: DocumentModel, form: FeedbackForm): Box[] {
  const col = fullWidth(ctx);
  const title = say(ctx.locale, 'feedback-title');
  const sect = ctx.tag(ctx.root, 'Sect', { title });
  const list = ctx.tag(sect, 'L');
  return [
    ...partHead(ctx, sect, model, title, col),
    ...(form.online
      ? [introWithCode(ctx, sect, form.online, col)]
      : paragraph(ctx, sect, say(ctx.locale, 'feedback-intro'), { size: TYPE.body, color: INK.text }, col, {
          before: SPACE.l,
        })),
    ...ratings(ctx, sect, form, col),
    ...form.questions.map((q, i) =>
      questionWithLines(ctx, list, i + 1, q, 3, col, { before: i === 0 ? SPACE.xl : SPACE.l }),
    ),
  ];
}

/** The statements, a tick box under every point of the scale, the points named in the header. */
function ratings(ctx: Ctx, parent: Tag, form: FeedbackForm, col: Column): Box[] {
  if (form.ratings.length === 0) return [];
  const pointW = mm(17);
  const statementW = col.width - pointW * form.scale.length;
  const header: CellSpec[] = [
    { text: say(ctx.locale, 'statement') },
    ...form.scale.map((point): CellSpec => ({ text: point, style: { size: TYPE.small - 0.5, leading: 1.2 } })),
  ];
  return [
    label(ctx, parent, say(ctx.locale, 'feedback-rate'), col, { before: SPACE.xl }),
    ...table(ctx, parent, col, {
      widths: [statementW, ...form.scale.map(() => pointW)],
      align: ['left', ...form.scale.map(() => 'center' as const)],
      header,
      rows: form.ratings.map((text) => [{ text }, ...form.scale.map(() => ({ widget: tickBox() }))]),
      grid: true,
      minRowHeight: mm(9),
      keepTogether: true,
      before: SPACE.s,
    }),
  ];
}

/**
 * The thanks, and beside them the online form's code with the invitation and its address: the choice is offered
 * before the pen is picked up.
 */
function introWithCode(ctx: Ctx, parent: Tag, at: NonNullable<FeedbackForm['online']>, col: Column): Box {
  const code = mm(26);
  const textW = col.width - code - SPACE.xl;
  const tag = ctx.tag(parent, 'P');
  const intro = ctx.text(say(ctx.locale, 'feedback-intro'), { size: TYPE.body, color: INK.text }, textW);
  const inviteTag = ctx.tag(parent, 'P');
  const invite = ctx.text(say(ctx.locale, 'feedback-online'), { size: TYPE.body, bold: true, color: INK.text }, textW);
  const url = ctx.text(at.url, { size: TYPE.body, color: ctx.accent }, textW);
  const figure = ctx.tag(parent, 'Figure', { alt: say(ctx.locale, 'feedback-qr-alt', { url: at.url }) });
  const textH = intro.height + SPACE.m + invite.height + SPACE.xs + url.height;
  const height = Math.max(code, textH);
  return {
    height,
    before: SPACE.l,
    draw(p, top) {
      const y = top + (height - textH) / 2;
      p.text(intro, tag, col.left, y, textW);
      p.text(invite, inviteTag, col.left, y + intro.height + SPACE.m, textW);
      p.text(url, inviteTag, col.left, y + intro.height + SPACE.m + invite.height + SPACE.xs, textW);
      p.tag(figure);
      drawQr(p.doc, at.qr, col.left + col.width - code, top + (height - code) / 2, code);
    },
  };
}
