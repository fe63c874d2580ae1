// Scenario worksheet: the case as Markdown, then the questions with writing lines.
import { say } from '../../../i18n/locale.js';
import { blocks } from '../blocks.js';
import { label } from '../boxes.js';
import { SPACE } from '../style.js';
import { questionWithLines } from '../widgets.js';
import type { BodyRenderer } from './types.js';

/** The case text (breaks across pages like any prose), then each question with its lines. */
export const renderScenario: BodyRenderer<'scenario'> = (ctx, parent, body, col, source) => {
  const caseSect = ctx.tag(parent, 'Div');
  const list = ctx.tag(parent, 'L');
  return [
    label(ctx, caseSect, say(ctx.locale, 'the-case'), col, { before: SPACE.l }),
    ...blocks(ctx, caseSect, body.case, col),
    label(ctx, parent, say(ctx.locale, 'questions'), col, { before: SPACE.l }),
    ...body.questions.map((q, i) =>
      questionWithLines(ctx, list, i + 1, q, body.lines, col, { source, before: i === 0 ? SPACE.s : SPACE.l }),
    ),
  ];
};
