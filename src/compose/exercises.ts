// Exercise parts for each artefact: what everyone may see, the participant's sheet, and the facilitator's key.

import type { Checked, ImageAsset } from '../content/types.js';
import { substitute } from '../content/variables.js';
import type { FieldPath } from '../load/markdown-fields.js';
import type { AnswerKey, ExerciseInfo, GuideExercise, WorksheetBody } from '../model/deck.js';
import type { Exercise } from '../schema/exercise.js';
import { markdownField } from './blocks.js';
import { stripInlineMarkdown } from './plain.js';
import { curlyQuotesOutsideCode } from './typography.js';

type Values = Readonly<Record<string, string>>;

/** Builds the guide's view of an exercise (which contains the slide's and worksheet's views). */
export function composeExercise(
  checked: Checked<Exercise>,
  number: number,
  values: Values,
  images: ReadonlyMap<string, ImageAsset>,
): GuideExercise {
  const { value: e, source } = checked;
  const t = (s: string) => stripInlineMarkdown(curlyQuotesOutsideCode(substitute(s, values)));
  const md = (path: FieldPath) => markdownField(source, path, values, images);
  const worksheet = worksheetBody(e, t, md);
  const info: ExerciseInfo = {
    id: checked.id,
    number,
    title: t(e.title),
    kind: e.kind,
    minutes: e.minutes,
    grouping: e.grouping,
    ...(e.purpose ? { purpose: t(e.purpose) } : {}),
    instructions: e.instructions ? md(['instructions']) : [],
    materials: (e.materials ?? []).map(t),
    hasWorksheet: worksheet !== undefined,
    source: source.locate([]),
  };
  return {
    exercise: info,
    ...(worksheet ? { worksheet } : {}),
    debrief: (e.debrief ?? []).map(t),
    notes: e.notes ? md(['notes']) : [],
    key: answerKey(e, t, md),
  };
}

type Text = (s: string) => string;
type Md = (path: FieldPath) => ReturnType<typeof markdownField>;

/** Every kind of the contract has a worksheet; the type allows a future kind without one. */
function worksheetBody(e: Exercise, t: Text, md: Md): WorksheetBody | undefined {
  switch (e.kind) {
    case 'sort':
      return { kind: 'sort', categories: e.categories.map(t), items: e.items.map((i) => t(i.text)) };
    case 'reflection':
      return { kind: 'reflection', questions: e.questions.map(t), lines: e.lines };
    case 'self-assessment':
      return {
        kind: 'self-assessment',
        scale: { min: e.scale.min, max: e.scale.max, labels: scaleLabels(e.scale, t) },
        statements: e.statements.map((s) => t(s.text)),
        dimensions: dimensionsOf(e).map(t),
      };
    case 'scenario':
      return { kind: 'scenario', case: md(['case']), questions: e.questions.map(t), lines: e.lines };
    case 'quiz':
      return { kind: 'quiz', questions: e.questions.map((q) => ({ prompt: t(q.prompt), options: q.options.map(t) })) };
    case 'action-plan':
      return { kind: 'action-plan', prompts: e.prompts.map(t), rows: e.rows };
  }
}

function scaleLabels(
  scale: { min: number; max: number; labels?: string[] | undefined },
  t: Text,
): { point: number; label: string }[] {
  const labels = scale.labels ?? [];
  if (labels.length === 2 && scale.max - scale.min + 1 !== 2)
    return [
      { point: scale.min, label: t(labels[0]!) },
      { point: scale.max, label: t(labels[1]!) },
    ];
  return labels.map((label, i) => ({ point: scale.min + i, label: t(label) }));
}

function dimensionsOf(e: Extract<Exercise, { kind: 'self-assessment' }>): string[] {
  return e.interpretation.map((i) => i.dimension);
}

function answerKey(e: Exercise, t: Text, md: Md): AnswerKey {
  switch (e.kind) {
    case 'sort':
      return {
        kind: 'sort',
        categories: e.categories.map(t),
        items: e.items.map((i) => ({ text: t(i.text), answer: t(i.answer) })),
      };
    case 'reflection':
      return { kind: 'reflection', questions: e.questions.map(t) };
    case 'self-assessment': {
      const { min, max } = e.scale;
      const scoring = dimensionsOf(e).map((dimension) => {
        const statements = e.statements.flatMap((s, i) => (s.scores === dimension ? [i + 1] : []));
        return {
          dimension: t(dimension),
          statements,
          lowest: statements.length * min,
          highest: statements.length * max,
        };
      });
      return {
        kind: 'self-assessment',
        scale: { min, max },
        scoring,
        interpretation: e.interpretation.map((i, n) => ({
          dimension: t(i.dimension),
          text: md(['interpretation', n, 'text']),
        })),
      };
    }
    case 'scenario':
      return {
        kind: 'scenario',
        questions: e.questions.map(t),
        modelAnswers: e['model-answers'].map((_, i) => md(['model-answers', i])),
      };
    case 'quiz':
      return {
        kind: 'quiz',
        questions: e.questions.map((q) => ({
          prompt: t(q.prompt),
          options: q.options.map(t),
          answer: typeof q.answer === 'number' ? q.answer : q.options.indexOf(q.answer),
        })),
      };
    case 'action-plan':
      return { kind: 'action-plan', prompts: e.prompts.map(t), rows: e.rows };
  }
}
