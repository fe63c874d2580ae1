// What an exercise slide shows of the task itself, so the room sees it while working: the quiz's questions, the sort's
// categories and a few of its statements, the self-assessment's scale, the case in brief, the questions, the prompts.
// Never an answer: everything here is what the participants' worksheet holds too.
import { type Locale, say } from '../i18n/locale.js';
import type { Block, Source, TaskChips, WorksheetBody } from '../model/deck.js';

/** Statements of a sort the slide may show: enough to show what is sorted. */
const SORT_EXAMPLES = 3;

/** A few of a sort's statements, for the slide to show where it has room. */
export function taskExamples(body: WorksheetBody | undefined): string[] {
  return body?.kind === 'sort' ? body.items.slice(0, SORT_EXAMPLES) : [];
}
/** More tiles than this in a row read as a list: they are written as one then. */
const MAX_CHIPS = 7;

/** The scale or the categories as tiles, when there are few enough for one row. */
export function taskChips(locale: Locale, body: WorksheetBody | undefined): TaskChips | undefined {
  if (body?.kind === 'self-assessment' && body.scale.max - body.scale.min < MAX_CHIPS) {
    // Every point of the scale gets a tile, labelled where the exercise names it (often only the ends).
    const points = Array.from({ length: body.scale.max - body.scale.min + 1 }, (_, i) => body.scale.min + i);
    return {
      label: say(locale, 'scale-label'),
      items: points.map((point) => ({
        head: `${point}`,
        text: body.scale.labels.find((l) => l.point === point)?.label ?? '',
      })),
    };
  }
  if (body?.kind === 'sort' && body.categories.length <= MAX_CHIPS)
    return { label: say(locale, 'sort-categories'), items: body.categories.map((text) => ({ text })) };
  return undefined;
}

export function taskBlocks(locale: Locale, body: WorksheetBody | undefined, source: Source): Block[] {
  if (!body) return [];
  const heading = (text: string): Block => ({ kind: 'heading', depth: 3, content: [{ text }], source });
  const list = (items: string[], ordered: boolean): Block => ({
    kind: 'list',
    ordered,
    start: 1,
    items: items.map((text) => ({ content: [{ text }], children: [] })),
    source,
  });
  switch (body.kind) {
    case 'quiz':
      // The questions follow as the slide's `questions`, numbered, each option on a line of its own under them.
      return [];
    case 'sort':
      // A few of the statements follow as the slide's `examples`, shown where the slide has room for them.
      return taskChips(locale, body)
        ? []
        : [
            {
              kind: 'paragraph',
              content: [
                { text: `${say(locale, 'sort-categories')} `, bold: true },
                { text: body.categories.join(' · ') },
              ],
              source,
            },
          ];
    case 'self-assessment':
      // A scale short enough is drawn as tiles; a longer one is written out.
      if (taskChips(locale, body)) return [];
      return [
        {
          kind: 'paragraph',
          content: [
            { text: `${say(locale, 'scale-label')} `, bold: true },
            { text: body.scale.labels.map((l) => `${l.point} = ${l.label}`).join(' · ') },
          ],
          source,
        },
      ];
    case 'scenario':
      return [
        heading(say(locale, 'the-case')),
        ...body.case.slice(0, 1),
        heading(say(locale, 'questions')),
        list(body.questions, true),
      ];
    case 'reflection':
      return [heading(say(locale, 'questions')), list(body.questions, true)];
    case 'action-plan':
      return [heading(say(locale, 'plan-prompts')), list(body.prompts, false)];
  }
}
