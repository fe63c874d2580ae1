// The signature every answer-key renderer shares, so the exercise entry dispatches through a table.
import type { AnswerKey, GuideExercise } from '../../../../model/deck.js';
import type { Column } from '../../boxes.js';
import type { Box, Ctx, Tag } from '../../document.js';

/** Renders one kind of key (with its own label) for the facilitator. */
export type KeyRenderer<K extends AnswerKey['kind']> = (
  ctx: Ctx,
  parent: Tag,
  key: Extract<AnswerKey, { kind: K }>,
  g: GuideExercise,
  col: Column,
) => Box[];
