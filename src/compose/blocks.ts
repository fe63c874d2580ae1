// Turns Markdown (mdast) into the deck model's blocks and inline runs, substituting variables.
import type { BlockContent, Nodes, PhrasingContent, RootContent } from 'mdast';
import { normaliseImagePath } from '../content/image-path.js';
import type { ImageAsset } from '../content/types.js';
import { substitute } from '../content/variables.js';
import { type FieldPath, markdownAt } from '../load/markdown-fields.js';
import type { YamlSource } from '../load/yaml.js';
import type { Block, ImageRef, Inline, ListItem, Run, Source } from '../model/deck.js';
import { numberClicks, onAClick } from './clicks.js';
import { htmlText, type InlineContext, inline, trimInline } from './inline.js';
import { curlyQuotes } from './typography.js';

export interface BlockContext extends InlineContext {
  /** The file the tree's positions are in (a module, or the YAML file of a Markdown field). */
  file: string;
  images: ReadonlyMap<string, ImageAsset>;
}

/**
 * The blocks of a Markdown field of a YAML file (instructions, notes, a case), from the tree load parsed, placed at
 * that field. The tree is shared by every client's model: it is only read (toBlocks builds new objects).
 */
export function markdownField(
  source: YamlSource,
  path: FieldPath,
  values: Readonly<Record<string, string>>,
  images: ReadonlyMap<string, ImageAsset>,
): Block[] {
  const field = markdownAt(source.markdown, path);
  // The schema lists the field and validation found text there, so load parsed it: a missing tree is our mistake.
  if (!field) throw new Error(`${source.file}: the Markdown field ${path.join('.')} was not parsed`);
  const at = source.locate(path);
  const context: BlockContext = { file: at.file, values, images };
  return toBlocks(field.root.children, context).map((b) => ({ ...b, source: at }));
}

/**
 * Converts top-level Markdown nodes to blocks, those of a `:::reveal` with their clicks counted from 1 through the
 * nodes (one slide's body). Directives and thematic breaks are the caller's business.
 */
export function toBlocks(nodes: readonly RootContent[], context: BlockContext): Block[] {
  const out: Block[] = [];
  for (const node of nodes) out.push(...toBlock(node, context));
  return numberClicks(out);
}

function sourceOf(node: Nodes, context: BlockContext): Source {
  const start = node.position?.start;
  return { file: context.file, line: start?.line ?? 1, column: start?.column ?? 1 };
}

function toBlock(node: RootContent, context: BlockContext): Block[] {
  const source = sourceOf(node, context);
  switch (node.type) {
    case 'paragraph':
      return paragraphBlocks(node.children, source, context);
    case 'heading':
      return [{ kind: 'heading', depth: node.depth, content: inline(node.children, context), source }];
    case 'list':
      return [
        {
          kind: 'list',
          ordered: node.ordered === true,
          start: node.start ?? 1,
          items: node.children.map((item) => listItem(item.children, context, 1)),
          source,
        },
      ];
    case 'table': {
      const [head, ...body] = node.children;
      const cells = (row: typeof head) => (row?.children ?? []).map((cell) => inline(cell.children, context));
      return [
        {
          kind: 'table',
          header: cells(head),
          rows: body.map(cells),
          align: (node.align ?? []).map((a) => a ?? null),
          source,
        },
      ];
    }
    case 'blockquote':
      return [quote(node.children, source, context)];
    case 'code':
      return [{ kind: 'code', text: substitute(node.value, context.values), source }];
    case 'html': {
      // Authors park remarks in HTML comments; other HTML shows as the author typed it, tags and all, never as markup.
      const text = htmlText(node.value);
      return text
        ? [{ kind: 'paragraph', content: [{ text: curlyQuotes(substitute(text, context.values)) }], source }]
        : [];
    }
    case 'containerDirective':
      return node.name === 'reveal' ? node.children.flatMap((child) => toBlock(child, context)).map(onAClick) : [];
    case 'footnoteDefinition':
      return node.children
        .flatMap((child) => toBlock(child, context))
        .map((b) =>
          b.kind === 'paragraph'
            ? { ...b, content: [{ text: `[${node.label ?? node.identifier}] ` }, ...b.content] }
            : b,
        );
    default:
      return [];
  }
}

