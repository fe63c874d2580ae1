// exercises/<id>.yaml: common fields plus the fields of each kind.
import { z } from 'zod';
import { grouping, id, markdown, minutes, text } from './common.js';

const common = {
  id: id.optional(),
  title: text,
  minutes,
  grouping,
  purpose: text.optional(),
  instructions: markdown.optional(),
  debrief: z.array(text).optional(),
  materials: z.array(text).optional(),
  notes: markdown.optional(),
};

const writingLines = z.number().int().min(1).max(30);

export const exerciseKinds = {
  sort: z.strictObject({
    ...common,
    kind: z.literal('sort'),
    categories: z.array(text).min(2),
    items: z.array(z.strictObject({ text, answer: text })).min(1),
  }),
  reflection: z.strictObject({
    ...common,
    kind: z.literal('reflection'),
    questions: z.array(text).min(1),
    lines: writingLines.default(4),
  }),
  'self-assessment': z.strictObject({
    ...common,
    kind: z.literal('self-assessment'),
    scale: z.strictObject({ min: z.number().int(), max: z.number().int(), labels: z.array(text).optional() }),
    statements: z.array(z.strictObject({ text, scores: text })).min(1),
    interpretation: z.array(z.strictObject({ dimension: text, text: markdown.pipe(z.string().trim().min(1)) })).min(1),
  }),
  scenario: z.strictObject({
    ...common,
    kind: z.literal('scenario'),
    case: markdown.pipe(z.string().trim().min(1)),
    questions: z.array(text).min(1),
    'model-answers': z.array(markdown.pipe(z.string().trim().min(1))).min(1),
    /** Extension: writing lines per question (default 5). */
    lines: writingLines.default(5),
  }),
  quiz: z.strictObject({
    ...common,
    kind: z.literal('quiz'),
    questions: z
      .array(z.strictObject({ prompt: text, options: z.array(text).min(2), answer: z.union([z.number().int().min(0), text], { error: 'expected the 0-based index or the exact text of the right option' }) }))
      .min(1),
  }),
  'action-plan': z.strictObject({
    ...common,
    kind: z.literal('action-plan'),
    prompts: z.array(text).min(1),
    rows: z.number().int().min(1).max(20).default(3),
  }),
} as const;

export type ExerciseKindName = keyof typeof exerciseKinds;
export const exerciseKindNames = Object.keys(exerciseKinds) as ExerciseKindName[];

/** The union, for editors (JSON Schema); validation picks the kind's schema directly for sharper messages. */
export const exerciseSchema = z.discriminatedUnion('kind', Object.values(exerciseKinds) as unknown as [typeof exerciseKinds.sort, ...(typeof exerciseKinds)[ExerciseKindName][]]);

export type Exercise = { [K in ExerciseKindName]: z.infer<(typeof exerciseKinds)[K]> }[ExerciseKindName];
export type ExerciseOf<K extends ExerciseKindName> = z.infer<(typeof exerciseKinds)[K]>;
