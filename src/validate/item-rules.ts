// Rules inside one item that a schema cannot say: answers among options, one value per column, scales that make sense.

import type { Checked } from '../content/types.js';
import type { Diagnostic } from '../diagnostics.js';
import type { ComparisonFile } from '../schema/comparison.js';
import type { Exercise, ExerciseOf } from '../schema/exercise.js';
import { didYouMean, listOf } from '../util/suggest.js';

/** Each row has exactly one value per column. */
export function checkComparison({ value, source }: Checked<ComparisonFile>, diagnostics: Diagnostic[]): void {
  value.rows.forEach((row, i) => {
    if (row.values.length !== value.columns.length) {
      diagnostics.push({
        rule: 'comparison/row-width',
        message: `row ${i + 1}${row.aspect === undefined ? '' : ` (\`${row.aspect}\`)`} has ${row.values.length} value${row.values.length === 1 ? '' : 's'}; expected ${value.columns.length}, one per column (${listOf(value.columns)})`,
        source: source.locate(['rows', i, 'values']),
      });
    }
  });
}

/** Kind-specific consistency of an exercise. */
export function checkExercise(checked: Checked<Exercise>, diagnostics: Diagnostic[]): void {
  const { value } = checked;
  switch (value.kind) {
    case 'sort':
      return checkSort(value, checked, diagnostics);
    case 'quiz':
      return checkQuiz(value, checked, diagnostics);
    case 'self-assessment':
      return checkSelfAssessment(value, checked, diagnostics);
    case 'scenario':
      if (value['model-answers'].length !== value.questions.length) {
        diagnostics.push({
          rule: 'exercise/model-answers',
          message: `${value['model-answers'].length} model answer${value['model-answers'].length === 1 ? '' : 's'} for ${value.questions.length} question${value.questions.length === 1 ? '' : 's'}; expected one model answer per question, in the same order`,
          source: checked.source.locate(['model-answers']),
        });
      }
      return;
    default:
      return;
  }
}

function checkSort(value: ExerciseOf<'sort'>, { source }: Checked<Exercise>, diagnostics: Diagnostic[]): void {
  duplicates(value.categories).forEach((i) =>
    diagnostics.push({
      rule: 'exercise/duplicate-category',
      message: `category \`${value.categories[i]}\` is listed twice`,
      source: source.locate(['categories', i]),
    }),
  );
  value.items.forEach((item, i) => {
    if (!value.categories.includes(item.answer)) {
      diagnostics.push({
        rule: 'exercise/sort-answer',
        message: `answer ${JSON.stringify(item.answer)} is not one of the categories ${listOf(value.categories)}${didYouMean(item.answer, value.categories)}`,
        source: source.locate(['items', i, 'answer']),
      });
    }
  });
}

function checkQuiz(value: ExerciseOf<'quiz'>, { source }: Checked<Exercise>, diagnostics: Diagnostic[]): void {
  value.questions.forEach((q, i) => {
    if (typeof q.answer === 'number') {
      if (q.answer >= q.options.length) {
        diagnostics.push({
          rule: 'exercise/quiz-answer',
          message: `answer ${q.answer} is out of range; expected an option index from 0 to ${q.options.length - 1} (0 is the first of ${q.options.length} options) or the option's text`,
          source: source.locate(['questions', i, 'answer']),
        });
      }
    } else if (!q.options.includes(q.answer)) {
      // Worksheets print options as A, B, C…, so authors answer with the letter.
      const letter = /^[A-Za-z]$/.test(q.answer) ? q.answer.toUpperCase().charCodeAt(0) - 65 : -1;
      const hint =
        letter >= 0 && letter < q.options.length
          ? `; letters are not answers: write the option's text, ${JSON.stringify(q.options[letter])}, or its 0-based index, ${letter}`
          : didYouMean(q.answer, q.options);
      diagnostics.push({
        rule: 'exercise/quiz-answer',
        message: `answer ${JSON.stringify(q.answer)} is not one of the options ${listOf(q.options)}${hint}`,
        source: source.locate(['questions', i, 'answer']),
      });
    }
  });
}

function checkSelfAssessment(
  value: ExerciseOf<'self-assessment'>,
  { source }: Checked<Exercise>,
  diagnostics: Diagnostic[],
): void {
  const { min, max, labels } = value.scale;
  if (min >= max) {
    diagnostics.push({
      rule: 'exercise/scale',
      message: `scale min ${min} must be below max ${max}`,
      source: source.locate(['scale', 'min']),
    });
  } else if (max - min > 10) {
    diagnostics.push({
      rule: 'exercise/scale',
      message: `scale from ${min} to ${max} has ${max - min + 1} points; expected at most 11 so it fits a printed grid`,
      source: source.locate(['scale', 'max']),
    });
  } else if (labels && labels.length !== 2 && labels.length !== max - min + 1) {
    diagnostics.push({
      rule: 'exercise/scale-labels',
      message: `${labels.length} scale labels for ${max - min + 1} points; expected ${max - min + 1} (one per point) or 2 (the two ends)`,
      source: source.locate(['scale', 'labels']),
    });
  }
  const dimensions = value.interpretation.map((i) => i.dimension);
  duplicates(dimensions).forEach((i) =>
    diagnostics.push({
      rule: 'exercise/duplicate-dimension',
      message: `dimension \`${dimensions[i]}\` is interpreted twice`,
      source: source.locate(['interpretation', i, 'dimension']),
    }),
  );
  value.statements.forEach((s, i) => {
    if (!dimensions.includes(s.scores)) {
      diagnostics.push({
        rule: 'exercise/scores',
        message: `scores ${JSON.stringify(s.scores)} is not a dimension of the interpretation; expected one of ${listOf(dimensions)}${didYouMean(s.scores, dimensions)}`,
        source: source.locate(['statements', i, 'scores']),
      });
    }
  });
  const allScored = value.statements.every((s) => dimensions.includes(s.scores));
  value.interpretation.forEach((entry, i) => {
    if (allScored && !value.statements.some((s) => s.scores === entry.dimension)) {
      diagnostics.push({
        rule: 'exercise/unscored-dimension',
        message: `dimension \`${entry.dimension}\` has no statement that scores it; add statements with \`scores: ${entry.dimension}\``,
        source: source.locate(['interpretation', i, 'dimension']),
      });
    }
  });
}

function duplicates(list: readonly string[]): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  list.forEach((item, i) => {
    if (seen.has(item)) out.push(i);
    seen.add(item);
  });
  return out;
}
