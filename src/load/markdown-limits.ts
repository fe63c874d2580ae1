// Limits on what the Markdown parser is given: nesting hundreds of levels deep, or a paragraph made of thousands of
// emphasis or code markers, takes the parser minutes (it is superlinear there) and prints nothing readable anyway.
import type { Diagnostic } from '../diagnostics.js';

/** Quote and list levels one line may open: more than any slide can show. */
export const MAX_NESTING = 16;
/** Emphasis, code and link markers in one paragraph. */
export const MAX_MARKERS = 2000;

/** The depth of quotes and list items a line opens: `> > - x`, `- - x`, or a list item indented under others. */
function nesting(line: string): number {
  let depth = 0;
  let indent = 0;
  let i = 0;
  for (;;) {
    while (line[i] === ' ' || line[i] === '\t') indent += line[i++] === '\t' ? 4 : 1;
    if (line[i] === '>') {
      depth++;
      i++;
      if (line[i] === ' ') i++;
      continue;
    }
    const marker = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/.exec(line.slice(i, i + 11));
    if (marker) {
      depth++;
      i += marker[0].length;
      // The space after a marker separates it from what follows; it indents nothing.
      if (line[i] === ' ' || line[i] === '\t') i++;
      continue;
    }
    break;
  }
  // Each list level under another is indented by two spaces or more; indented text alone opens nothing.
  return depth === 0 ? 0 : depth + Math.floor(indent / 2);
}

/**
 * The text up to the first place past a limit, and an error there. The rest is not read: the build stops at
 * the error, and cutting (rather than blanking) keeps the parse fast and every position before it true.
 */
export function limitMarkdown(path: string, text: string): { text: string; diagnostics: Diagnostic[] } {
  const lines = text.split('\n');
  let fenced = false;
  let paragraphStart = 0;
  let markers = 0;
  // The list item the previous line opened, if it opened one: what may follow it as an item depends on it.
  let previousItem: ListItem | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') {
      paragraphStart = i + 1;
      markers = 0;
      previousItem = undefined;
      continue;
    }
    // Code keeps its indentation and markers: it is shown as written.
    if (/^ {0,3}(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) {
      previousItem = undefined;
      continue;
    }
    const depth = nesting(line);
    if (depth > MAX_NESTING) {
      return cut(lines, i, {
        rule: 'module/too-deep',
        message: `this line is nested ${depth} levels deep (quotes and list items); at most ${MAX_NESTING} are read, and no slide shows more than three readably: flatten it`,
        source: { file: path, line: i + 1, column: 1 },
      });
    }
    // A heading or a list item starts a new inline text of its own (a tight list has no blank lines),
    // and what follows a heading is a paragraph of its own.
    const afterBlank = i === 0 || lines[i - 1]!.trim() === '';
    const item = listItem(line);
    const opens = item !== undefined && (afterBlank ? item.indent < 4 : startsItem(item, previousItem));
    previousItem = opens ? item : undefined;
    if (opens || isHeading(line) || isHeading(lines[i - 1] ?? '')) {
      paragraphStart = i;
      markers = 0;
    }
    markers += countMarkers(line);
    if (markers > MAX_MARKERS) {
      return cut(lines, paragraphStart, {
        rule: 'module/too-many-markers',
        message: `this paragraph holds more than ${MAX_MARKERS} emphasis, code or link markers (*, _, backticks, [): split it, or put the text in a fenced code block`,
        source: { file: path, line: paragraphStart + 1, column: 1 },
      });
    }
  }
  return { text, diagnostics: [] };
}

function cut(lines: string[], at: number, diagnostic: Diagnostic): { text: string; diagnostics: Diagnostic[] } {
  return { text: lines.slice(0, at).join('\n'), diagnostics: [diagnostic] };
}

function isHeading(line: string): boolean {
  return /^ {0,3}#{1,6}(?:[ \t]|$)/.test(line);
}

/** A line's list marker (after any quote markers): how far it is indented, and the column its text starts at. */
interface ListItem {
  indent: number;
  /** Where the item's text starts: a line indented this far or more is inside the item. */
  content: number;
  /** Its number for an ordered item. */
  start?: number;
  empty: boolean;
}

function listItem(line: string): ListItem | undefined {
  const m = /^(?: {0,3}>[ \t]?)*([ \t]*)([-*+]|(\d{1,9})[.)])([ \t]*)(.*)$/.exec(line);
  if (!m || (m[4] === '' && m[5] !== '')) return undefined;
  const indent = [...m[1]!].reduce((col, c) => (c === '\t' ? col + 4 - (col % 4) : col + 1), 0);
  const gap = m[4]!.length;
  const empty = m[5]!.trim() === '';
  return {
    indent,
    content: indent + m[2]!.length + (empty || gap > 4 ? 1 : gap),
    ...(m[3] ? { start: Number(m[3]) } : {}),
    empty,
  };
}

/**
 * Whether a list marker right under a non-blank line starts an item, as CommonMark reads it. Under
 * an item and left of its text: a sibling, or an item of a new list. Otherwise it would interrupt
 * a paragraph (the line above, or the text of the item above when nested in it), which only a
 * bullet or `1.` with text after it does; `2. text` under a paragraph line continues the
 * paragraph, and a marker indented 4 or more past where a paragraph could hold it is its text.
 */
function startsItem(item: ListItem, previous: ListItem | undefined): boolean {
  if (previous && item.indent < previous.content) return true;
  if (item.indent >= (previous?.content ?? 0) + 4) return false;
  return !item.empty && (item.start === undefined || item.start === 1);
}

function countMarkers(line: string): number {
  let n = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    // * _ ` [
    if (c === 42 || c === 95 || c === 96 || c === 91) n++;
  }
  return n;
}
