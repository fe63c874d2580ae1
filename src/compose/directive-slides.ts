// The slides a directive fills (a comparison, a style catalogue, an exercise, a quiz's answers), with their notes.
import type { DirectiveUse } from '../content/types.js';
import { substitute } from '../content/variables.js';
import { groupingText, type Locale, say } from '../i18n/locale.js';
import type { Block, Comparison, GuideExercise, Source, StyleCatalogue } from '../model/deck.js';
import { markdownField } from './blocks.js';
import { taskBlocks, taskChips, taskExamples } from './exercise-task.js';
import { stripInlineMarkdown } from './plain.js';
import type { SlideInputs, SlideWithoutId } from './slide-types.js';
import { curlyQuotesOutsideCode } from './typography.js';

type SlideBase = Omit<SlideWithoutId, 'kind'>;

/** The slide a `::comparison`, `::styles` or `::exercise` directive fills, with what follows it on the slide (`after`). */
export function directiveSlide(
  use: DirectiveUse,
  base: SlideBase,
  after: Block[],
  inputs: SlideInputs,
): SlideWithoutId {
  if (use.name === 'comparison') return comparisonSlide(use, base, after, inputs);
  if (use.name === 'styles') return stylesSlide(use, base, after, inputs);
  return exerciseSlide(use, base, after, inputs);
}

/** A `::answers` directive's slide: each question of the quiz with its right option, then the slide's own body. */
export function answersSlides(
  use: DirectiveUse,
  base: SlideBase,
  body: Block[],
  inputs: SlideInputs,
): SlideWithoutId[] {
  const guide = inputs.exercises.get(use.id);
  // The quiz is not in this client's kit (an `only` block kept it out): nor are its answers.
  if (guide?.key.kind !== 'quiz') return [];
  return [
    {
      ...base,
      source: use.source,
      kind: 'content',
      showsAnswers: true,
      answersTo: use.id,
      blocks: [...answerBlocks(guide.key, use.source), ...body],
    },
  ];
}

/** A directive file's text as a slide shows it: variables filled in, quotes curled, inline Markdown taken out. */
function shownText(values: Readonly<Record<string, string>>): (s: string) => string {
  return (s) => stripInlineMarkdown(curlyQuotesOutsideCode(substitute(s, values)));
}

function comparisonSlide(use: DirectiveUse, base: SlideBase, after: Block[], inputs: SlideInputs): SlideWithoutId {
  const t = shownText(inputs.values);
  const source = use.source;
  const checked = inputs.comparisons.get(use.id)!;
  const c = checked.value;
  const comparison: Comparison = {
    id: checked.id,
    title: t(c.title),
    columns: c.columns.map(t),
    rows: c.rows.map((r, i) => ({
      ...(r.aspect === undefined ? {} : { aspect: t(r.aspect) }),
      values: r.values.map(t),
      source: checked.source.locate(['rows', i]),
    })),
    ...(c.source ? { attribution: t(c.source) } : {}),
    source: checked.source.locate([]),
  };
  const notes = [
    ...base.notes,
    ...(c.notes ? markdownField(checked.source, ['notes'], inputs.values, inputs.images) : []),
  ];
  return { ...base, notes, source, kind: 'comparison', comparison, after } as SlideWithoutId;
}

function stylesSlide(use: DirectiveUse, base: SlideBase, after: Block[], inputs: SlideInputs): SlideWithoutId {
  const t = shownText(inputs.values);
  const source = use.source;
  const checked = inputs.styles.get(use.id)!;
  const s = checked.value;
  const catalogue: StyleCatalogue = {
    id: checked.id,
    title: t(s.title),
    styles: s.styles.map((card, i) => ({
      name: t(card.name),
      summary: t(card.summary),
      ...(card.fits ? { fits: t(card.fits) } : {}),
      ...(card.risk ? { risk: t(card.risk) } : {}),
      source: checked.source.locate(['styles', i]),
    })),
    source: checked.source.locate([]),
  };
  const attribution: Block[] = s.source
    ? [
        {
          kind: 'paragraph',
          content: [{ text: say(inputs.locale, 'source-label', { source: t(s.source) }), italic: true }],
          source: checked.source.locate(['source']),
        },
      ]
    : [];
  const notes = [
    ...base.notes,
    ...(s.notes ? markdownField(checked.source, ['notes'], inputs.values, inputs.images) : []),
  ];
  return { ...base, notes, source, kind: 'styles', catalogue, after: [...after, ...attribution] } as SlideWithoutId;
}

function exerciseSlide(use: DirectiveUse, base: SlideBase, after: Block[], inputs: SlideInputs): SlideWithoutId {
  const source = use.source;
  const guide = inputs.exercises.get(use.id)!;
  return {
    ...base,
    source,
    kind: 'exercise',
    exercise: guide.exercise,
    notes: [...base.notes, ...exerciseNotes(inputs.locale, guide, source)],
    after,
    task: taskBlocks(inputs.locale, guide.worksheet, source),
    ...withChips(taskChips(inputs.locale, guide.worksheet)),
    ...(guide.worksheet?.kind === 'quiz' ? { questions: guide.worksheet.questions } : {}),
    ...(taskExamples(guide.worksheet).length > 0 ? { examples: taskExamples(guide.worksheet) } : {}),
  } as SlideWithoutId;
}

const withChips = (chips: ReturnType<typeof taskChips>) => (chips ? { chips } : {});

/** Each question with its right option, lettered as on the worksheet. */
function answerBlocks(key: Extract<GuideExercise['key'], { kind: 'quiz' }>, source: Source): Block[] {
  return [
    {
      kind: 'list',
      ordered: true,
      start: 1,
      items: key.questions.map((q) => ({
        content: [{ text: q.prompt }],
        children: [
          {
            content: [{ text: `${String.fromCharCode(65 + q.answer)}  ${q.options[q.answer] ?? ''}`, bold: true }],
            children: [],
          },
        ],
      })),
      source,
    },
  ];
}

/** Speaker notes for an exercise slide: setup, timing, debrief and the facilitator's guidance. */
function exerciseNotes(locale: Locale, guide: GuideExercise, source: Source): Block[] {
  const e = guide.exercise;
  const p = (text: string, bold = false): Block => ({
    kind: 'paragraph',
    content: [{ text, ...(bold ? { bold: true } : {}) }],
    source,
  });
  const facts = { grouping: groupingText(locale, e.grouping), duration: say(locale, 'minutes-long', { n: e.minutes }) };
  const setup = e.materials.length
    ? say(locale, 'notes-setup-materials', { ...facts, materials: e.materials.join(', ') })
    : say(locale, 'notes-setup', facts);
  const out: Block[] = [p(setup)];
  if (e.purpose) out.push(p(say(locale, 'notes-purpose', { purpose: e.purpose })));
  if (guide.debrief.length) {
    out.push(p(say(locale, 'notes-debrief'), true));
    out.push({
      kind: 'list',
      ordered: false,
      start: 1,
      items: guide.debrief.map((q) => ({ content: [{ text: q }], children: [] })),
      source,
    });
  }
  out.push(...guide.notes);
  return out;
}
