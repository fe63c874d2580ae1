// Checks a `:::reveal` block: what it holds can appear on a click (text, lists, `###` headings, quotes, code), it holds
// something, takes no attributes, and is closed. A reveal inside another or inside notes is BodyCheck's to report, as
// only the walk knows what a block is inside.
import type { Nodes, RootContent } from 'mdast';
import { CLIENT_FILTERS } from '../content/modules.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Source } from '../model/deck.js';

export const REVEAL = 'reveal';

type Container = Extract<Nodes, { type: 'containerDirective' }>;

/** What a `:::reveal` holds, its client filters opened (their blocks keep their place), HTML comments left out. */
function shownBlocks(children: readonly RootContent[]): RootContent[] {
  return children.flatMap((child): RootContent[] => {
    if (child.type === 'containerDirective' && (CLIENT_FILTERS as readonly string[]).includes(child.name))
      return shownBlocks(child.children);
    if (child.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/.test(child.value)) return [];
    return child.type === 'definition' ? [] : [child];
  });
}

/** Why a block cannot appear on a click, in the author's words; undefined when it can. */
function refusal(node: RootContent, directives: readonly string[]): { message: string; at: Nodes } | undefined {
  const why = 'put it before or after the `:::reveal` block';
  if (node.type === 'heading' && node.depth <= 2)
    return {
      message: `a \`${'#'.repeat(node.depth)}\` heading inside \`:::reveal\` starts a new slide, so the block would be cut in two; close the \`:::reveal\` before the heading (a \`###\` heading may appear on a click)`,
      at: node,
    };
  if (node.type === 'thematicBreak')
    return {
      message: `\`---\` inside \`:::reveal\` starts a new slide, so the block would be cut in two; ${why}`,
      at: node,
    };
  if (node.type === 'leafDirective' && directives.includes(node.name))
    return { message: `\`::${node.name}\` fills a slide of its own and cannot appear on a click; ${why}`, at: node };
  if (node.type === 'containerDirective' && node.name === 'notes')
    return {
      message: `\`:::notes\` inside \`:::reveal\`: speaker notes are not on the slide; ${why.replace('it', 'them')}`,
      at: node,
    };
  if (node.type === 'table')
    return {
      message: `a table inside \`:::reveal\`: text, lists, \`###\` headings, quotes and code appear on a click, tables and pictures do not; ${why}`,
      at: node,
    };
  const picture = node.type === 'paragraph' ? node.children.find((c) => c.type === 'image') : undefined;
  if (picture)
    return {
      message: `a picture inside \`:::reveal\`: text, lists, \`###\` headings, quotes and code appear on a click, tables and pictures do not; ${why}`,
      at: picture,
    };
  return undefined;
}

/** Reports what is wrong with one `:::reveal` block (not what it is inside). */
export function checkReveal(
  node: Container,
  closed: boolean,
  at: (node: Nodes) => Source,
  directives: readonly string[],
  diagnostics: Diagnostic[],
): void {
  const attributes = Object.keys(node.attributes ?? {});
  if (attributes.length > 0)
    diagnostics.push({
      rule: 'module/reveal-attribute',
      message: `\`:::reveal\` takes no attributes (found \`${attributes[0]}\`): each top-level list item, paragraph, \`###\` heading, quote or code block inside it appears on a click of its own; write \`:::reveal\` alone on its line`,
      source: at(node),
    });
  if (!closed) {
    diagnostics.push({
      rule: 'module/unclosed-reveal',
      message:
        '`:::reveal` is never closed, so the rest of the module would appear click by click; end the block with a line holding `:::`',
      source: at(node),
    });
    return;
  }
  const blocks = shownBlocks(node.children);
  if (blocks.length === 0)
    diagnostics.push({
      rule: 'module/reveal-empty',
      message:
        '`:::reveal` holds nothing to show; put the list or paragraphs that should appear click by click between `:::reveal` and its closing `:::`, or remove the two lines',
      source: at(node),
    });
  for (const block of blocks) {
    const refused = refusal(block, directives);
    if (refused) diagnostics.push({ rule: 'module/reveal-content', message: refused.message, source: at(refused.at) });
  }
}
