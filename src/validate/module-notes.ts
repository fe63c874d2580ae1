// Checks a module's speaker notes: the attributes of `:::notes`, and no minutes on an exercise slide's notes.
import type { Nodes, Parent } from 'mdast';
import { plannedMinutes } from '../content/modules.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Source } from '../model/deck.js';
import { didYouMean } from '../util/suggest.js';

/** `:::notes{minutes=4}` plans the minutes a slide is on screen; nothing else may be given. */
export function checkNotesAttributes(
  attributes: Record<string, string | null | undefined>,
  source: Source,
  diagnostics: Diagnostic[],
): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (name !== 'minutes') {
      diagnostics.push({
        rule: 'module/notes-attribute',
        message: `unknown attribute \`${name}\` on \`:::notes\`${didYouMean(name, ['minutes']) || '; the only one is `minutes`, e.g. `:::notes{minutes=4}`'}`,
        source,
      });
    } else if (plannedMinutes(attributes) === undefined) {
      diagnostics.push({
        rule: 'module/notes-minutes',
        message: `\`minutes=${value ?? ''}\` on \`:::notes\`: expected the whole minutes the slide is on screen, e.g. \`:::notes{minutes=4}\``,
        source,
      });
    }
  }
}

/**
 * An exercise slide is on screen for its exercise's minutes: minutes in its notes would count twice.
 * Notes belong to the slide opened last (the slide rules in compose/slides.ts): a heading opens a
 * slide, so does a directive or a `---`; other content stays on the slide before it.
 */
export function checkExerciseSlideMinutes(root: Parent, at: (node: Nodes) => Source, diagnostics: Diagnostic[]): void {
  let exercise: string | undefined;
  for (const node of root.children as Nodes[]) {
    if (node.type === 'heading' || node.type === 'thematicBreak') exercise = undefined;
    else if (node.type === 'leafDirective')
      exercise = node.name === 'exercise' ? (node.attributes?.id ?? '') : undefined;
    else if (
      node.type === 'containerDirective' &&
      node.name !== 'reveal' &&
      exercise !== undefined &&
      node.attributes?.minutes != null
    ) {
      diagnostics.push({
        rule: 'module/exercise-minutes',
        message: `these notes are on the slide of exercise \`${exercise}\`, which is on screen for the exercise's \`minutes\` (in its file); remove \`minutes=…\` here`,
        source: at(node),
      });
    }
  }
}
