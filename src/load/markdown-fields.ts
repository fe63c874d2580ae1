// Parses the Markdown fields of a YAML file (instructions, notes, a case) once, into trees whose positions are in the
// YAML file, so validate checks and compose reads the same tree, as they do a module's.
import type { Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { type Document, isAlias, isMap, isScalar, isSeq, type Node } from 'yaml';
import type { Source } from '../model/deck.js';
import type { FieldPattern, MarkdownFieldSpec } from '../schema/markdown-fields.js';
import { remarkGfmParse } from './gfm.js';
import { valueOffsets } from './scalar-offsets.js';

export type FieldPath = readonly (string | number)[];

export interface MarkdownField {
  path: FieldPath;
  /** The Markdown as the schema reads the field: its value, trimmed where the schema trims it. */
  text: string;
  /** Every position is in the YAML file: line and column as diagnostics print them, offset into its text. */
  root: Root;
  /** Where the character at `index` of `text` was written in the YAML file (`text.length`: where the field ends). */
  at(index: number): Source;
  /** The part of `text` a node of `root` was parsed from. */
  span(node: Nodes): [number, number] | undefined;
}

// Fields hold no directives and no front matter: a `::` in an instruction is text, as it always was.
const processor = unified().use(remarkParse).use(remarkGfmParse);

/** Every Markdown field that `specs` name and the document holds as text, in the order of `specs`. */
export function parseMarkdownFields(
  doc: Document,
  text: string,
  specs: readonly MarkdownFieldSpec[],
  toSource: (offset: number) => Source,
): MarkdownField[] {
  const fields: MarkdownField[] = [];
  for (const spec of specs) {
    for (const { path, node } of scalarsAt(doc, doc.contents, spec.path, [])) {
      if (typeof node.value !== 'string' || !node.range || !node.type) continue;
      const value = node.value;
      const markdown = spec.trimmed ? value.trim() : value;
      const lead = spec.trimmed ? value.length - value.trimStart().length : 0;
      const offsets = valueOffsets(text, { type: node.type, start: node.range[0], end: node.range[1] }, value).slice(
        lead,
        lead + markdown.length + 1,
      );
      fields.push(placed(path, markdown, offsets, toSource));
    }
  }
  return fields;
}

/** The field at `path`, when it is Markdown and was written as text. */
export function markdownAt(fields: readonly MarkdownField[], path: FieldPath): MarkdownField | undefined {
  return fields.find((field) => field.path.length === path.length && field.path.every((key, i) => key === path[i]));
}

type Scalar = Node & { value: unknown; type?: string; range?: [number, number, number] | null };

/** The scalars a pattern matches, with their concrete paths; an alias stands for the node it names, where its text was written. */
function* scalarsAt(
  doc: Document,
  at: unknown,
  pattern: FieldPattern,
  path: (string | number)[],
): Generator<{ path: FieldPath; node: Scalar }> {
  const node = isAlias(at) ? at.resolve(doc) : at;
  if (pattern.length === 0) {
    if (isScalar(node)) yield { path, node: node as Scalar };
    return;
  }
  const [head, ...rest] = pattern;
  if (head === '*' && isSeq(node)) {
    for (let i = 0; i < node.items.length; i++) yield* scalarsAt(doc, node.items[i], rest, [...path, i]);
  } else if (head !== '*' && isMap(node)) {
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === head);
    if (pair) yield* scalarsAt(doc, pair.value, rest, [...path, head!]);
  }
}

/** Parses `markdown` and moves every position of its tree to the YAML file. */
function placed(
  path: FieldPath,
  markdown: string,
  offsets: readonly number[],
  toSource: (offset: number) => Source,
): MarkdownField {
  const root = processor.parse(markdown) as Root;
  const spans = new WeakMap<Nodes, [number, number]>();
  const move = (node: Nodes): void => {
    const position = node.position;
    if (position?.start.offset !== undefined && position.end.offset !== undefined) {
      spans.set(node, [position.start.offset, position.end.offset]);
      const point = (index: number) => {
        const offset = offsets[Math.min(index, offsets.length - 1)]!;
        const { line, column } = toSource(offset);
        return { line, column, offset };
      };
      node.position = { start: point(position.start.offset), end: point(position.end.offset) };
    }
    if ('children' in node) for (const child of node.children) move(child);
  };
  move(root);
  return {
    path,
    text: markdown,
    root,
    at: (index) => toSource(offsets[Math.min(index, offsets.length - 1)]!),
    span: (node) => spans.get(node),
  };
}
