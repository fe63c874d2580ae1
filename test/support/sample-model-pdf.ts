// A hand-made deck model for the PDF renderers: every exercise kind, a Unicode client, a 13:30 start with a break, long texts.

import { encodePng } from '../../scripts/png.mjs';
import { resolveLocale } from '../../src/i18n/locale.js';
import type {
  AgendaItem,
  AnswerKey,
  Block,
  DeckModel,
  ExerciseInfo,
  GuideExercise,
  GuideModule,
  Inline,
  Paper,
  Slide,
  Source,
  WorksheetBody,
} from '../../src/model/deck.js';
import type { SlideNumbers, WorksheetPages } from '../../src/render/contract.js';

/** A small solid-colour RGB PNG, built here so the fixture needs no binary file. */
export function png(width: number, height: number, rgb: [number, number, number]): Uint8Array {
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  return new Uint8Array(encodePng(width, height, Buffer.concat(Array.from({ length: height }, () => row))));
}

const chart = {
  path: 'assets/org-chart.png',
  mime: 'image/png' as const,
  width: 320,
  height: 120,
  data: png(320, 120, [200, 210, 230]),
  alt: 'Org chart with two reporting lines',
};
const logo = {
  path: 'assets/logo.png',
  mime: 'image/png' as const,
  width: 200,
  height: 80,
  data: png(200, 80, [11, 95, 255]),
  alt: 'Ærø Partners logo',
};

const src = (file: string, line: number, column = 1): Source => ({ file, line, column });
const t = (text: string): Inline => [{ text }];
const p = (file: string, line: number, ...runs: Inline): Block => ({
  kind: 'paragraph',
  content: runs,
  source: src(file, line),
});

/** Phrases that appear only in answers and facilitator text; a worksheet must never contain them. */
export const SECRET = {
  sortAnswerHeading: 'Answer key',
  modelAnswer: 'The team lead should first restore the weekly rota',
  modelAnswer2: 'Ask Priya what she would change herself',
  interpretation: 'A high Leading score means you naturally set direction',
  guideNote: 'Expect disagreement on the budgeting item',
  debrief: 'Which statements were hardest to place, and why?',
  quizMark: '✓ B',
};

const LONG =
  'Marta has led the warehouse night shift at Ærø Logistics for two years. The shift hits its targets, but three experienced pickers have asked to move to days, ' +
  'and the newest hires say they learn the job from each other rather than from her. Last week a delivery to Łódź left an hour late because nobody knew who ' +
  'could approve overtime; Marta was in a budget meeting and had switched off her phone. ';

const exercises: { info: ExerciseInfo; body: WorksheetBody; key: AnswerKey; debrief: string[]; notes: Block[] }[] = [];

function info(
  n: number,
  id: string,
  title: string,
  kind: ExerciseInfo['kind'],
  minutes: number,
  grouping: ExerciseInfo['grouping'],
  instructions: Block[],
  materials: string[],
  purpose?: string,
): ExerciseInfo {
  return {
    id,
    number: n,
    title,
    kind,
    minutes,
    grouping,
    ...(purpose ? { purpose } : {}),
    instructions,
    materials,
    hasWorksheet: true,
    source: src(`exercises/${id}.yaml`, 1),
  };
}

const sortItems: { text: string; answer: string }[] = [
  { text: 'Sets the budget for next quarter', answer: 'Management' },
  { text: 'Describes where the team should be in three years and why that matters to customers', answer: 'Leadership' },
  { text: 'Checks the rota covers every shift — including public holidays', answer: 'Management' },
  { text: 'Inspires people to try a new way of working', answer: 'Leadership' },
  { text: 'Writes the procedure for handling returns', answer: 'Management' },
  { text: 'Coaches a colleague who lost confidence after a mistake', answer: 'Leadership' },
  { text: 'Tracks weekly output against the plan', answer: 'Management' },
  { text: 'Builds trust across two teams that used to compete', answer: 'Leadership' },
  { text: 'Negotiates the supplier contract renewal', answer: 'Management' },
  { text: 'Explains the reasons behind an unpopular change', answer: 'Leadership' },
  { text: 'Organises the training schedule for new starters', answer: 'Management' },
  { text: 'Challenges "the way we have always done it" at 12:30 on a Friday', answer: 'Leadership' },
];