/** A paragraph that holds images becomes image blocks plus the remaining text, in order. */
function paragraphBlocks(children: PhrasingContent[], source: Source, context: BlockContext): Block[] {
  const out: Block[] = [];
  let pending: PhrasingContent[] = [];
  const flush = () => {
    const content = trimInline(inline(pending, context));
    if (content.length > 0) out.push({ kind: 'paragraph', content, source });
    pending = [];
  };
  for (const child of children) {
    if (child.type === 'image') {
      flush();
      const image = imageRef(child.url, child.alt ?? '', child.title ?? '', context);
      if (image) out.push({ kind: 'image', image, source: sourceOf(child, context) });
    } else {
      pending.push(child);
    }
  }
  flush();
  return out;
}

function imageRef(url: string, alt: string, title: string, context: BlockContext): ImageRef | undefined {
  const { path } = normaliseImagePath(url);
  const asset = path ? context.images.get(path) : undefined;
  if (!asset) return undefined;
  const caption = curlyQuotes(substitute(title, context.values).replace(/\s+/g, ' ').trim());
  return {
    path: url,
    mime: asset.mime,
    width: asset.width,
    height: asset.height,
    data: asset.bytes,
    alt: substitute(alt, context.values),
    ...(caption ? { caption } : {}),
  };
}

function listItem(children: BlockContent[] | readonly RootContent[], context: BlockContext, depth: number): ListItem {
  const content: Inline = [];
  const nested: ListItem[] = [];
  for (const child of children) {
    if (child.type === 'list') {
      for (const item of child.children) {
        const converted = listItem(item.children, context, depth + 1);
        // Only two levels fit a slide: deeper items join the second level, in order.
        if (depth >= 2) nested.push({ content: converted.content, children: [] }, ...converted.children);
        else nested.push(converted);
      }
    } else if (child.type === 'paragraph' || child.type === 'heading') {
      if (content.length > 0) content.push({ text: ' ' });
      content.push(...inline(child.children, context));
    } else {
      const text = toBlock(child as RootContent, context)
        .map(plainText)
        .join(' ');
      if (text) content.push({ text: (content.length ? ' ' : '') + text });
    }
  }
  return { content: trimInline(content), children: nested };
}

function quote(children: readonly RootContent[], source: Source, context: BlockContext): Block {
  const paragraphs: Inline[] = [];
  let attribution: string | undefined;
  children.forEach((child, index) => {
    if (child.type !== 'paragraph') {
      const text = toBlock(child, context).map(plainText).join(' ');
      if (text) paragraphs.push([{ text }]);
      return;
    }
    const runs = inline(child.children, context, true);
    if (index === children.length - 1) {
      const split = splitAttribution(runs);
      attribution = split.attribution;
      if (split.body.length)
        paragraphs.push(trimInline(split.body.map((r) => ({ ...r, text: r.text.replace(/\n/g, ' ') }))));
    } else {
      paragraphs.push(trimInline(runs.map((r) => ({ ...r, text: r.text.replace(/\n/g, ' ') }))));
    }
  });
  return attribution ? { kind: 'quote', paragraphs, attribution, source } : { kind: 'quote', paragraphs, source };
}

/** The last line of a quote that starts with an em dash (or `--`) is its attribution. */
function splitAttribution(runs: Run[]): { body: Run[]; attribution?: string } {
  const text = runs.map((r) => r.text).join('');
  const match = /(^|\n)\s*(?:—|--|―)\s*([^\n]+)\s*$/.exec(text);
  if (!match) return { body: runs };
  const cut = match.index + match[1]!.length;
  const body: Run[] = [];
  let offset = 0;
  for (const run of runs) {
    const end = offset + run.text.length;
    if (offset < cut) body.push({ ...run, text: run.text.slice(0, Math.max(0, cut - offset)) });
    offset = end;
  }
  return { body, attribution: match[2]!.trim() };
}

/** Plain text of a block, for notes and for text-only contexts. */
export function plainText(block: Block): string {
  const runs = (content: Inline) => content.map((r) => r.text).join('');
  switch (block.kind) {
    case 'paragraph':
    case 'heading':
      return runs(block.content);
    case 'list':
      return block.items.map((i) => runs(i.content)).join('; ');
    case 'table':
      return [block.header, ...block.rows].map((row) => row.map(runs).join(' | ')).join('\n');
    case 'quote':
      return block.paragraphs.map(runs).join(' ') + (block.attribution ? ` — ${block.attribution}` : '');
    case 'image':
      return block.image.alt;
    case 'code':
      return block.text;
  }
}
