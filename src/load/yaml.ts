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
  const diagnostics: Diagnostic[] = [];
  let syntaxReported = false;
  for (const error of doc.errors) {
    // After the first syntax error the parser is out of step, and what follows is mostly echo.
    if (error.code !== 'DUPLICATE_KEY') {
      if (syntaxReported) continue;
      syntaxReported = true;
    }
    const rule = error.code === 'DUPLICATE_KEY' ? 'yaml/duplicate-key' : 'yaml/syntax';
    const lineStart = file.text.lastIndexOf('\n', error.pos[0] - 1) + 1;
    const lineText = file.text.slice(lineStart).split('\n')[0] ?? '';
    const unquotedVariable = /:\s+\{\{/.exec(lineText);
    const indented =
      error.code === 'BLOCK_AS_IMPLICIT_KEY' && !unquotedVariable
        ? overIndentedKey(file.text, error.pos[0], (offset) => toSource(offset).line)
        : undefined;
    const message =
      error.code === 'DUPLICATE_KEY'
        ? `duplicate key ${quoteKeyAt(file.text, error.pos[0])}; each key may appear once`
        : unquotedVariable
          ? 'YAML syntax error: a value that starts with {{ must be in quotes, e.g. subtitle: "{{client.name}} edition"'
          : (indented?.message ?? describeYamlError(error.code, error.message));
    // The reader runs out of stack wherever the engine's stack ends: point at where the nesting starts instead.
    const overflow = /Maximum call stack size exceeded/.test(error.message)
      ? lineStart + Math.max(0, lineText.search(/[[{]/))
      : undefined;
    const at =
      overflow !== undefined
        ? overflow
        : unquotedVariable
          ? lineStart + unquotedVariable.index + unquotedVariable[0].indexOf('{')
          : (indented?.offset ?? openerOf(error.message, file.text, error.pos[0]) ?? error.pos[0]);
    diagnostics.push({ rule, message, source: toSource(at) });
  }
  if (diagnostics.length > 0) return { diagnostics };
  const escaped = escapedControl(doc, toSource);
  if (escaped) return { diagnostics: [escaped] };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message =
      error instanceof Error && /alias/i.test(error.message)
        ? `too many alias expansions (more than ${MAX_ALIAS_COUNT}); expected plain YAML without alias bombs`
        : `cannot read YAML: ${String(error)}`;
    return { diagnostics: [{ rule: 'yaml/alias-limit', message, source: toSource(0) }] };
  }
  if (data === null || data === undefined) {
    return {
      diagnostics: [
        { rule: 'file/empty', message: 'file has no YAML content; expected a mapping of fields', source: toSource(0) },
      ],
    };
  }

  const locate = (path: readonly PathKey[], options: { key?: boolean } = {}): Source => {
    const offset = offsetOf(doc, path, options.key === true);
    return toSource(offset);
  };
  const fields = parseMarkdownFields(doc, file.text, markdown, toSource);
  return { source: { file: file.path, text: file.text, data, lineOffset, locate, markdown: fields }, diagnostics };
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

function quoteKeyAt(text: string, offset: number): string {
  const match = /^[^:\n]+/.exec(text.slice(offset));
  return match ? `\`${match[0].trim()}\`` : 'key';
}

/**
 * `key: value` followed by a line indented further, such as
 *   - aspect: Focus
 *      values: [...]
 * reads as one value "Focus values: [...]", and the parser complains about the colon on the first
 * line. When that line's value has no colon of its own, the cause is the next line's indentation:
 * point there and say which column it belongs in.
 */
function overIndentedKey(
  text: string,
  errorOffset: number,
  lineOf: (offset: number) => number,
): { offset: number; message: string } | undefined {
  const lineStart = text.lastIndexOf('\n', errorOffset - 1) + 1;
  const lineEnd = text.indexOf('\n', errorOffset);
  const line = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
  const valueOnLine = line.slice(errorOffset - lineStart);
  if (/:(\s|$)/.test(valueOnLine) || lineEnd < 0) return undefined;
  const key = /^((?:\s*-\s+)*\s*)([^\s#][^:]*?):\s/.exec(line);
  if (!key) return undefined;
  // The next line with content.
  let next = lineEnd + 1;
  while (next < text.length) {
    const end = text.indexOf('\n', next);
    const candidate = text.slice(next, end < 0 ? undefined : end);
    if (candidate.trim() !== '' && !candidate.trim().startsWith('#')) break;
    if (end < 0) return undefined;
    next = end + 1;
  }
  const nextLine = text.slice(next, text.indexOf('\n', next) < 0 ? undefined : text.indexOf('\n', next));
  const nextKey = /^(\s*)([^\s#-][^:]*?):(\s|$)/.exec(nextLine);
  const keyColumn = key[1]!.length;
  if (!nextKey || nextKey[1]!.length <= keyColumn) return undefined;
  const extra = nextKey[1]!.length - keyColumn;
  return {
    offset: next + nextKey[1]!.length,
    message: `YAML syntax error: \`${nextKey[2]}:\` is indented ${extra === 1 ? 'one space' : `${extra} spaces`} further than \`${key[2]}:\` on line ${lineOf(lineStart)}, so YAML reads it as part of that value; start it in column ${keyColumn + 1}, under \`${key[2]}\``,
  };
}

/**
 * The parser notices an unclosed quote or bracket where the file ends or the next key starts;
 * the author needs the line where it was opened.
 */
function openerOf(message: string, text: string, errorOffset: number): number | undefined {
  const unclosedQuote = /Missing closing .?quote/i.test(message);
  const unclosedBracket = /end with an? [\]}]/.test(message);
  if (!unclosedQuote && !unclosedBracket) return undefined;
  const brackets: number[] = [];
  let quote: { char: string; at: number } | undefined;
  for (let i = 0; i < errorOffset && i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (quote.char === '"' && c === '\\') i++;
      else if (c === quote.char) {
        if (quote.char === "'" && text[i + 1] === "'") i++;
        else quote = undefined;
      }
      continue;
    }
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      while (i < text.length && text[i] !== '\n') i++;
    } else if ((c === '"' || c === "'") && (i === 0 || /[\s:,[{-]/.test(text[i - 1]!))) {
      quote = { char: c, at: i };
    } else if (c === '[' || c === '{') {
      brackets.push(i);
    } else if ((c === ']' || c === '}') && brackets.length) {
      brackets.pop();
    }
  }
  if (unclosedQuote && quote) return quote.at;
  if (unclosedBracket && brackets.length) return brackets[brackets.length - 1];
  return undefined;
}

const YAML_HINTS: Record<string, string> = {
  BAD_INDENT: 'indentation does not line up; check that items at the same level start in the same column',
  MISSING_CHAR: 'a closing character is missing (a quote, ] or })',
  MULTILINE_IMPLICIT_KEY:
    'this line has no `key:` of its own, so YAML reads it with the next line as one key; write `key: value`, or add the missing colon or quote',
  BLOCK_AS_IMPLICIT_KEY: 'a nested block is used as a key; check the indentation and colons',
  TAB_AS_INDENT: 'tabs are used for indentation; YAML needs spaces',
  UNEXPECTED_TOKEN: 'unexpected character',
  BAD_SCALAR_START: 'a value starts with a character YAML reserves; quote the value',
};

function describeYamlError(code: string, message: string): string {
  const first = message.split('\n')[0]?.replace(/ at line \d+, column \d+.*$/, '') ?? message;
  if (/Maximum call stack size exceeded/.test(first))
    return 'YAML syntax error: lists or mappings are nested thousands of levels deep here, deeper than the reader follows; no workshop field nests more than a few levels: remove the extra [ or { (or indentation)';
  if (/Nested mappings are not allowed in compact mappings/.test(first))
    return 'YAML syntax error: a value contains ": " (a colon and a space); put the whole value in quotes';
  if (/Implicit map keys need to be followed by map values/.test(first))
    return 'YAML syntax error: this line has no `key:`; write `key: value`, or indent it under the key it belongs to';
  if (/Missing closing .?quote/i.test(first))
    return 'YAML syntax error: a quoted value is never closed; add the closing quote';
  if (/end with an? [\]}]/.test(first))
    return first.includes(']')
      ? 'YAML syntax error: a [ list is never closed; add the closing ]'
      : 'YAML syntax error: a { mapping is never closed; add the closing }';
  const hint = YAML_HINTS[code];
  return hint ? `YAML syntax error: ${hint} (${first})` : `YAML syntax error: ${first}`;
}
