// A hand-made deck model for the slide layout and PowerPoint tests: every slide kind and the cases that break layouts.

import { encodePng } from '../../scripts/png.mjs';
import { resolveLocale } from '../../src/i18n/locale.js';
import type {
  AgendaItem,
  Block,
  DeckModel,
  ExerciseInfo,
  ImageRef,
  Inline,
  ListItem,
  Run,
  Slide,
  Source,
  Theme,
} from '../../src/model/deck.js';

const src = (file: string, line = 1): Source => ({ file, line, column: 1 });
const t = (text: string): Inline => [{ text }];
const para = (...parts: (Run | Inline)[]): Block => ({
  kind: 'paragraph',
  content: parts.flat(),
  source: src('modules/m.md'),
});
const item = (text: string, children: string[] = []): ListItem => ({
  content: t(text),
  children: children.map((c) => ({ content: t(c), children: [] })),
});
const list = (ordered: boolean, items: ListItem[], start = 1): Block => ({
  kind: 'list',
  ordered,
  start,
  items,
  source: src('modules/m.md'),
});

/** The 50-character Unicode client name the deck must carry intact. */
export const CLIENT_NAME = 'Ærø Łódź Öresund Ünal Consulting Partners Sp. z o.o.';

/** A small PNG (solid colour with a darker band), made here so tests need no binary fixtures. */
export function png(width: number, height: number, rgb: [number, number, number]): Uint8Array {
  const row = 1 + width * 3;
  const raw = Buffer.alloc(row * height);
  const line = (shade: number) => {
    const l = Buffer.alloc(row);
    for (let x = 0; x < width; x++)
      l.set(
        rgb.map((c) => Math.round(c * shade)),
        1 + x * 3,
      );
    return l;
  };
  const plain = line(1);
  const band = line(0.6);
  for (let y = 0; y < height; y++) (y > height * 0.4 && y < height * 0.6 ? band : plain).copy(raw, y * row);
  return new Uint8Array(encodePng(width, height, raw));
}

function image(path: string, width: number, height: number, rgb: [number, number, number], alt: string): ImageRef {
  return { path, mime: 'image/png', width, height, data: png(width, height, rgb), alt };
}

export interface SampleOptions {
  primary?: string;
  clientName?: string;
  logo?: boolean;
  buildDate?: string;
}

const comparisonRows: [string, string, string, string][] = [
  [
    'Focus',
    'Systems, structures, processes and the tasks that keep the operation running every day',
    'Vision, people and purpose: where the team is going and why it is worth the effort',
    'Both at once, switching deliberately depending on what the situation and the team need',
  ],
  [
    'Time frame',
    'Short to medium term: this week, this month, this quarter and the next budget cycle',
    'Long term: the next few years, the market, and what customers will expect by then',
    'Plans the quarter while keeping a clear line of sight to the long-term direction',
  ],
  [
    'Main question',
    'How do we do this well, on time and within budget, without surprises?',
    'What should we be doing at all, and why does it matter to the people involved?',
    'Which question matters more this morning, and who else should be asking it?',
  ],
  [
    'Approach to change',
    'Introduces change in controlled steps with plans, milestones and clear owners',
    'Creates the appetite for change by explaining the reasons and painting the picture',
    'Pairs a compelling reason with a realistic plan so that change actually lands',
  ],
  [
    'Power base',
    'Formal authority that comes with the position in the organisation chart',
    'Personal credibility, trust and the example set in difficult moments',
    'Uses formal authority sparingly and invests in credibility all the time',
  ],
  [
    'Risk',
    'Predictable but rigid: people follow the process even when it no longer makes sense',
    'Inspiring but chaotic: energy without follow-through and nobody minding the details',
    'Exhausting when done alone; needs a team that shares both roles willingly',
  ],
  [
    'Communication',
    'Clear instructions, status reports, dashboards and regular one-to-one check-ins',
    'Stories, questions, listening and making the purpose visible in everyday decisions',
    'Chooses the channel to match the message and checks that it was understood',
  ],
  [
    'Measure of success',
    'Targets met, budgets kept, errors reduced and audits passed without findings',
    'Engagement, growth of people, and whether the team would follow again',
    'Results delivered in a way the team is proud of and would choose to repeat',
  ],
  [
    'Handling conflict',
    'Refers to roles, rules and agreements; escalates when the process says so',
    'Surfaces the underlying interests and reconnects people to the shared purpose',
    'Separates the disagreement about facts from the disagreement about direction',
  ],
  [
    'Decision making',
    'Analyses options against criteria, documents the decision and tracks the outcome',
    'Decides with incomplete information when the direction is clear enough to move',
    'Matches the decision style to the stakes, the urgency and the expertise at hand',
  ],
  [
    'Developing people',
    'Training plans, role descriptions, skills matrices and annual appraisals',
    'Coaching, stretch assignments and trust that people can grow into them',
    'Combines structured development with real opportunities to try and fail safely',
  ],
  [
    'Typical pitfall',
    'Micromanagement: checking everything because the process demands certainty',
    'Absence: announcing a vision and leaving the hard work of delivery to others',
    'Role confusion: the team cannot tell which hat the person is wearing today',
  ],
  [
    'Under pressure',
    'Tightens control, adds reports and shortens the leash on experienced people',
    'Raises the stakes of the story and asks for more commitment and energy',
    'Explains the pressure honestly and agrees with the team what will give',
  ],
  [
    'Best used when',
    'The work is routine, safety-critical or heavily regulated and mistakes are costly',
    'The environment is uncertain and the organisation must move somewhere new',
    'Most of the time, in most teams, in most organisations we have worked with',
  ],
];