exercises.push({
  info: info(
    1,
    'sort-the-statements',
    'Leader or manager?',
    'sort',
    15,
    'pairs',
    [
      p(
        'exercises/sort-the-statements.yaml',
        6,
        { text: 'Read each statement and tick ✓ ' },
        { text: 'one', bold: true },
        { text: ' column. There is no prize for speed — talk it through.' },
      ),
    ],
    ['Worksheet', 'Pens'],
    'Practise telling the two roles apart',
  ),
  body: { kind: 'sort', categories: ['Management', 'Leadership'], items: sortItems.map((i) => i.text) },
  key: { kind: 'sort', categories: ['Management', 'Leadership'], items: sortItems },
  debrief: [SECRET.debrief, 'Did any statement belong in both columns?'],
  notes: [
    p('exercises/sort-the-statements.yaml', 20, {
      text: `${SECRET.guideNote}; let pairs argue it out for a minute before you move on.`,
    }),
  ],
});

const quizQuestions = [
  {
    prompt: 'Which activity is mostly about management?',
    options: ['Setting a vision', 'Planning the budget', 'Inspiring change'],
    answer: 1,
  },
  {
    prompt: 'Kotter says leadership is mainly about…',
    options: ['Coping with complexity', 'Coping with change', 'Coping with budgets'],
    answer: 1,
  },
  {
    prompt: 'A team lead who only manages, never leads, risks…',
    options: [
      'A team that runs smoothly but never improves',
      'Missing every deadline',
      'Too many new ideas',
      'Nothing at all',
    ],
    answer: 0,
  },
  {
    prompt: 'Which of these is a leadership behaviour in a crisis?',
    options: ['Writing a detailed checklist', 'Explaining what matters most and why', 'Cutting overtime'],
    answer: 1,
  },
];
exercises.push({
  info: info(
    2,
    'quick-quiz',
    'Quick quiz',
    'quiz',
    10,
    'solo',
    [p('exercises/quick-quiz.yaml', 5, { text: 'Tick one box per question.' })],
    ['Worksheet'],
  ),
  body: { kind: 'quiz', questions: quizQuestions.map(({ prompt, options }) => ({ prompt, options })) },
  key: { kind: 'quiz', questions: quizQuestions },
  debrief: ['Which question split the room?'],
  notes: [],
});

const statements = [
  { text: 'I explain why a task matters before I assign it.', dim: 'Leading' },
  { text: 'I keep a written plan for the week.', dim: 'Managing' },
  { text: 'I ask my team for ideas before I decide.', dim: 'Leading' },
  { text: 'I check progress against deadlines.', dim: 'Managing' },
  { text: 'I talk about where we are heading, not only about this week.', dim: 'Leading' },
  { text: 'I make sure everyone knows their role on each shift.', dim: 'Managing' },
];
exercises.push({
  info: info(
    3,
    'self-check',
    'How do you spend your time?',
    'self-assessment',
    15,
    'solo',
    [p('exercises/self-check.yaml', 5, { text: 'Rate each statement from 1 to 5, then add up your scores.' })],
    ['Worksheet', 'Pens'],
    'Notice your own default',
  ),
  body: {
    kind: 'self-assessment',
    scale: {
      min: 1,
      max: 5,
      labels: [
        { point: 1, label: 'Never' },
        { point: 5, label: 'Almost always' },
      ],
    },
    statements: statements.map((s) => s.text),
    dimensions: ['Leading', 'Managing'],
  },
  key: {
    kind: 'self-assessment',
    scale: { min: 1, max: 5 },
    scoring: [
      { dimension: 'Leading', statements: [1, 3, 5], lowest: 3, highest: 15 },
      { dimension: 'Managing', statements: [2, 4, 6], lowest: 3, highest: 15 },
    ],
    interpretation: [
      {
        dimension: 'Leading',
        text: [p('exercises/self-check.yaml', 30, { text: `${SECRET.interpretation} and people follow.` })],
      },
      {
        dimension: 'Managing',
        text: [p('exercises/self-check.yaml', 33, { text: 'A high Managing score means the trains run on time.' })],
      },
    ],
  },
  debrief: ['What surprised you about your scores?'],
  notes: [],
});

