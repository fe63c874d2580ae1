// Dispatch table from key kind to its renderer.
import type { AnswerKey, GuideExercise } from '../../../../model/deck.js';
import type { Column } from '../../boxes.js';
import type { Box, Ctx, Tag } from '../../document.js';
import { actionPlanKey } from './action-plan.js';
import { quizKey } from './quiz.js';
import { reflectionKey } from './reflection.js';
import { scenarioKey } from './scenario.js';
import { selfAssessmentKey } from './self-assessment.js';
import { sortKey } from './sort.js';
import type { KeyRenderer } from './types.js';

const KEYS: { [K in AnswerKey['kind']]: KeyRenderer<K> } = {
  sort: sortKey,
  quiz: quizKey,
  scenario: scenarioKey,
  'self-assessment': selfAssessmentKey,
  reflection: reflectionKey,
  'action-plan': actionPlanKey,
};

/** The key section for an exercise, whatever its kind. */
export function renderKey(ctx: Ctx, parent: Tag, g: GuideExercise, col: Column): Box[] {
  const render = KEYS[g.key.kind] as KeyRenderer<typeof g.key.kind>;
  return render(ctx, parent, g.key as never, g, col);
}
