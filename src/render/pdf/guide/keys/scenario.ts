// Scenario key: each question followed by its model answer.
import { say } from '../../../../i18n/locale.js';
import { blocks } from '../../blocks.js';
import { indentStart, label, listItem, markFirstLine, paragraph, questionNumber, startX } from '../../boxes.js';
import type { Box } from '../../document.js';
import { INK, SPACE, TYPE } from '../../style.js';
import type { KeyRenderer } from './types.js';

/** Question in bold, model answer indented below it (answers may be several Markdown blocks). */
export const scenarioKey: KeyRenderer<'scenario'> = (ctx, parent, key, g, col) => {
  const src = g.exercise.source;
  const gutter = TYPE.body * 2;
  const inner = indentStart(ctx, col, gutter);
  const out: Box[] = [label(ctx, parent, say(ctx.locale, 'model-answers'), col, { before: SPACE.l })];
  const L = ctx.tag(parent, 'L');
  key.questions.forEach((q, i) => {
    const { lbl, body } = listItem(ctx, L);
    const num = questionNumber(ctx, i + 1, gutter, src);
    // The question keeps its last line with the first line of its answer.
    const question = paragraph(ctx, body, q, { size: TYPE.body, bold: true, color: INK.text }, inner, {
      before: i === 0 ? SPACE.xs : SPACE.m,
      source: src,
      keepLast: true,
    });
    out.push(...markFirstLine(question, num, lbl, startX(ctx, col, gutter), gutter));
    const answer = key.modelAnswers[i] ?? [];
    if (answer.length === 0)
      out.push(
        ...paragraph(
          ctx,
          body,
          say(ctx.locale, 'no-model-answer'),
          { size: TYPE.body, italic: true, color: INK.muted },
          inner,
          { source: src, before: 2 },
        ),
      );
    else out.push(...blocks(ctx, body, answer, inner, { before: 2 }));
  });
  return out;
};
