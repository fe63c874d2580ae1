// Action-plan key: what participants fill in, so the facilitator can run the commitment round from it.
import { listOf, quoted, say, sayRuns } from '../../../../i18n/locale.js';
import { label, paragraph } from '../../boxes.js';
import { INK, SPACE, TYPE } from '../../style.js';
import type { KeyRenderer } from './types.js';

/** A one-paragraph brief of the sheet; how to run the round itself comes from the facilitator notes. */
export const actionPlanKey: KeyRenderer<'action-plan'> = (ctx, parent, key, g, col) => [
  label(ctx, parent, say(ctx.locale, 'commitment-round'), col, { before: SPACE.l }),
  ...paragraph(
    ctx,
    parent,
    [
      ...sayRuns(
        ctx.locale,
        'commitment-fill-in',
        {
          columns: listOf(
            ctx.locale,
            key.prompts.map((p) => quoted(ctx.locale, p)),
          ),
          n: key.rows,
        },
        ['columns'],
      ),
      ...(g.notes.length > 0 ? [{ text: ` ${say(ctx.locale, 'commitment-see-notes')}` }] : []),
    ],
    { size: TYPE.body, color: INK.text },
    col,
    { source: g.exercise.source },
  ),
];