const caseBlocks: Block[] = [
  p('exercises/night-shift.yaml', 6, { text: LONG + LONG }),
  p('exercises/night-shift.yaml', 8, { text: `On Monday, Marta’s manager asks her for a plan. ${LONG}` }),
  {
    kind: 'list',
    ordered: false,
    start: 1,
    source: src('exercises/night-shift.yaml', 10),
    items: [
      { content: t('Three pickers want to move to days'), children: [] },
      {
        content: t('New hires learn from each other'),
        children: [{ content: t('and sometimes learn the wrong thing'), children: [] }],
      },
      { content: t('Overtime approval is unclear'), children: [] },
    ],
  },
  p('exercises/night-shift.yaml', 14, { text: LONG }),
];
const scenarioQuestions = [
  'What would you do first, and why?',
  'What should Marta stop doing?',
  'How would you know in a month that it worked?',
];
exercises.push({
  info: info(
    4,
    'night-shift',
    'The night shift',
    'scenario',
    25,
    'small groups',
    [p('exercises/night-shift.yaml', 4, { text: 'Read the case, then answer the questions together.' })],
    ['Worksheet', 'Flip chart', 'Markers'],
  ),
  body: { kind: 'scenario', case: caseBlocks, questions: scenarioQuestions, lines: 5 },
  key: {
    kind: 'scenario',
    questions: scenarioQuestions,
    modelAnswers: [
      [
        p('exercises/night-shift.yaml', 30, {
          text: `${SECRET.modelAnswer} so nobody is left guessing who approves overtime.`,
        }),
      ],
      [
        p('exercises/night-shift.yaml', 33, {
          text: `Switching off her phone during the shift. ${SECRET.modelAnswer2}.`,
        }),
      ],
      [p('exercises/night-shift.yaml', 36, { text: 'Fewer transfer requests; new hires can name who trained them.' })],
    ],
  },
  debrief: ['Which answer would work on your own team?'],
  notes: [p('exercises/night-shift.yaml', 40, { text: 'Give groups a five-minute warning.' })],
});

const reflectionQuestions = [
  'Think of the best manager you have had. What did they do that made work easier?',
  'Think of a leader you would follow anywhere. What did they say or do?',
  'Where in your week do you lead, and where do you manage?',
  'What is one thing you will try on Monday — and what might get in the way?',
  'Who could give you honest feedback on how you are doing, and when will you ask them?',
];
exercises.push({
  info: info(
    5,
    'reflect',
    'Looking back, looking forward',
    'reflection',
    15,
    'solo',
    [p('exercises/reflect.yaml', 4, { text: 'Write freely; nobody will collect this sheet.' })],
    ['Worksheet', 'Pens'],
  ),
  body: { kind: 'reflection', questions: reflectionQuestions, lines: 6 },
  key: { kind: 'reflection', questions: reflectionQuestions },
  debrief: ['Would anyone share one answer?'],
  notes: [],
});

exercises.push({
  info: info(
    6,
    'my-plan',
    'My action plan',
    'action-plan',
    20,
    'solo',
    [p('exercises/my-plan.yaml', 4, { text: 'Write at least one line in each column.' })],
    ['Worksheet', 'Pens'],
    'Commit to concrete changes',
  ),
  body: { kind: 'action-plan', prompts: ['Start', 'Stop', 'Continue'], rows: 4 },
  key: { kind: 'action-plan', prompts: ['Start', 'Stop', 'Continue'], rows: 4 },
  debrief: ['Who will hold you to it?'],
  notes: [
    p('exercises/my-plan.yaml', 20, {
      text: 'Run the commitment round: each person reads one “Start” line aloud; no discussion, just thanks.',
    }),
  ],
});

