// Checks a module's Markdown body: directives and their ids, containers, images and their alt text.
import type { Nodes, Parent } from 'mdast';
import { CLIENT_FILTERS, filterClients, plannedMinutes } from '../content/modules.js';
import type { ClientFilterName, ClientFilterUse, DirectiveName, DirectiveUse } from '../content/types.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Source } from '../model/deck.js';
import { didYouMean, listOf } from '../util/suggest.js';
import { SPACED_IMAGE } from './images.js';

export const DIRECTIVE_NAMES: readonly DirectiveName[] = ['comparison', 'styles', 'exercise', 'answers'];
const CONTAINER_NAMES = ['notes', ...CLIENT_FILTERS];

/** Whether a container is closed by a `:::` line of its own (otherwise it swallows the rest of the module). */
function closed(text: string, node: Nodes): boolean {
  return /(^|\n)\s*:{3,}\s*$/.test(text.slice(0, node.position?.end.offset ?? 0));
}

export interface ImageUse {
  url: string;
  source: Source;
}

/** `:::notes{minutes=4}` plans the minutes a slide is on screen; nothing else may be given. */
function checkNotesAttributes(
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
function checkExerciseSlideMinutes(root: Parent, at: (node: Nodes) => Source, diagnostics: Diagnostic[]): void {
  let exercise: string | undefined;
  for (const node of root.children as Nodes[]) {
    if (node.type === 'heading' || node.type === 'thematicBreak') exercise = undefined;
    else if (node.type === 'leafDirective')
      exercise = node.name === 'exercise' ? (node.attributes?.id ?? '') : undefined;
    else if (node.type === 'containerDirective' && exercise !== undefined && node.attributes?.minutes != null) {
      diagnostics.push({
        rule: 'module/exercise-minutes',
        message: `these notes are on the slide of exercise \`${exercise}\`, which is on screen for the exercise's \`minutes\` (in its file); remove \`minutes=…\` here`,
        source: at(node),
      });
    }
  }
}

/**
 * Lines that look like directives but that Markdown read as text or code, which would print on the
 * participants' slide: a `:::` left over (notes closed twice, or their `:::notes` line deleted), or
 * a directive indented four spaces (an indented code block). Fenced code keeps what it shows.
 */
/** `::name` or `:::name`, or a bare `:::` line; not `::1` (an IPv6 address) or `a :: b`. */
const DIRECTIVE_LIKE = /^\s*(?::{2,}[A-Za-z]|:{3,}\s*$)/;

function checkStrayDirectives(
  root: Parent,
  file: string,
  text: string,
  diagnostics: Diagnostic[],
  quietLines: ReadonlySet<number>,
): void {
  const walk = (node: Nodes): void => {
    const start = node.position?.start;
    const end = node.position?.end;
    const fenced = node.type === 'code' && /^\s*(```|~~~)/.test(text.slice(start?.offset ?? 0));
    if (
      (node.type === 'paragraph' || (node.type === 'code' && !fenced)) &&
      start?.offset !== undefined &&
      end?.offset !== undefined
    ) {
      const lines = text.slice(start.offset, end.offset).split('\n');
      // One report per block: an indented notes block is one mistake, however many of its lines look like directives.
      const i = lines.findIndex((line) => DIRECTIVE_LIKE.test(line));
      if (i >= 0 && !quietLines.has(start.line + i)) {
        const line = lines[i]!;
        const m = /^(\s*)(:{2,})([A-Za-z][\w-]*)?/.exec(line)!;
        const source = { file, line: start.line + i, column: (i === 0 ? start.column : 1) + m[1]!.length };
        const written = `${m[2]}${m[3] ?? ''}`;
        const message =
          node.type === 'code'
            ? `\`${written}\` is indented, so Markdown reads it as code and it would print on the slide as typed; start it at the beginning of the line`
            : m[3] === undefined
              ? `a \`${m[2]}\` with no \`:::notes\` open: the notes above are already closed, or their \`:::notes\` line is missing, and this text would print on the participants' slide; remove the extra \`${m[2]}\` or add the \`:::notes\` line`
              : `\`${written}\` is not read as a directive here and would print on the slide as typed; put it on a line of its own, with a blank line before it`;
        diagnostics.push({ rule: 'module/stray-directive', message, source });
      }
      return;
    }
    // Inside notes only the facilitator reads the text, and what Markdown made of it is checked there.
    if (node.type === 'containerDirective' && !(CLIENT_FILTERS as readonly string[]).includes(node.name)) return;
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  for (const child of root.children) walk(child as Nodes);
}

/**
 * A fence never closed runs to the end of the module (or of its notes block): every heading, note and
 * directive after it would print on the slides as code, and the exercises would be gone.
 */
function checkUnclosedFences(root: Parent, file: string, text: string, diagnostics: Diagnostic[]): void {
  const walk = (node: Nodes): void => {
    if (node.type === 'code' && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
      const lines = text.slice(node.position.start.offset, node.position.end.offset).split('\n');
      const fence = /^[ \t>]*(`{3,}|~{3,})/.exec(lines[0]!)?.[1];
      if (fence === undefined) return;
      const closing = new RegExp(`^[ \\t>]*${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
      if (lines.length > 1 && closing.test(lines.at(-1)!)) return;
      const swallowed = lines.findIndex((line, i) => i > 0 && (DIRECTIVE_LIKE.test(line) || /^#{1,6}\s/.test(line)));
      const what =
        swallowed > 0
          ? `, \`${lines[swallowed]!.trim()}\` on line ${node.position.start.line + swallowed} among them,`
          : '';
      diagnostics.push({
        rule: 'module/unclosed-code',
        message: `the line ${fence} opens a code block that is never closed, so every line after it${what} would print on the slide as code; close it with a line holding ${fence}, or remove the stray line`,
        source: { file, line: node.position.start.line, column: node.position.start.column },
      });
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  for (const child of root.children) walk(child as Nodes);
}

function checkSpacedImagePaths(
  node: Extract<Nodes, { type: 'text' }>,
  file: string,
  text: string,
  diagnostics: Diagnostic[],
): void {
  const start = node.position?.start.offset;
  if (start === undefined) return;
  const written = text.slice(start, node.position!.end.offset);
  for (const m of written.matchAll(SPACED_IMAGE)) {
    const before = text.slice(0, start + m.index);
    const line = before.split('\n').length;
    const column = start + m.index - before.lastIndexOf('\n');
    const path = m[1]!;
    diagnostics.push({
      rule: 'module/image-path-space',
      message: `image path \`${path}\` holds a space, so Markdown reads no picture here and the slide would print the line as text; write it in angle brackets, ![…](<${path}>), or with %20 for each space (${path.replace(/ /g, '%20')})`,
      source: { file, line, column },
    });
  }
}

/** Walks the body, reporting misuse, and returns the directives and images it uses. */
export function checkModuleBody(
  file: string,
  text: string,
  root: Parent,
  diagnostics: Diagnostic[],
): { directives: DirectiveUse[]; images: ImageUse[]; filters: ClientFilterUse[] } {
  const check = new BodyCheck(file, text, diagnostics);
  for (const child of root.children) check.visit(child as Nodes, undefined, false);
  checkExerciseSlideMinutes(root, check.at, diagnostics);
  checkStrayDirectives(root, file, text, diagnostics, check.quietLines);
  checkUnclosedFences(root, file, text, diagnostics);
  return { directives: check.directives, images: check.images, filters: check.filters };
}

/** One walk over a module's tree: what it uses (directives, pictures, client filters) and what is wrong in it. */
class BodyCheck {
  readonly directives: DirectiveUse[] = [];
  readonly filters: ClientFilterUse[] = [];
  readonly images: ImageUse[] = [];
  /** Notes blocks already reported for holding another: one report each. */
  private readonly leftOpen = new Set<Nodes>();
  /** Notes, and lines, already explained by a filter block sharing their closing `:::`. */
  private readonly quiet = new Set<Nodes>();
  readonly quietLines = new Set<number>();

  constructor(
    private readonly file: string,
    private readonly text: string,
    private readonly diagnostics: Diagnostic[],
  ) {}

  readonly at = (node: Nodes): Source => ({
    file: this.file,
    line: node.position?.start.line ?? 1,
    column: node.position?.start.column ?? 1,
  });

  /** `notes`: the notes block the node is in, if any; `nested`: it is inside a list, quote or table. */
  visit(node: Nodes, notes: Nodes | undefined, nested: boolean): void {
    if ((node.type === 'leafDirective' || node.type === 'containerDirective') && nested && notes === undefined) {
      // Slides are cut from the module's top level: a directive inside a list or quote has no slide to fill.
      const written = node.type === 'leafDirective' ? `::${node.name}` : `:::${node.name}`;
      this.diagnostics.push({
        rule: 'module/nested-directive',
        message: `\`${written}\` is inside a list or quote; put it on a line of its own at the start of the line, outside lists and quotes`,
        source: this.at(node),
      });
      return;
    }
    if (node.type === 'leafDirective') return this.leaf(node, notes !== undefined);
    if (node.type === 'containerDirective') return this.container(node, notes, nested);
    if (node.type === 'image') return this.image(node);
    if (node.type === 'text') checkSpacedImagePaths(node, this.file, this.text, this.diagnostics);
    if (node.type === 'imageReference' || node.type === 'definition') {
      if (node.type === 'imageReference')
        this.diagnostics.push({
          rule: 'module/image-reference',
          message: 'reference-style images are not supported; write ![alt text](assets/file.png)',
          source: this.at(node),
        });
      return;
    }
    if ('children' in node) {
      const inside = nested || ['list', 'blockquote', 'listItem', 'table'].includes(node.type);
      for (const child of node.children) this.visit(child as Nodes, notes, inside);
    }
  }

  private leaf(node: Extract<Nodes, { type: 'leafDirective' }>, inNotes: boolean): void {
    if (!(DIRECTIVE_NAMES as readonly string[]).includes(node.name)) {
      this.diagnostics.push({
        rule: 'module/unknown-directive',
        message: `unknown directive \`::${node.name}\`${didYouMean(node.name, DIRECTIVE_NAMES) || `; expected one of ${listOf(DIRECTIVE_NAMES.map((n) => `::${n}`))}`}`,
        source: this.at(node),
      });
    } else if (inNotes) {
      this.diagnostics.push({
        rule: 'module/directive-in-notes',
        message: `\`::${node.name}\` inside \`:::notes\`; speaker notes hold text only, move the directive out of the notes`,
        source: this.at(node),
      });
    } else if (!node.attributes?.id) {
      this.diagnostics.push({
        rule: 'module/directive-id',
        message: `\`::${node.name}\` needs an id, written \`::${node.name}{#the-id}\``,
        source: this.at(node),
      });
    } else this.directives.push({ name: node.name as DirectiveName, id: node.attributes.id, source: this.at(node) });
  }

  private container(node: Extract<Nodes, { type: 'containerDirective' }>, notes: Nodes | undefined, nested: boolean) {
    if (!CONTAINER_NAMES.includes(node.name)) {
      this.diagnostics.push({
        rule: 'module/unknown-container',
        message: `unknown container \`:::${node.name}\`${didYouMean(node.name, CONTAINER_NAMES) || '; expected `:::notes`, `:::only` or `:::except`'}`,
        source: this.at(node),
      });
      return;
    }
    if (node.name !== 'notes') {
      const { use, sharedFence } = checkFilter(node, this.text, this.at(node), this.diagnostics);
      if (use) this.filters.push(use);
      // One mistake, one report: the notes and the `:::` after them are what the message explains.
      if (sharedFence) {
        this.quiet.add(sharedFence);
        this.quietLines.add((node.position?.end.line ?? 0) + 1);
      }
      for (const child of node.children) this.visit(child as Nodes, notes, nested);
      return;
    }
    checkNotesAttributes(node.attributes ?? {}, this.at(node), this.diagnostics);
    if (notes) {
      // Notes inside notes: the first block's closing `:::` is missing, and the slides between the
      // two became notes. The mistake is where that block starts, not here.
      if (!this.leftOpen.has(notes)) {
        this.leftOpen.add(notes);
        this.diagnostics.push({
          rule: 'module/unclosed-notes',
          message: `\`:::notes\` is not closed before the next \`:::notes\` on line ${this.at(node).line}, so everything between would become speaker notes; end these notes with a line holding \`:::\``,
          source: this.at(notes),
        });
      }
    } else if (!this.quiet.has(node) && !closed(this.text, node)) {
      // An unclosed container silently swallows the rest of the module into the notes.
      this.diagnostics.push({
        rule: 'module/unclosed-notes',
        message:
          '`:::notes` is never closed, so everything after it would become speaker notes; end the notes with a line holding `:::`',
        source: this.at(node),
      });
    }
    for (const child of node.children) this.visit(child as Nodes, node, nested);
  }

  private image(node: Extract<Nodes, { type: 'image' }>): void {
    if (!node.alt || node.alt.trim() === '') {
      this.diagnostics.push({
        rule: 'module/image-alt',
        message: `image \`${node.url}\` has no alt text; describe what it shows: ![What the picture shows](${node.url})`,
        source: this.at(node),
      });
    }
    this.images.push({ url: node.url, source: this.at(node) });
  }
}

/** `:::only{clients="a b"}` … `:::`: names at least one client, is closed, and has its own closing line. */
function checkFilter(
  node: Extract<Nodes, { type: 'containerDirective' }>,
  text: string,
  source: Source,
  diagnostics: Diagnostic[],
): { use?: ClientFilterUse; sharedFence?: Nodes } {
  const name = node.name as ClientFilterName;
  const example = `\`:::${name}{clients="acme"}\``;
  const unknown = Object.keys(node.attributes ?? {}).filter((attribute) => attribute !== 'clients');
  for (const attribute of unknown) {
    diagnostics.push({
      rule: 'module/filter-attribute',
      message: `unknown attribute \`${attribute}\` on \`:::${name}\`${didYouMean(attribute, ['clients']) || '; the only one is `clients`.'} Write the client ids as ${example}`,
      source,
    });
  }
  const ids = filterClients(node.attributes);
  if (ids.length === 0) {
    if (unknown.length === 0)
      diagnostics.push({
        rule: 'module/filter-attribute',
        message: `\`:::${name}\` names no client; list the client ids it is for, e.g. ${example}`,
        source,
      });
    return {};
  }
  const use = { name, ids, source };
  const end = node.position?.end;
  if (!closed(text, node)) {
    diagnostics.push({
      rule: 'module/unclosed-filter',
      message: `\`:::${name}\` is never closed, so the rest of the module would be ${name === 'only' ? 'only' : 'left out'} for ${listOf(ids)}; end it with a line holding \`:::\``,
      source,
    });
    return { use };
  }
  // Inner notes closed by the same `:::` as the filter: what followed was meant to be inside it.
  const last = node.children[node.children.length - 1];
  if (last?.type !== 'containerDirective' || last.position?.end.line !== end?.line) return { use };
  diagnostics.push({
    rule: 'module/filter-fence',
    message: `the \`:::\` on line ${end?.line} closes both \`:::${last.name}\` and this \`:::${name}\`; write the outer one with four colons, \`::::${name}{clients="${ids.join(' ')}"}\` … \`::::\`, so each has its own closing line`,
    source,
  });
  return { use, sharedFence: last as Nodes };
}