const styles = [
  [
    'Authoritative',
    'The manager decides and the team carries out the decision as instructed.',
    'Rule-bound or safety-critical work, emergencies',
    'Creativity and ownership fade over time',
  ],
  [
    'Democratic',
    'The team discusses options and decides together, often by consensus or vote.',
    'Complex problems where buy-in matters more than speed',
    'Slow decisions; loud voices dominate',
  ],
  [
    'Laissez-faire',
    'The manager sets the goal and then leaves the team to find its own way.',
    'Expert, self-motivated teams with clear goals',
    'Drift, duplicated effort and unclear accountability',
  ],
  [
    'Coaching',
    'The manager asks questions that help each person find and grow their own answers.',
    'Development, long-term growth and capable people who want to learn',
    'Takes time; frustrating in a crisis',
  ],
  [
    'Pacesetting',
    'The manager sets high standards and leads by doing the work fast and well.',
    'Highly skilled, motivated teams that need little direction',
    'Burnout; people feel they can never measure up',
  ],
  [
    'Affiliative',
    'The manager puts people and harmony first, building bonds and emotional trust.',
    'Healing rifts, stressful periods, newly formed teams',
    'Poor performance goes uncorrected',
  ],
  [
    'Transactional',
    'Clear rewards for results and clear consequences for missed targets, agreed upfront.',
    'Short, well-defined tasks with measurable outcomes',
    'Nobody does anything that is not rewarded',
  ],
];

