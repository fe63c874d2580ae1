// Quiz key: the answers at a glance, then every question with the right option ticked.
import { say } from '../../../../i18n/locale.js';
import type { Source } from '../../../../model/deck.js';
import { indentStart, label, listItem, paragraph, questionNumber, startX } from '../../boxes.js';
import type { Box, Ctx, Tag } from '../../document.js';
import { optionLetter } from '../../parts.js';
import { INK, SPACE, TYPE } from '../../style.js';
import type { KeyRenderer } from './types.js';

/** One box per question (prompt and options together); the right option carries ✓ and its letter. */
export const quizKey: KeyRenderer<'quiz'> = (ctx, parent, key, g, col) => {
  const src = g.exercise.source;
  const summary = key.questions.map((q, i) => `${i + 1} ${optionLetter(q.answer)}`).join('  ·  ');
  const out: Box[] = [
    label(ctx, parent, say(ctx.locale, 'answer-key'), col, { before: SPACE.l }),
    ...paragraph(
      ctx,
      parent,
      [{ text: `${say(ctx.locale, 'at-a-glance')} `, bold: true }, { text: summary }],
      { size: TYPE.body, color: INK.text },
      col,
      { source: src, keepLast: true },
    ),
  ];
  const gutter = TYPE.body * 2;
  const inner = indentStart(ctx, col, gutter);
  const checkW = TYPE.body * 1.3;
  const letterW = TYPE.body * 1.6;
  const optCol = indentStart(ctx, inner, checkW + letterW);
  // Tick, then letter, then option, from where the kit's lines start; the band reaches 3 pt past the tick.
  const checkX = startX(ctx, inner, checkW);
  const letterX = ctx.rtl ? checkX - letterW : inner.left + checkW;
  const bandX = ctx.rtl ? inner.left : inner.left - 3;
  const L = ctx.tag(parent, 'L');
  key.questions.forEach((q, qi) => {
    const { lbl, body } = listItem(ctx, L);
    const num = questionNumber(ctx, qi + 1, gutter, src);
    const prompt = ctx.text(q.prompt, { size: TYPE.body, bold: true, color: INK.text }, inner.width, src);
    const opts = q.options.map((o, oi) =>
      keyOption(ctx, body, o, oi, oi === q.answer, { check: checkW, letter: letterW, text: optCol.width }, src),
    );
    const height = prompt.height + SPACE.xs + opts.reduce((h, o) => h + o.text.height + 2, 0);
    out.push({
      height,
      before: SPACE.m,
      source: src,
      draw(p, top) {
        p.text(num, lbl, startX(ctx, col, gutter), top, gutter);
        p.text(prompt, body, inner.left, top, inner.width);
        let y = top + prompt.height + SPACE.xs;
        for (const o of opts) {
          // A pale band behind the right answer: visible on a greyscale copy, not only by colour.
          if (o.right) p.rect(bandX, y - 1, inner.width + 3, o.text.height + 2, { fill: ctx.accentTint });
          if (o.check) p.text(o.check, o.tag, checkX, y, checkW);
          p.text(o.letter, o.tag, letterX, y, letterW);
          p.text(o.text, o.tag, optCol.left, y, optCol.width);
          y += o.text.height + 2;
        }
      },
    });
  });
  return out;
};

/** An option laid out in its three columns: ✓ when it is the right one, its letter, its text. */
function keyOption(
  ctx: Ctx,
  body: Tag,
  option: string,
  index: number,
  right: boolean,
  widths: { check: number; letter: number; text: number },
  src: Source,
) {
  const tag = ctx.tag(body, 'P');
  const style = { size: TYPE.body, bold: right, color: right ? INK.text : INK.muted };
  return {
    tag,
    check: right ? ctx.text('✓', { size: TYPE.body, bold: true, color: INK.text }, widths.check, src) : undefined,
    letter: ctx.text(optionLetter(index), style, widths.letter, src),
    text: ctx.text(option, style, widths.text, src),
    right,
  };
}
