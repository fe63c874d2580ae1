// Quiz worksheet: numbered questions, each option with a tick box and a letter.

import { indentStart, listItem, questionNumber, startX } from '../boxes.js';
import type { Box } from '../document.js';
import { optionLetter } from '../parts.js';
import { INK, PEN, SPACE, TYPE } from '../style.js';
import { tickBox } from '../widgets.js';
import type { BodyRenderer } from './types.js';

/** One unbreakable box per question: the prompt and all its options stay together. */
export const renderQuiz: BodyRenderer<'quiz'> = (ctx, parent, body, col, source) => {
  const list = ctx.tag(parent, 'L');
  const gutter = TYPE.body * 2;
  const inner = indentStart(ctx, col, gutter);
  const box = tickBox();
  const letterW = TYPE.body * 1.6;
  const optCol = indentStart(ctx, inner, box.width + SPACE.s + letterW);
  // Tick box, then letter, then option, from where the kit's lines start.
  const boxX = startX(ctx, inner, box.width);
  const letterX = ctx.rtl ? boxX - SPACE.s - letterW : inner.left + box.width + SPACE.s;
  return body.questions.map((q, qi): Box => {
    const { lbl, body: lbody } = listItem(ctx, list);
    const promptTag = ctx.tag(lbody, 'P');
    const options = ctx.tag(lbody, 'L');
    const mark = questionNumber(ctx, qi + 1, gutter, source);
    const prompt = ctx.text(q.prompt, { size: TYPE.body, bold: true, color: INK.text }, inner.width, source);
    const opts = q.options.map((o, oi) => {
      const oli = ctx.tag(options, 'LI');
      return {
        lbl: ctx.tag(oli, 'Lbl'),
        body: ctx.tag(oli, 'LBody'),
        letter: ctx.text(optionLetter(oi), { size: TYPE.body, bold: true, color: INK.text }, letterW, source),
        text: ctx.text(o, { size: TYPE.body, color: INK.text }, optCol.width, source),
      };
    });
    const rowGap = SPACE.s;
    const rows = opts.map((o) => Math.max(o.text.height, PEN.box + 2));
    const height = prompt.height + SPACE.s + rows.reduce((a, b) => a + b + rowGap, 0);
    return {
      height,
      before: SPACE.l,
      source,
      draw(p, top) {
        p.text(mark, lbl, startX(ctx, col, gutter), top, gutter);
        p.text(prompt, promptTag, inner.left, top, inner.width);
        let y = top + prompt.height + SPACE.s;
        opts.forEach((o, i) => {
          box.draw(p, boxX, y + (o.text.lineHeight - box.height) / 2);
          p.text(o.letter, o.lbl, letterX, y, letterW);
          p.text(o.text, o.body, optCol.left, y, optCol.width);
          y += rows[i]! + rowGap;
        });
      },
    };
  });
};
