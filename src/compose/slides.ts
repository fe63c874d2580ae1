// Applies the contract's slide rules to one module: headings, directives, notes and what follows them.
import type { Heading, RootContent } from 'mdast';
import type { Diagnostic } from '../diagnostics.js';
import type { Block, GuideExercise, Slide, Source } from '../model/deck.js';
import { type BlockContext, toBlocks } from './blocks.js';
import { contentWarnings } from './content-warnings.js';
import { answersSlides, directiveSlide } from './directive-slides.js';
import { type Draft, draftsOf } from './drafts.js';
import type { SlideInputs, SlideWithoutId } from './slide-types.js';

export interface ModuleSlides {
  slides: Slide[];
  /** Exercises in slide order, with the author's own notes from their slides (the guide prints those beside the key). */
  exercises: { slideId: string; exercise: GuideExercise; notes: Block[] }[];
  /** Likely slips the build still accepts, e.g. a `###` that lands on an exercise's slide. */
  warnings: Diagnostic[];
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

/** The slides one draft makes: a section divider (its body after it), a directive's slide, or one its body's kind decides. */
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
    // A paragraph that appears on a click is not a subtitle: the divider shows its subtitle from the start.
    const single = body.length === 1 && body[0]!.kind === 'paragraph' && !body[0]!.reveal ? body[0] : undefined;
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
  if (draft.kind === 'directive' && draft.directive?.name === 'answers')
    return answersSlides(draft.directive, base, body, inputs);
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
  // A quotation set large on a slide of its own is a moment on screen from the start, not a click.
  if (first?.kind === 'quote' && !first.reveal && blocks.slice(1).every((b) => b.kind === 'paragraph'))
    return { ...base, kind: 'quote', quote: first, after: blocks.slice(1) } as SlideWithoutId;
  if (first?.kind === 'image' && blocks.slice(1).every((b) => b.kind === 'paragraph'))
    return { ...base, kind: 'image', image: first.image, after: blocks.slice(1) } as SlideWithoutId;
  return { ...base, kind: 'content', blocks } as SlideWithoutId;
}
