// exercises/<id>.yaml: common fields plus the fields of each kind.
import { z } from 'zod';
import { grouping, id, markdown, minutes, requiredMarkdown, text } from './common.js';

const common = {
  id: id.optional().describe('Id used in ::exercise{#id}. Default: the file name.'),
  title: text.describe('Title of the exercise, on its slide, worksheet and guide section.'),
  minutes: minutes.describe('Minutes the exercise takes; they count toward the minutes of its module.'),
  grouping: grouping.describe('How people work: solo, pairs, small groups or plenary.'),
  purpose: text.optional().describe('What the exercise is for, in the speaker notes and the guide.'),
  instructions: markdown.optional().describe('Instructions (Markdown) on the slide, the worksheet and in the guide.'),
  debrief: z.array(text).optional().describe('Questions for the facilitator to ask afterwards.'),
  materials: z
    .array(text)
    .optional()
    .describe('What the exercise needs (Worksheet, pens); a count in brackets goes into the materials checklist.'),
  notes: markdown.optional().describe('Guidance (Markdown) for the facilitator only, in the guide.'),
  /** Extension: the exercise may be dropped when the session runs late. */
  optional: z
    .boolean()
    .optional()
    .describe('true: the exercise can be dropped to recover time; the run sheet says what to drop when late.'),
};

const writingLines = z.number().int().min(1).max(30);

export const exerciseKinds = {
  sort: z.strictObject({
    ...common,
    kind: z.literal('sort').describe('Kind of exercise: sort, where each item goes into one of the categories.'),
    categories: z
      .array(text)
      .min(2)
      .describe('Categories to sort into, two or more; one tick box each on the worksheet.'),
    items: z
      .array(
        z.strictObject({
          text: text.describe('The statement to sort.'),
          answer: text.describe('The category it belongs in, written exactly as in categories; for the answer key.'),
        }),
      )
      .min(1)
      .describe('Statements to sort, each with its right category.'),
  }),
  reflection: z.strictObject({
    ...common,
    kind: z.literal('reflection').describe('Kind of exercise: reflection, questions with lines to write on.'),
    questions: z.array(text).min(1).describe('Questions to reflect on, each with writing lines on the worksheet.'),
    lines: writingLines.default(4).describe('Writing lines per question on the worksheet, 1 to 30. Default 4.'),
  }),
  'self-assessment': z.strictObject({
    ...common,
    kind: z
      .literal('self-assessment')
      .describe('Kind of exercise: self-assessment, statements rated on a scale and scored.'),
    scale: z
      .strictObject({
        min: z.number().int().describe('Lowest point of the rating scale, a whole number.'),
        max: z.number().int().describe('Highest point of the rating scale, a whole number.'),
        labels: z.array(text).optional().describe('Names of the points: one per point, or two for the two ends.'),
      })
      .describe('The rating scale for every statement.'),
    statements: z
      .array(
        z.strictObject({
          text: text.describe('The statement participants rate.'),
          scores: text.describe('The dimension its rating counts toward.'),
        }),
      )
      .min(1)
      .describe('Statements to rate, each counting toward one dimension.'),
    interpretation: z
      .array(
        z.strictObject({
          dimension: text.describe('The dimension, as named in scores.'),
          text: requiredMarkdown.describe('What a score on this dimension means (Markdown).'),
        }),
      )
      .min(1)
      .describe('What the scores mean, one entry per dimension.'),
  }),
  scenario: z.strictObject({
    ...common,
    kind: z.literal('scenario').describe('Kind of exercise: scenario, a case with questions to answer.'),
    case: requiredMarkdown.describe('The case (Markdown), printed on the worksheet.'),
    questions: z.array(text).min(1).describe('Questions about the case, each with writing lines on the worksheet.'),
    'model-answers': z
      .array(requiredMarkdown)
      .min(1)
      .describe('Model answers (Markdown) for the guide, in the order of the questions.'),
    /** Extension: writing lines per question (default 5). */
    lines: writingLines.default(5).describe('Writing lines per question on the worksheet, 1 to 30. Default 5.'),
  }),
  quiz: z.strictObject({
    ...common,
    kind: z.literal('quiz').describe('Kind of exercise: quiz, questions with options to choose from.'),
    questions: z
      .array(
        z.strictObject({
          prompt: text.describe('The question.'),
          options: z.array(text).min(2).describe('The options to choose from, two or more.'),
          answer: z
            .union([z.number().int().min(0), text], {
              error: 'expected the 0-based index or the exact text of the right option',
            })
            .describe('The right option: its index counted from 0 (0 = first), or its exact text.'),
        }),
      )
      .min(1)
      .describe('The quiz questions, each with its options and right answer.'),
  }),
  'action-plan': z.strictObject({
    ...common,
    kind: z.literal('action-plan').describe('Kind of exercise: action plan, a table of commitments to fill in.'),
    prompts: z.array(text).min(1).describe('Column headings of the plan, such as Start, Stop, Continue.'),
    rows: z.number().int().min(1).max(20).default(3).describe('Rows of the table to fill in, 1 to 20. Default 3.'),
  }),
} as const;

export type ExerciseKindName = keyof typeof exerciseKinds;
export const exerciseKindNames = Object.keys(exerciseKinds) as ExerciseKindName[];

/** The union, for editors (JSON Schema); validation picks the kind's schema directly for sharper messages. */
export const exerciseSchema = z.discriminatedUnion(
  'kind',
  Object.values(exerciseKinds) as unknown as [typeof exerciseKinds.sort, ...(typeof exerciseKinds)[ExerciseKindName][]],
);

export type Exercise = { [K in ExerciseKindName]: z.infer<(typeof exerciseKinds)[K]> }[ExerciseKindName];
export type ExerciseOf<K extends ExerciseKindName> = z.infer<(typeof exerciseKinds)[K]>;
