// What an exercise slide shows of the task itself, so the room sees it while working: the quiz's questions, the sort's
// categories and a few of its statements, the self-assessment's scale, the case in brief, the questions, the prompts.
// Never an answer: everything here is what the participants' worksheet holds too.
import { say, type Locale } from '../i18n/locale.js';
import type { Block, Source, WorksheetBody } from '../model/deck.js';

/** Statements of a sort shown on the slide: enough to show what is sorted. */
const SORT_EXAMPLES = 3;

export function taskBlocks(locale: Locale, body: WorksheetBody | undefined, source: Source): Block[] {
  if (!body) return [];
  const heading = (text: string): Block => ({ kind: 'heading', depth: 3, content: [{ text }], source });
  const list = (items: string[], ordered: boolean): Block => ({ kind: 'list', ordered, start: 1, items: items.map((text) => ({ content: [{ text }], children: [] })), source });
  switch (body.kind) {
    case 'quiz':
      return [
        heading(say(locale, 'questions')),
        {
          kind: 'list',
          ordered: true,
          start: 1,
          items: body.questions.map((q) => ({ content: [{ text: q.prompt }], children: [{ content: [{ text: q.options.map((o, i) => `${String.fromCharCode(65 + i)} ${o}`).join('   ') }], children: [] }] })),
          source,
        },
      ];
    case 'sort':
      return [
        { kind: 'paragraph', content: [{ text: `${say(locale, 'sort-categories')} `, bold: true }, { text: body.categories.join(' · ') }], source },
        heading(say(locale, 'sort-examples')),
        list(body.items.slice(0, SORT_EXAMPLES), false),
      ];
    case 'self-assessment':
      return [{ kind: 'paragraph', content: [{ text: `${say(locale, 'scale-label')} `, bold: true }, { text: body.scale.labels.map((l) => `${l.point} = ${l.label}`).join(' · ') }], source }];
    case 'scenario':
      return [heading(say(locale, 'the-case')), ...body.case.slice(0, 1), heading(say(locale, 'questions')), list(body.questions, true)];
    case 'reflection':
      return [heading(say(locale, 'questions')), list(body.questions, true)];
    case 'action-plan':
      return [heading(say(locale, 'plan-prompts')), list(body.prompts, false)];
  }
}
