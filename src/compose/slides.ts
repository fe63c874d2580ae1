// Applies the contract's slide rules to one module: headings, directives, notes and what follows them.
import type { Heading, RootContent } from 'mdast';
import { plannedMinutes } from '../content/modules.js';
import type { Checked, DirectiveUse, ImageAsset, ModuleContent } from '../content/types.js';
import { substitute } from '../content/variables.js';
import type { Diagnostic } from '../diagnostics.js';
import { groupingText, type Locale, say } from '../i18n/locale.js';
import type { FieldPath } from '../load/markdown-fields.js';
import type { YamlSource } from '../load/yaml.js';
import type { Block, Comparison, GuideExercise, Slide, Source, StyleCatalogue } from '../model/deck.js';
import type { ComparisonFile } from '../schema/comparison.js';
import type { StylesFile } from '../schema/styles.js';
import { type BlockContext, htmlText, inline, markdownField, toBlocks } from './blocks.js';
import { contentWarnings } from './content-warnings.js';
import { taskBlocks, taskChips, taskExamples } from './exercise-task.js';
import { stripInlineMarkdown } from './plain.js';
import { curlyQuotes, curlyQuotesOutsideCode } from './typography.js';

export interface ModuleSlides {
  slides: Slide[];
  /** Exercises in slide order, with the author's own notes from their slides (the guide prints those beside the key). */
  exercises: { slideId: string; exercise: GuideExercise; notes: Block[] }[];
  /** Likely slips the build still accepts, e.g. a `###` that lands on an exercise's slide. */
  warnings: Diagnostic[];
}

export interface SlideInputs {
  module: ModuleContent;
  title: string;
  objectives: string[];
  values: Readonly<Record<string, string>>;
  images: ReadonlyMap<string, ImageAsset>;
  comparisons: ReadonlyMap<string, Checked<ComparisonFile>>;
  styles: ReadonlyMap<string, Checked<StylesFile>>;
  /** Exercises as composed for this client (numbered in running order). */
  exercises: ReadonlyMap<string, GuideExercise>;
  locale: Locale;
}

interface Draft {
  kind: 'section' | 'content' | 'directive';
  title: string;
  /** Whether a heading gave the title (the module title is used otherwise). */
  fromHeading: boolean;
  source: Source;
  body: RootContent[];
  directive?: DirectiveUse;
  notes: RootContent[];
  /** From `:::notes{minutes=N}` (several notes blocks on one slide add up). */
  minutes?: number;
}

/** Splits a module into slides following the contract's slide rules. Nothing is dropped. */
export function composeModuleSlides(inputs: SlideInputs): ModuleSlides {
  const { module } = inputs;
  const context: BlockContext = { file: module.file, values: inputs.values, images: inputs.images };
  const at = (node: RootContent): Source => ({
    file: module.file,
    line: node.position?.start.line ?? 1,
    column: node.position?.start.column ?? 1,
  });
  const slides: Slide[] = [];
  const exercises: ModuleSlides['exercises'] = [];
  const warnings: Diagnostic[] = [];
  for (const draft of draftsOf(inputs, context, at)) {
    warnings.push(...contentWarnings(draft.body, at), ...headingAfterDirective(draft, at));
    for (const slide of draftToSlides(draft, slides.length === 0, inputs, context)) {
      const numbered = { ...slide, id: `${module.id}#${slides.length + 1}` } as Slide;
      slides.push(numbered);
      if (numbered.kind === 'exercise') {
        const exercise = inputs.exercises.get(numbered.exercise.id);
        if (exercise) exercises.push({ slideId: numbered.id, exercise, notes: toBlocks(draft.notes, context) });
      }
    }
  }
  return { slides, exercises, warnings };
}

/** A heading under a directive's slide lands on that slide: the author likely meant a slide of its own. */
function headingAfterDirective(draft: Draft, at: (node: RootContent) => Source): Diagnostic[] {
  const subheading =
    draft.kind === 'directive' && draft.directive ? draft.body.find((node) => node.type === 'heading') : undefined;
  if (!subheading || !draft.directive) return [];
  const written = `::${draft.directive.name}{#${draft.directive.id}}`;
  return [
    {
      rule: 'module/heading-after-directive',
      message: `this \`${'#'.repeat((subheading as Heading).depth)}\` heading and what follows it go on the slide of \`${written}\`, below it; to start a slide of their own, write \`##\``,
      source: at(subheading),
    },
  ];
}

