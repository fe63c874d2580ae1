// Parses YAML while keeping the document tree, so any value can be traced back to its line and column.
import {
  type Document,
  isAlias,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  visit,
} from 'yaml';
import type { Diagnostic } from '../diagnostics.js';
import type { Source } from '../model/deck.js';
import type { MarkdownFieldSpec } from '../schema/markdown-fields.js';
import { type MarkdownField, parseMarkdownFields } from './markdown-fields.js';
import { CONTROL, controlCharacter, type TextFile } from './source-file.js';
import { syntaxErrors } from './yaml-errors.js';

export type PathKey = string | number;

export interface YamlSource {
  file: string;
  text: string;
  data: unknown;
  /** Lines before the YAML in its file (front matter starts after the opening `---`). */
  lineOffset: number;
  /** Position of the value at `path` (or of its key, with `key: true`); falls back to the nearest existing ancestor. */
  locate(path: readonly PathKey[], options?: { key?: boolean }): Source;
  /** Its Markdown fields (the schema's list, src/schema/markdown-fields.ts), parsed, in the order the schema lists them. */
  markdown: readonly MarkdownField[];
}

/** Alias expansion limit: stops "billion laughs" documents long before they exhaust memory. */
const MAX_ALIAS_COUNT = 100;

/**
 * Parses a YAML file. `lineOffset` shifts positions when the YAML is embedded (front matter); `markdown` names the
 * fields whose text is Markdown. Returns the parsed source, or the diagnostics that prevented parsing.
 */
export function parseYaml(
  file: TextFile,
  lineOffset = 0,
  markdown: readonly MarkdownFieldSpec[] = [],
): { source?: YamlSource; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  // logLevel 'error': the yaml package would otherwise print its warnings on stderr itself.
  const doc = parseDocument(file.text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    strict: true,
    logLevel: 'error',
  });
  const toSource = (offset: number): Source => {
    const { line, col } = lineCounter.linePos(offset);
    return { file: file.path, line: line + lineOffset, column: col };
  };
  const diagnostics = syntaxErrors(doc, file.text, toSource);
  if (diagnostics.length > 0) return { diagnostics };
  const escaped = escapedControl(doc, toSource);
  if (escaped) return { diagnostics: [escaped] };
  const read = readData(doc, toSource);
  if ('problem' in read) return { diagnostics: [read.problem] };

  const locate = (path: readonly PathKey[], options: { key?: boolean } = {}): Source => {
    const offset = offsetOf(doc, path, options.key === true);
    return toSource(offset);
  };
  const fields = parseMarkdownFields(doc, file.text, markdown, toSource);
  return {
    source: { file: file.path, text: file.text, data: read.data, lineOffset, locate, markdown: fields },
    diagnostics,
  };
}

/** The document as plain data, or why it has none: too many aliases to expand, or no content at all. */
function readData(doc: Document, toSource: (offset: number) => Source): { data: unknown } | { problem: Diagnostic } {
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message =
      error instanceof Error && /alias/i.test(error.message)
        ? `too many alias expansions (more than ${MAX_ALIAS_COUNT}); expected plain YAML without alias bombs`
        : `cannot read YAML: ${String(error)}`;
    return { problem: { rule: 'yaml/alias-limit', message, source: toSource(0) } };
  }
  if (data === null || data === undefined) {
    return {
      problem: {
        rule: 'file/empty',
        message: 'file has no YAML content; expected a mapping of fields',
        source: toSource(0),
      },
    };
  }
  return { data };
}

/**
 * A quoted YAML string can write a control character as an escape ("\x0b", "\u0007", "\0") that the
 * file's own bytes never show; its parsed value is refused like a raw one, at the string.
 * A lone surrogate ("\ud800") cannot be written in any artefact either.
 */
function escapedControl(doc: Document, toSource: (offset: number) => Source): Diagnostic | undefined {
  let found: Diagnostic | undefined;
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value !== 'string' || !node.range) return;
      const index = node.value.search(ESCAPED_UNWRITABLE);
      if (index < 0) return;
      const at = toSource(node.range[0]);
      const base = controlCharacter(node.value, index, at.file);
      const code = node.value.charCodeAt(index);
      const message =
        code === 0 || CONTROL.test(node.value[index]!)
          ? base.message.replace('delete it', 'delete the escape that writes it')
          : `a lone surrogate U+${code.toString(16).toUpperCase()} (half of an emoji or other character): no artefact can hold it; write the whole character`;
      found = { ...base, message, source: at };
      return visit.BREAK;
    },
  });
  return found;
}

// NUL too: CONTROL leaves it to `file/binary` for raw bytes, but "\0", "\x00" and "\u0000" write it with clean ones.
const ESCAPED_UNWRITABLE = new RegExp(
  `\u0000|${CONTROL.source}|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]`,
);

function offsetOf(doc: Document, path: readonly PathKey[], wantKey: boolean): number {
  let node: unknown = doc.contents;
  let best = rangeStart(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const step = path[i];
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && keyText(p.key) === String(step));
      if (!pair) return best;
      const last = i === path.length - 1;
      if (last && wantKey) return rangeStart(pair.key) ?? best;
      node = pair.value;
      best = rangeStart(node) ?? rangeStart(pair.key) ?? best;
      if (node === null) return rangeStart(pair.key) ?? best;
    } else if (isSeq(node) && typeof step === 'number') {
      const item = node.items[step];
      if (item === undefined) return best;
      node = item;
      best = rangeStart(node) ?? best;
    } else {
      return best;
    }
  }
  return best;
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

function rangeStart(node: unknown): number | undefined {
  if (isNode(node)) return (node as Node).range?.[0];
  return undefined;
}
