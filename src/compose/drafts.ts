// Cuts a module's Markdown into slide drafts by the contract's slide rules: headings, directives, rules and notes.
import type { Heading, RootContent } from 'mdast';
import { plannedMinutes } from '../content/modules.js';
import type { DirectiveUse } from '../content/types.js';
import { substitute } from '../content/variables.js';
import { say } from '../i18n/locale.js';
import type { Source } from '../model/deck.js';
import type { BlockContext } from './blocks.js';
import { htmlText, inline } from './inline.js';
import type { SlideInputs } from './slide-types.js';
import { curlyQuotes } from './typography.js';

export interface Draft {
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

/** The module's slides as drafts, by the contract's rules: headings, directives, rules and notes. */
export function draftsOf(inputs: SlideInputs, context: BlockContext, at: (node: RootContent) => Source): Draft[] {
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
    } else if (node.type === 'containerDirective' && node.name !== 'reveal') {
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