/** The module's slides as drafts, by the contract's rules: headings, directives, rules and notes. */
function draftsOf(inputs: SlideInputs, context: BlockContext, at: (node: RootContent) => Source): Draft[] {
  const { module } = inputs;
  const list = new Drafts();
  let directiveIndex = 0;
  for (const node of module.root.children) {
    const current = list.current;
    if (node.type === 'heading' && node.depth <= 2) {
      list.open({
        kind: node.depth === 1 ? 'section' : 'content',
        title: headingText(node, context),
        fromHeading: true,
        source: at(node),
        body: [],
        notes: [],
      });
    } else if (node.type === 'leafDirective') {
      const use = module.directives[directiveIndex++];
      if (!use) continue;
      // A directive right under a `##` fills that heading's slide.
      if (current?.kind === 'content' && current.fromHeading && current.body.length === 0 && !current.directive) {
        current.kind = 'directive';
        current.directive = use;
      } else {
        const title = itemTitle(use, inputs);
        list.open({
          kind: 'directive',
          title,
          fromHeading: false,
          source: use.source,
          body: [],
          directive: use,
          notes: [],
        });
      }
    } else if (node.type === 'containerDirective') {
      list.notes(node.children, plannedMinutes(node.attributes));
    } else if (node.type === 'thematicBreak') {
      // A rule splits a slide in two; the second half keeps the title, as a continuation.
      if (current && current.kind !== 'section')
        list.open({
          kind: 'content',
          title: current.title,
          fromHeading: current.fromHeading,
          source: at(node),
          body: [],
          notes: [],
        });
    } else if (node.type === 'html' && !htmlText(node.value)) {
      // A comment alone makes no slide.
    } else if (node.type !== 'definition') {
      const into =
        current ??
        list.open({ kind: 'content', title: inputs.title, fromHeading: false, source: at(node), body: [], notes: [] });
      into.body.push(node);
    }
  }
  return list.finish(inputs.title, module.file);
}

/** Drafts as they are opened, and notes that come before any slide, which go to the first one opened. */
class Drafts {
  readonly drafts: Draft[] = [];
  current: Draft | undefined;
  private orphanNotes: RootContent[] = [];
  private orphanMinutes: number | undefined;

  open(draft: Draft): Draft {
    this.drafts.push(draft);
    this.current = draft;
    if (this.orphanNotes.length) {
      draft.notes.push(...this.orphanNotes);
      addMinutes(draft, this.orphanMinutes);
      this.orphanNotes = [];
      this.orphanMinutes = undefined;
    }
    return draft;
  }

  /** Speaker notes for the slide being written, or for the first slide when none is yet. */
  notes(nodes: RootContent[], minutes: number | undefined): void {
    if (this.current) {
      this.current.notes.push(...nodes);
      addMinutes(this.current, minutes);
    } else {
      this.orphanNotes.push(...nodes);
      if (minutes !== undefined) this.orphanMinutes = (this.orphanMinutes ?? 0) + minutes;
    }
  }

  /** The drafts; a module of notes only (or nothing) is a section slide under the module's title. */
  finish(title: string, file: string): Draft[] {
    const section = (): Draft => ({
      kind: 'section',
      title,
      fromHeading: false,
      source: { file, line: 1, column: 1 },
      body: [],
      notes: [],
    });
    if (this.orphanNotes.length) {
      const last = this.drafts.at(-1);
      if (last) {
        last.notes.push(...this.orphanNotes);
        addMinutes(last, this.orphanMinutes);
      } else this.open(section());
    }
    if (this.drafts.length === 0) this.drafts.push(section());
    return this.drafts;
  }
}

function addMinutes(draft: Draft, minutes: number | undefined): void {
  if (minutes !== undefined) draft.minutes = (draft.minutes ?? 0) + minutes;
}

function headingText(node: Heading, context: BlockContext): string {
  return inline(node.children, context)
    .map((r) => r.text)
    .join('')
    .trim();
}

function itemTitle(use: DirectiveUse, inputs: SlideInputs): string {
  if (use.name === 'answers') {
    const exercise = inputs.exercises.get(use.id)?.exercise;
    return say(inputs.locale, 'answers-title', { title: exercise?.title ?? use.id });
  }
  const title =
    use.name === 'comparison'
      ? inputs.comparisons.get(use.id)?.value.title
      : use.name === 'styles'
        ? inputs.styles.get(use.id)?.value.title
        : inputs.exercises.get(use.id)?.exercise.title;
  return curlyQuotes(substitute(title ?? use.id, inputs.values));
}