const ex = (id: string) => exercises.find((e) => e.info.id === id)!;

function slide(
  id: string,
  title: string,
  module: string | undefined,
  notes: Block[],
  kind: 'content' | 'section' = 'content',
): Slide {
  const base = {
    id,
    title,
    notes,
    source: src(module ? `modules/${module}.md` : 'workshop.yaml', 1),
    ...(module ? { module } : {}),
  };
  return kind === 'section' ? { ...base, kind: 'section', objectives: [] } : { ...base, kind: 'content', blocks: [] };
}
function exSlide(id: string, module: string, e: ExerciseInfo): Slide {
  return { id, title: e.title, notes: [], kind: 'exercise', exercise: e, after: [], module, source: e.source };
}

const longNotes: Block[] = [
  p(
    'modules/two-jobs.md',
    12,
    { text: 'Open with a question: ' },
    { text: 'who here has been told to “lead more”?', italic: true },
    { text: ` Let two or three people answer. ${LONG}` },
  ),
  {
    kind: 'list',
    ordered: true,
    start: 1,
    source: src('modules/two-jobs.md', 14),
    items: [
      { content: t('Kotter: management copes with complexity'), children: [] },
      { content: [{ text: 'Leadership copes with ' }, { text: 'change', bold: true }], children: [] },
    ],
  },
  {
    kind: 'quote',
    paragraphs: [t('Management is doing things right; leadership is doing the right things.')],
    attribution: 'Peter Drucker',
    source: src('modules/two-jobs.md', 18),
  },
  {
    kind: 'table',
    header: [t('Aspect'), t('Management'), t('Leadership')],
    rows: [
      [t('Focus'), t('Systems'), t('People')],
      [t('Time frame'), t('Short to medium term'), t('Long term')],
    ],
    align: [null, null, null],
    source: src('modules/two-jobs.md', 20),
  },
  { kind: 'code', text: 'if (late) {\n  call(supervisor)\n}', source: src('modules/two-jobs.md', 26) },
  { kind: 'image', image: chart, source: src('modules/two-jobs.md', 30) },
];

const slides: Slide[] = [
  slide('title', 'Leading and Managing', undefined, []),
  slide('agenda', 'Agenda', undefined, []),
  slide('welcome#1', 'Welcome', 'welcome', [
    p('modules/welcome.md', 5, { text: 'Introduce yourself and the day. Start at 13:30 sharp; coffee is at 14:30.' }),
  ]),
  slide('welcome#2', 'What you will take away', 'welcome', []),
  slide('two-jobs#1', 'Two jobs, one organisation', 'two-jobs', [], 'section'),
  slide('two-jobs#2', 'Why the words get mixed up', 'two-jobs', longNotes),
  exSlide('two-jobs#3', 'two-jobs', ex('sort-the-statements').info),
  exSlide('two-jobs#4', 'two-jobs', ex('quick-quiz').info),
  slide('styles#1', 'Three ways to manage', 'styles', [
    p('modules/styles.md', 8, { text: 'Walk through each style → ask for an example.' }),
  ]),
  exSlide('styles#2', 'styles', ex('self-check').info),
  exSlide('styles#3', 'styles', ex('night-shift').info),
  slide('wrap-up#1', 'A thought to keep', 'wrap-up', [
    p('modules/wrap-up.md', 4, { text: 'Read the quote aloud, then pause.' }),
  ]),
  exSlide('wrap-up#2', 'wrap-up', ex('reflect').info),
  exSlide('wrap-up#3', 'wrap-up', ex('my-plan').info),
  { id: 'closing', kind: 'closing', title: 'Thank you', notes: [], lines: [], source: src('workshop.yaml', 1) },
];

