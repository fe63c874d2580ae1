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
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') {
      paragraphStart = i + 1;
      markers = 0;
      continue;
    }
    // Code keeps its indentation and markers: it is shown as written.
    if (/^ {0,3}(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
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
    if (startsBlock(line) || isHeading(lines[i - 1] ?? '')) {
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

function startsBlock(line: string): boolean {
  return isHeading(line) || /^[ \t]*(?:>[ \t]?)*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/.test(line);
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
