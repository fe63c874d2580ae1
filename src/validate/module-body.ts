// Checks a module's Markdown body: directives and their ids, containers, images and their alt text.
import type { Nodes, Parent } from 'mdast';
import { CLIENT_FILTERS, filterClients } from '../content/modules.js';
import type { ClientFilterName, ClientFilterUse, DirectiveName, DirectiveUse } from '../content/types.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Source } from '../model/deck.js';
import { didYouMean, listOf } from '../util/suggest.js';
import { checkExerciseSlideMinutes, checkNotesAttributes } from './module-notes.js';
import { checkReveal, REVEAL } from './module-reveal.js';
import { checkSpacedImagePaths, checkStrayDirectives, checkUnclosedFences } from './module-text.js';

export const DIRECTIVE_NAMES: readonly DirectiveName[] = ['comparison', 'styles', 'exercise', 'answers'];
const CONTAINER_NAMES = ['notes', REVEAL, ...CLIENT_FILTERS];

/** Whether a container is closed by a `:::` line of its own (otherwise it swallows the rest of the module). */
function closed(text: string, node: Nodes): boolean {
  return /(^|\n)\s*:{3,}\s*$/.test(text.slice(0, node.position?.end.offset ?? 0));
}

export interface ImageUse {
  url: string;
  source: Source;
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
  /** The `:::reveal` block the walk is in, if any. */
  private revealing: Extract<Nodes, { type: 'containerDirective' }> | undefined;

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
        message: `unknown container \`:::${node.name}\`${didYouMean(node.name, CONTAINER_NAMES) || '; expected `:::notes`, `:::reveal`, `:::only` or `:::except`'}`,
        source: this.at(node),
      });
      return;
    }
    if (node.name === REVEAL) return this.reveal(node, notes, nested);
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

  /** A `:::reveal` block: checked on its own, unless it is where nothing can appear on a click (notes, another reveal). */
  private reveal(node: Extract<Nodes, { type: 'containerDirective' }>, notes: Nodes | undefined, nested: boolean) {
    const outer = this.revealing;
    if (notes || outer) {
      const where = notes
        ? `inside \`:::notes\` (line ${this.at(notes).line}), which are not on the slide; move the block out of the notes`
        : `inside another \`:::reveal\` (line ${this.at(outer!).line}), whose blocks each appear on a click already; remove the inner \`:::reveal\` line`;
      this.diagnostics.push({ rule: 'module/reveal-nested', message: `\`:::reveal\` ${where}`, source: this.at(node) });
      // One `:::` closed this block and the one around it: the `:::` after it is this mistake, reported.
      const end = node.position?.end.line;
      if ((notes ?? outer)?.position?.end.line === end) this.quietLines.add((end ?? 0) + 1);
    } else {
      // A block whose `:::` a filter around it shares is reported there, as that fence.
      const shut = this.quiet.has(node) || closed(this.text, node);
      checkReveal(node, shut, this.at, DIRECTIVE_NAMES, this.diagnostics);
    }
    // Notes inside (reported), closed by the same `:::` as this block: neither they nor the `:::` after are another mistake.
    const last = node.children.at(-1);
    const end = node.position?.end.line;
    if (last?.type === 'containerDirective' && last.name === 'notes' && last.position?.end.line === end) {
      this.quiet.add(last as Nodes);
      this.quietLines.add((end ?? 0) + 1);
    }
    this.revealing = node;
    for (const child of node.children) this.visit(child as Nodes, notes, nested);
    this.revealing = outer;
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