/** Physical slide numbers: the long-notes slide splits across three pages. */
export const sampleSlideNumbers: SlideNumbers = (() => {
  const out: SlideNumbers = {};
  let n = 1;
  for (const s of slides) {
    const pages = s.id === 'two-jobs#2' ? 3 : 1;
    out[s.id] = { first: n, last: n + pages - 1 };
    n += pages;
  }
  return out;
})();

const agendaEx = (id: string, start: string, end: string) => {
  const e = ex(id).info;
  return { id, number: e.number, title: e.title, minutes: e.minutes, grouping: e.grouping, start, end };
};
/** Clock times for slides: one every five minutes from `start`, as a fixture needs no more. */
const every5 = (start: string, ids: string[]): Record<string, string> => {
  const [h, m] = start.split(':').map(Number) as [number, number];
  return Object.fromEntries(
    ids.map((id, i) => [
      id,
      `${String(h + Math.floor((m + 5 * i) / 60)).padStart(2, '0')}:${String((m + 5 * i) % 60).padStart(2, '0')}`,
    ]),
  );
};
const agendaItems: AgendaItem[] = [
  {
    kind: 'module',
    id: 'welcome',
    title: 'Welcome',
    minutes: 15,
    start: '13:30',
    end: '13:45',
    startMinute: 0,
    endMinute: 15,
    exercises: [],
    slideIds: ['welcome#1', 'welcome#2'],
    slideStarts: every5('13:30', ['welcome#1', 'welcome#2']),
    slideMinutes: {},
    source: src('workshop.yaml', 8),
  },
  {
    kind: 'module',
    id: 'two-jobs',
    title: 'Two jobs, one organisation',
    minutes: 45,
    start: '13:45',
    end: '14:30',
    startMinute: 15,
    endMinute: 60,
    exercises: [agendaEx('sort-the-statements', '14:05', '14:20'), agendaEx('quick-quiz', '14:20', '14:30')],
    slideIds: ['two-jobs#1', 'two-jobs#2', 'two-jobs#3', 'two-jobs#4'],
    slideStarts: every5('13:45', ['two-jobs#1', 'two-jobs#2', 'two-jobs#3', 'two-jobs#4']),
    slideMinutes: {},
    source: src('workshop.yaml', 9),
  },
  {
    kind: 'break',
    id: 'break-1',
    title: 'Break',
    minutes: 15,
    start: '14:30',
    end: '14:45',
    startMinute: 60,
    endMinute: 75,
    exercises: [],
    slideIds: [],
    slideStarts: every5('14:30', []),
    slideMinutes: {},
    source: src('workshop.yaml', 10),
  },
  {
    kind: 'module',
    id: 'styles',
    title: 'Three ways to manage',
    minutes: 60,
    start: '14:45',
    end: '15:45',
    startMinute: 75,
    endMinute: 135,
    exercises: [agendaEx('self-check', '14:55', '15:10'), agendaEx('night-shift', '15:10', '15:35')],
    slideIds: ['styles#1', 'styles#2', 'styles#3'],
    slideStarts: every5('14:45', ['styles#1', 'styles#2', 'styles#3']),
    slideMinutes: {},
    source: src('workshop.yaml', 11),
  },
  {
    kind: 'module',
    id: 'wrap-up',
    title: 'Wrap-up',
    minutes: 75,
    start: '15:45',
    end: '17:00',
    startMinute: 135,
    endMinute: 210,
    exercises: [agendaEx('reflect', '15:50', '16:05'), agendaEx('my-plan', '16:05', '16:25')],
    slideIds: ['wrap-up#1', 'wrap-up#2', 'wrap-up#3'],
    slideStarts: every5('15:45', ['wrap-up#1', 'wrap-up#2', 'wrap-up#3']),
    slideMinutes: {},
    source: src('workshop.yaml', 12),
  },
];

