// Reflection key: there are no right answers, so the facilitator sees the questions participants are writing on.
import { say } from '../../../../i18n/locale.js';
import { stringList } from '../../blocks.js';
import { label } from '../../boxes.js';
import { SPACE } from '../../style.js';
import type { KeyRenderer } from './types.js';

/** The worksheet's questions, numbered as participants see them. */
export const reflectionKey: KeyRenderer<'reflection'> = (ctx, parent, key, g, col) => [
  label(ctx, parent, say(ctx.locale, 'questions-on-worksheet'), col, { before: SPACE.l }),
  ...stringList(ctx, parent, key.questions, true, col, g.exercise.source),
];
