// Action-plan key: what participants fill in, so the facilitator can run the commitment round from it.
import type { KeyRenderer } from './types.js';
import { label, paragraph } from '../../boxes.js';
import { INK, SPACE, TYPE } from '../../style.js';

function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A one-paragraph brief of the sheet; how to run the round itself comes from the facilitator notes. */
export const actionPlanKey: KeyRenderer<'action-plan'> = (ctx, parent, key, g, col) => [
  label(ctx, parent, 'Commitment round', col, { before: SPACE.l }),
  ...paragraph(
    ctx,
    parent,
    [
      { text: 'Participants fill in ' },
      { text: joinAnd(key.prompts.map((p) => `“${p}”`)), bold: true },
      { text: ` in ${key.rows} row${key.rows === 1 ? '' : 's'} of the worksheet table.${g.notes.length > 0 ? ' How to run the round is in the facilitator notes below.' : ''}` },
    ],
    { size: TYPE.body, color: INK.text },
    col,
    { source: g.exercise.source },
  ),
];