function guideModule(id: string, objectives: string[]): GuideModule {
  const item = agendaItems.find((i) => i.id === id)!;
  return {
    id,
    title: item.title,
    minutes: item.minutes,
    start: item.start,
    end: item.end,
    objectives,
    entries: slides
      .filter((s) => s.module === id)
      .map((s) => {
        if (s.kind === 'exercise') {
          const e = ex(s.exercise.id);
          const g: GuideExercise = {
            exercise: e.info,
            worksheet: e.body,
            debrief: e.debrief,
            notes: e.notes,
            key: e.key,
          };
          return { kind: 'exercise' as const, slideId: s.id, exercise: g, notes: s.notes };
        }
        return { kind: 'slide' as const, slideId: s.id, title: s.title, notes: s.notes };
      }),
  };
}

export interface SampleOptions {
  paper?: Paper;
  /** Put this text into an instruction (to test missing glyphs). */
  extraInstruction?: string;
  clientName?: string;
}

/** The sample model; options vary paper, client and inject problem text. */
export function sampleModel(opts: SampleOptions = {}): DeckModel {
  const worksheets = exercises.map((e) => {
    const instructions =
      opts.extraInstruction && e.info.id === 'quick-quiz'
        ? [...e.info.instructions, p('exercises/quick-quiz.yaml', 7, { text: opts.extraInstruction })]
        : e.info.instructions;
    return { exercise: { ...e.info, instructions }, body: e.body };
  });
  return {
    workshop: {
      title: 'Leading and Managing',
      subtitle: 'Two jobs, one team',
      audience: 'First-time team leads',
      minutes: 210,
    },
    client: {
      id: 'aero',
      name: opts.clientName ?? 'Ærø Łódź Öresund Ünal Partners',
      date: '2026-12-03',
      location: 'Łódź, Poland',
      facilitator: 'Sam Rivera',
      paper: opts.paper ?? 'A4',
      start: '13:30',
    },
    theme: {
      name: 'default',
      fonts: { heading: 'Arial', body: 'Arial', mono: 'Courier New' },
      colors: {
        primary: '#0B5FFF',
        secondary: '#1B2A41',
        accent: '#FFB000',
        background: '#FFFFFF',
        text: '#1B2A41',
        muted: '#5B6B7F',
        surface: '#EEF2F7',
      },
      sizes: { title: 36, minTitle: 24, body: 22, minBody: 14, small: 12 },
      slide: { width: 13.333, height: 7.5, margin: 0.6 },
      logo,
    },
    agenda: { start: '13:30', end: '17:00', minutes: 210, items: agendaItems },
    slides,
    worksheets,
    guide: {
      materials: [
        {
          item: 'Worksheet pack',
          count: '1 per participant',
          exercises: ['sort-the-statements', 'quick-quiz', 'self-check', 'night-shift', 'reflect', 'my-plan'],
          modules: [],
        },
        {
          item: 'Pens',
          count: '1 per participant',
          exercises: ['sort-the-statements', 'self-check', 'reflect', 'my-plan'],
          modules: [],
        },
        { item: 'Flip chart', count: '1 per group', exercises: ['night-shift'], modules: ['Welcome'] },
        { item: 'Markers', exercises: ['night-shift'], modules: [] },
        { item: 'Sticky notes', count: '3 per participant', exercises: [], modules: ['Welcome'] },
      ],
      modules: [
        guideModule('welcome', ['Know what the afternoon holds']),
        guideModule('two-jobs', [
          'Tell leadership and management apart in everyday situations',
          'Name one reason the words get mixed up',
        ]),
        guideModule('styles', ['Recognise three management styles']),
        guideModule('wrap-up', ['Leave with one concrete commitment']),
      ],
    },
    buildDate: '2026-12-03T00:00:00.000Z',
    locale: resolveLocale('en-GB'),
    handouts: 3,
    slidesPdf: 'final',
    outputs: ['deck', 'slides', 'handouts', 'worksheets', 'guide'],
  };
}

/** Worksheet start pages as the worksheets renderer would report them (tests pass real ones). */
export const sampleWorksheetPages: WorksheetPages = {
  'sort-the-statements': 2,
  'quick-quiz': 3,
  'self-check': 4,
  'night-shift': 5,
  reflect: 7,
  'my-plan': 9,
};
