// Reflection worksheet: each question with its ruled writing lines.

import { questionWithLines } from '../widgets.js';
import type { BodyRenderer } from './types.js';

/** Numbered questions, each followed by `lines` writing lines and never split from them. */
export const renderReflection: BodyRenderer<'reflection'> = (ctx, parent, body, col, source) => {
  const list = ctx.tag(parent, 'L');
  return body.questions.map((q, i) => questionWithLines(ctx, list, i + 1, q, body.lines, col, { source }));
};
