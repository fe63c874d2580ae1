// The yaml parser's errors in an author's words, placed where the mistake is rather than where the parser noticed it.
import type { Document, YAMLError } from 'yaml';
import type { Diagnostic } from '../diagnostics.js';
import type { Source } from '../model/deck.js';

/** The parse's errors: every duplicate key, but only the first syntax error. */
export function syntaxErrors(doc: Document, text: string, toSource: (offset: number) => Source): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  let syntaxReported = false;
  for (const error of doc.errors) {
    // After the first syntax error the parser is out of step, and what follows is mostly echo.
    if (error.code !== 'DUPLICATE_KEY') {
      if (syntaxReported) continue;
      syntaxReported = true;
    }
    diagnostics.push(describeParseError(error, text, toSource));
  }
  return diagnostics;
}

function describeParseError(error: YAMLError, text: string, toSource: (offset: number) => Source): Diagnostic {
  const rule = error.code === 'DUPLICATE_KEY' ? 'yaml/duplicate-key' : 'yaml/syntax';
  const lineStart = text.lastIndexOf('\n', error.pos[0] - 1) + 1;
  const lineText = text.slice(lineStart).split('\n')[0] ?? '';
  const unquotedVariable = /:\s+\{\{/.exec(lineText);
  const indented =
    error.code === 'BLOCK_AS_IMPLICIT_KEY' && !unquotedVariable
      ? overIndentedKey(text, error.pos[0], (offset) => toSource(offset).line)
      : undefined;
  const message =
    error.code === 'DUPLICATE_KEY'
      ? `duplicate key ${quoteKeyAt(text, error.pos[0])}; each key may appear once`
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
        : (indented?.offset ?? openerOf(error.message, text, error.pos[0]) ?? error.pos[0]);
  return { rule, message, source: toSource(at) };
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