/** The sample model: every slide kind, long texts, a 14-row comparison and a Unicode client name. */
export function sampleModel(opts: SampleOptions = {}): DeckModel {
  const clientName = opts.clientName ?? CLIENT_NAME;
  const logo = opts.logo === false ? undefined : image('assets/logo.png', 400, 160, [0, 120, 200], 'Client logo');
  const theme: Theme = {
    name: 'default',
    fonts: { heading: 'Arial', body: 'Arial', mono: 'Courier New' },
    colors: {
      primary: opts.primary ?? '#1F4E79',
      secondary: '#1B2A41',
      accent: '#E07A1F',
      background: '#FFFFFF',
      text: '#1B2A41',
      muted: '#5B6B7F',
      surface: '#EEF2F7',
    },
    sizes: { title: 36, minTitle: 24, body: 22, minBody: 14, small: 12 },
    slide: { width: 13.333, height: 7.5, margin: 0.6 },
    ...(logo ? { logo } : {}),
  };

  const ex = (
    n: number,
    id: string,
    title: string,
    kind: ExerciseInfo['kind'],
    minutes: number,
    grouping: ExerciseInfo['grouping'],
    instructions: Block[],
    hasWorksheet = true,
  ): ExerciseInfo => ({
    id,
    number: n,
    title,
    kind,
    minutes,
    grouping,
    purpose: 'Practise telling the two roles apart',
    instructions,
    materials: ['Worksheet', 'Pens'],
    hasWorksheet,
    source: src(`exercises/${id}.yaml`),
  });
  const sortEx = ex(1, 'sort-the-statements', 'Leader or manager?', 'sort', 15, 'pairs', [
    para(t('Read each statement on the worksheet and decide whether it describes management or leadership.')),
    list(true, [
      item('Work through the statements on your own first.'),
      item('Compare your answers with your partner and agree on one answer per statement.'),
      item('Mark the two statements you found hardest to place.'),
    ]),
    para(
      { text: 'Tip: ', bold: true },
      { text: 'there is no trick; some statements really are ' },
      { text: 'both', italic: true },
      { text: '.' },
    ),
  ]);
  const longEx = ex(
    2,
    'my-action-plan',
    'My action plan for the next ninety days back at work',
    'action-plan',
    20,
    'solo',
    [
      para(
        t(
          'Think about the next three months in your own team. For each prompt, write one concrete action you will take, with a date and the first small step.',
        ),
      ),
      list(
        false,
        Array.from({ length: 9 }, (_, i) =>
          item(
            `Prompt ${i + 1}: describe what you will start, stop or continue doing, who will notice the difference, and how you will know it worked after the ninety days are over.`,
          ),
        ),
      ),
      para(
        t(
          'Keep the plan somewhere you will see it every week. We will come back to it in the follow-up session, so bring it with you.',
        ),
      ),
    ],
    false,
  );

  const agendaItems: AgendaItem[] = [];
  let minute = 8 * 60 + 30;
  const clock = (m: number) => `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  const titles = [
    'Welcome and introductions',
    'Two jobs, one organisation',
    'Break',
    'Three ways to manage',
    'Leading through change in a regulated environment',
    'Lunch',
    'Difficult conversations',
    'Delegation that sticks',
    'Break',
    'Feedback that people can use',
    'Wrap-up and action planning',
  ];
  titles.forEach((title, i) => {
    const isBreak = title === 'Break' || title === 'Lunch';
    const minutes = title === 'Lunch' ? 45 : isBreak ? 15 : 30 + (i % 3) * 5;
    const exercises =
      i === 1
        ? [
            {
              id: sortEx.id,
              number: 1,
              title: sortEx.title,
              minutes: 15,
              grouping: sortEx.grouping,
              start: clock(minute + 10),
              end: clock(minute + 25),
            },
          ]
        : i === 10
          ? [
              {
                id: longEx.id,
                number: 2,
                title: longEx.title,
                minutes: 20,
                grouping: longEx.grouping,
                start: clock(minute + 5),
                end: clock(minute + 25),
              },
            ]
          : [];
    agendaItems.push({
      kind: isBreak ? 'break' : 'module',
      id: isBreak ? `break-${i}` : `m${i}`,
      title,
      minutes,
      start: clock(minute),
      end: clock(minute + minutes),
      startMinute: minute,
      endMinute: minute + minutes,
      exercises,
      slideIds: [],
      slideStarts: {},
      slideMinutes: {},
      source: src('workshop.yaml', 5 + i),
    });
    minute += minutes;
  });

  const longBullets = list(
    false,
    Array.from({ length: 12 }, (_, i) =>
      item(
        `Point ${i + 1}: managers keep the engine running with plans, budgets and rotas, while leaders point it somewhere worth going${i % 3 === 0 ? ' — and most team leads do both in the same afternoon' : ''}.`,
        i % 4 === 1
          ? ['A second-level detail that explains the point with an example from the shop floor', 'Another detail']
          : [],
      ),
    ),
  );
  const bigTable: Block = {
    kind: 'table',
    header: [t('Situation'), t('Manage'), t('Lead'), t('Signal to watch'), t('Owner')],
    rows: Array.from({ length: 16 }, (_, i) => [
      t(
        `Situation ${i + 1}: ${['a new hire starts on Monday', 'the budget is cut by ten percent', 'a key customer complains', 'two colleagues stop talking'][i % 4]}`,
      ),
      t(
        [
          'Plan the onboarding week',
          'Re-plan the quarter with the team',
          'Fix the process that failed',
          'Clarify roles and agreements',
        ][i % 4]!,
      ),
      t(
        [
          'Explain why the role matters',
          'Explain what stays and why',
          'Own the mistake publicly',
          'Reconnect both to the goal',
        ][i % 4]!,
      ),
      t(
        i === 5
          ? 'https://example.com/a/very/long/path/that/cannot/break/anywhere/at/all/without/help'
          : 'Questions in the first week',
      ),
      t(i === 7 ? 'Qualitätssicherungsverantwortlicherstellvertreter' : 'Team lead'),
    ]),
    align: ['left', 'left', 'left', 'left', 'center'],
    source: src('modules/m.md', 40),
  };

  const slides: Slide[] = [
    {
      id: 'title',
      kind: 'title',
      title: 'Leading and Managing',
      subtitle: 'Two jobs, one team — a one-day workshop for first-time team leads',
      client: clientName,
      date: '3 December 2026',
      location: 'Gdańsk, Poland',
      facilitator: 'Sam Rivera',
      ...(logo ? { logo } : {}),
      notes: [para(t('Welcome everyone as they arrive.'))],
      source: src('workshop.yaml'),
    },
    {
      id: 'agenda',
      kind: 'agenda',
      title: 'Agenda',
      items: agendaItems,
      notes: [para(t('Walk through the day.'))],
      source: src('workshop.yaml', 4),
    },
    {
      id: 'm1#1',
      kind: 'section',
      title: 'Two jobs, one organisation',
      subtitle: 'Why the difference matters on a Monday morning',
      objectives: [
        'Tell leadership and management apart in everyday situations',
        'Notice which of the two a situation calls for',
        'Name one habit to practise next week',
      ],
      module: 'm1',
      notes: [],
      source: src('modules/m1.md', 7),
    },
    {
      id: 'm1#2',
      kind: 'content',
      title: 'Why the words get mixed up',
      blocks: [
        para(
          t('Both set goals and organise people. '),
          { text: 'Many roles', bold: true },
          t(' ask for both, on the '),
          { text: 'same', italic: true },
          t(' day. Run '),
          { text: 'npm run build:deck', code: true },
          t(' to see.'),
        ),
        list(false, [
          item('Both set goals and organise people', ['Goals differ in horizon', 'People differ in need']),
          item('Many roles ask for both, on the same day'),
          item('Clock times like 12:30 and ratios like 3:1 stay as written'),
        ]),
        list(true, [item('First numbered point'), item('Second numbered point'), item('Third numbered point')]),
      ],
      module: 'm1',
      notes: [
        para(t('Ask the room for examples.')),
        list(false, [item('Budget owner vs. visionary'), item('Rota vs. purpose')]),
      ],
      source: src('modules/m1.md', 12),
    },
    {
      id: 'm1#3',
      kind: 'content',
      title: 'Twelve things team leads told us about their first year in the role, in their own words',
      blocks: [
        para(t('We asked forty team leads from six organisations what surprised them most.')),
        longBullets,
        para(t('None of them said the job was easy; all of them said it was worth it.')),
      ],
      module: 'm1',
      notes: [para(t('Pick three points and ask who recognises them.'))],
      source: src('modules/m1.md', 30),
    },
    {
      id: 'm1#4',
      kind: 'table',
      title: 'Sixteen situations, two responses',
      before: [para(t('For each situation, the manager response and the leader response.'))],
      table: bigTable as Extract<Block, { kind: 'table' }>,
      after: [para(t('Which column do you default to?'))],
      module: 'm1',
      notes: [],
      source: src('modules/m1.md', 40),
    },
    {
      id: 'm1#5',
      kind: 'comparison',
      title: 'At a glance',
      comparison: {
        id: 'leadership-vs-management',
        title: 'Management and leadership side by side',
        columns: ['Management', 'Leadership', 'The team lead in practice'],
        rows: comparisonRows.map(([aspect, ...values]) => ({ aspect, values, source: src('comparisons/lm.yaml', 5) })),
        attribution: 'After J. P. Kotter, "What Leaders Really Do", Harvard Business Review, 1990',
        source: src('comparisons/lm.yaml'),
      },
      after: [
        para(
          { text: 'Takeaway: ', bold: true },
          { text: 'you need both, and you need to know which one you are using.' },
        ),
      ],
      module: 'm1',
      notes: [para(t('Do not read the table aloud.'))],
      source: src('modules/m1.md', 50),
    },
    {
      id: 'm1#6',
      kind: 'comparison',
      title: 'Short comparison',
      comparison: {
        id: 'short',
        title: 'Short',
        columns: ['Management', 'Leadership'],
        rows: comparisonRows
          .slice(0, 3)
          .map(([aspect, a, b]) => ({ aspect, values: [a, b], source: src('comparisons/s.yaml', 5) })),
        source: src('comparisons/s.yaml'),
      },
      after: [para(t('Short comparisons keep their takeaway on the same slide.'))],
      module: 'm1',
      notes: [],
      source: src('modules/m1.md', 60),
    },
    {
      id: 'm1#7',
      kind: 'exercise',
      title: 'Leader or manager?',
      exercise: sortEx,
      after: [],
      module: 'm1',
      notes: [
        para(t('Setup: pairs, 15 minutes.')),
        para({ text: 'Debrief:', bold: true }),
        list(false, [item('Which statements were hardest to place, and why?')]),
      ],
      source: src('modules/m1.md', 70),
    },
    {
      id: 'm3#1',
      kind: 'styles',
      title: 'Seven common management styles',
      catalogue: {
        id: 'management-styles',
        title: 'Seven common management styles',
        styles: styles.map(([name, summary, fits, risk]) => ({
          name: name!,
          summary: summary!,
          fits: fits!,
          risk: risk!,
          source: src('styles/s.yaml', 3),
        })),
        source: src('styles/s.yaml'),
      },
      after: [],
      module: 'm3',
      notes: [para(t('Ask which style people experienced from their first boss.'))],
      source: src('modules/m3.md', 5),
    },
    {
      id: 'm3#2',
      kind: 'quote',
      title: 'A thought to keep',
      quote: {
        kind: 'quote',
        paragraphs: [t('Management keeps the engine running; leadership points it somewhere worth going.')],
        attribution: 'Workshop summary',
        source: src('modules/m3.md', 20),
      },
      after: [para(t('Write down one place where your engine needs a direction.'))],
      module: 'm3',
      notes: [],
      source: src('modules/m3.md', 20),
    },
    {
      id: 'm3#3',
      kind: 'image',
      title: 'Two reporting lines',
      image: image(
        'assets/org-chart.png',
        1200,
        700,
        [90, 140, 200],
        'Org chart with two reporting lines: the line manager and the project lead',
      ),
      after: [para(t('Who do you go to for what?'))],
      module: 'm3',
      notes: [para(t('Point out the dotted line.'))],
      source: src('modules/m3.md', 25),
    },
    {
      id: 'm3#4',
      kind: 'content',
      title: 'Mixed content',
      blocks: [
        { kind: 'heading', depth: 3, content: t('A heading inside a slide'), source: src('modules/m3.md', 30) },
        {
          kind: 'quote',
          paragraphs: [t('If you want to go fast, go alone; if you want to go far, go together.')],
          attribution: 'Proverb',
          source: src('modules/m3.md', 31),
        },
        {
          kind: 'code',
          text: 'npm run build:deck -- --client acme\nnpm run build:deck -- --check',
          source: src('modules/m3.md', 33),
        },
        {
          kind: 'table',
          header: [t('Role'), t('Question')],
          rows: [
            [t('Manager'), t('How?')],
            [t('Leader'), t('Why?')],
          ],
          align: [null, null],
          source: src('modules/m3.md', 36),
        },
        {
          kind: 'image',
          image: image('assets/small.png', 300, 120, [200, 90, 60], 'A small inline picture'),
          source: src('modules/m3.md', 40),
        },
        para(t('Text after the picture.')),
      ],
      module: 'm3',
      notes: [],
      source: src('modules/m3.md', 30),
    },
    {
      id: 'm10#1',
      kind: 'exercise',
      title: 'My action plan for the next ninety days back at work',
      exercise: longEx,
      after: [para(t('Share one action with the person next to you.'))],
      module: 'm10',
      notes: [para(t('Give people quiet time.'))],
      source: src('modules/m10.md', 5),
    },
    {
      id: 'closing',
      kind: 'closing',
      title: 'Thank you',
      subtitle: 'Leading and Managing',
      lines: ['Questions and feedback are welcome at any time.', `Prepared for ${clientName}.`],
      notes: [],
      source: src('workshop.yaml'),
    },
  ];

  return {
    workshop: {
      title: 'Leading and Managing',
      subtitle: 'Two jobs, one team',
      audience: 'First-time team leads',
      minutes: minute - 8 * 60 - 30,
    },
    client: {
      id: 'ærø',
      name: clientName,
      date: '2026-12-03',
      location: 'Gdańsk',
      facilitator: 'Sam Rivera',
      paper: 'A4',
      start: '08:30',
    },
    theme,
    agenda: { start: '08:30', end: clock(minute), minutes: minute - 8 * 60 - 30, items: agendaItems },
    slides,
    worksheets: [],
    guide: { materials: [], modules: [] },
    buildDate: opts.buildDate ?? '2026-12-03T00:00:00Z',
    locale: resolveLocale('en-GB'),
    handouts: 3,
    slidesPdf: 'final',
    outputs: ['deck', 'slides', 'handouts', 'worksheets', 'guide'],
  };
}