type SlideWithoutId = Slide extends infer S ? (S extends Slide ? Omit<S, 'id'> & { id?: string } : never) : never;

function draftToSlides(draft: Draft, first: boolean, inputs: SlideInputs, context: BlockContext): SlideWithoutId[] {
  const body = toBlocks(draft.body, context);
  const notes = toBlocks(draft.notes, context);
  const base = {
    title: draft.title,
    notes,
    module: inputs.module.id,
    source: draft.source,
    ...(draft.minutes !== undefined ? { minutes: draft.minutes } : {}),
  };
  if (draft.kind === 'section') {
    const single = body.length === 1 && body[0]!.kind === 'paragraph' ? body[0] : undefined;
    const subtitle = single?.kind === 'paragraph' ? single.content.map((r) => r.text).join('') : undefined;
    const section: SlideWithoutId = {
      ...base,
      kind: 'section',
      ...(subtitle ? { subtitle } : {}),
      objectives: first ? inputs.objectives : [],
    };
    if (single || body.length === 0) return [section];
    // The divider keeps the notes and their minutes; its body follows on a slide of its own.
    return [
      section,
      { title: base.title, module: base.module, source: base.source, notes: [], kind: 'content', blocks: body },
    ];
  }
  if (draft.kind === 'directive' && draft.directive?.name === 'answers') {
    const guide = inputs.exercises.get(draft.directive.id);
    // The quiz is not in this client's kit (an `only` block kept it out): nor are its answers.
    if (guide?.key.kind !== 'quiz') return [];
    return [
      {
        ...base,
        source: draft.directive.source,
        kind: 'content',
        showsAnswers: true,
        blocks: [...answerBlocks(guide.key, draft.directive.source), ...body],
      },
    ];
  }
  if (draft.kind === 'directive' && draft.directive) return [directiveSlide(draft.directive, base, body, inputs)];
  return [classify(base, body)];
}

/** Picks the slide kind from what the body holds, so layouts can give tables, quotes and images their room. */
function classify(base: Omit<SlideWithoutId, 'kind'>, blocks: Block[]): SlideWithoutId {
  const tables = blocks.filter((b) => b.kind === 'table');
  const first = blocks[0];
  if (tables.length === 1 && blocks.every((b) => b.kind === 'table' || b.kind === 'paragraph')) {
    const index = blocks.indexOf(tables[0]!);
    return {
      ...base,
      kind: 'table',
      before: blocks.slice(0, index),
      table: tables[0]!,
      after: blocks.slice(index + 1),
    } as SlideWithoutId;
  }
  if (first?.kind === 'quote' && blocks.slice(1).every((b) => b.kind === 'paragraph'))
    return { ...base, kind: 'quote', quote: first, after: blocks.slice(1) } as SlideWithoutId;
  if (first?.kind === 'image' && blocks.slice(1).every((b) => b.kind === 'paragraph'))
    return { ...base, kind: 'image', image: first.image, after: blocks.slice(1) } as SlideWithoutId;
  return { ...base, kind: 'content', blocks } as SlideWithoutId;
}

function directiveSlide(
  use: DirectiveUse,
  base: Omit<SlideWithoutId, 'kind'>,
  after: Block[],
  inputs: SlideInputs,
): SlideWithoutId {
  const values = inputs.values;
  const t = (s: string) => stripInlineMarkdown(curlyQuotesOutsideCode(substitute(s, values)));
  const md = (source: YamlSource, path: FieldPath) => markdownField(source, path, values, inputs.images);
  const source = use.source;
  if (use.name === 'comparison') {
    const checked = inputs.comparisons.get(use.id)!;
    const c = checked.value;
    const comparison: Comparison = {
      id: checked.id,
      title: t(c.title),
      columns: c.columns.map(t),
      rows: c.rows.map((r, i) => ({
        aspect: t(r.aspect),
        values: r.values.map(t),
        source: checked.source.locate(['rows', i]),
      })),
      ...(c.source ? { attribution: t(c.source) } : {}),
      source: checked.source.locate([]),
    };
    const notes = [...base.notes, ...(c.notes ? md(checked.source, ['notes']) : [])];
    return { ...base, notes, source, kind: 'comparison', comparison, after } as SlideWithoutId;
  }
  if (use.name === 'styles') {
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
    const notes = [...base.notes, ...(s.notes ? md(checked.source, ['notes']) : [])];
    return { ...base, notes, source, kind: 'styles', catalogue, after: [...after, ...attribution] } as SlideWithoutId;
  }
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
