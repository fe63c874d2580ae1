// A paragraph's runs as Markdown: the words exactly as shown, bold, italic, code-like fonts and links as Markdown
// marks. Every paragraph written is read back by the build's own Markdown parser; one whose words would not come
// back exactly is written without its marks, so formatting may be lost but a word never is.

import type { PhrasingContent, RootContent } from 'mdast';
import { parseMarkdown } from '../load/markdown.js';

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  /** A web address the run links to. */
  link?: string;
  /** A line break inside the paragraph (`a:br`). */
  br?: boolean;
}

/** Characters that may start Markdown anywhere in a line, and `{` (two make a variable, even escaped one by one). */
const INLINE_SPECIAL = /[\\`*_[\]<>~|&{]/g;

/** Text as Markdown that reads back as exactly this text (typed on one line). */
export function escapeText(text: string): string {
  return text.replace(INLINE_SPECIAL, (c) => `\\${c}`);
}

/** What would start a block at the head of a line (a heading, list, quote, rule, directive) made text. */
export function escapeLineStart(line: string): string {
  return line
    .replace(/^(\s*)([-+*]|#{1,6}|\d{1,9}[.)])(?=\s|$)/, (_m, space: string, mark: string) =>
      /^\d/.test(mark) ? `${space}${mark.slice(0, -1)}\\${mark.slice(-1)}` : `${space}\\${mark}`,
    )
    .replace(/^(\s*)([>]|[=-]+\s*$|:(?=:))/, '$1\\$2');
}

/** Whitespace as one space, control characters (PowerPoint's vertical tab among them) as spaces, no space at either end. */
export function cleanText(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f-\u009f\ufffe\uffff]/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** The runs as one line of Markdown, line breaks as `\` at a line's end followed by `indent`. */
export function runsToMarkdown(
  runs: readonly Run[],
  indent = '',
): { markdown: string; plain: string; lines: string[] } {
  const lines = splitLines(runs);
  const plain = lines.map((l) => cleanText(l.map((r) => r.text).join(''))).filter(Boolean);
  const marked = lines.map((l) => marks(normalised(l))).filter(Boolean);
  const candidate = marked.map((l, i) => (i === 0 ? escapeLineStart(l) : `${indent}${escapeLineStart(l)}`));
  const markdown = candidate.join('\\\n');
  if (readsBack(markdown, plain.join('\n'))) return { markdown, plain: plain.join(' '), lines: plain };
  // The marks did not survive the parser (emphasis next to punctuation, say): the words alone.
  const bare = plain.map((l, i) => `${i === 0 ? '' : indent}${escapeLineStart(escapeText(l))}`).join('\\\n');
  return { markdown: bare, plain: plain.join(' '), lines: plain };
}

function splitLines(runs: readonly Run[]): Run[][] {
  const lines: Run[][] = [[]];
  for (const run of runs) {
    if (run.br) lines.push([]);
    else lines.at(-1)!.push(run);
  }
  return lines;
}

/** Runs with clean whitespace, neighbours of the same look merged, trimmed at the line's ends. */
function normalised(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const text = run.text.replace(/[\u0000-\u001f\u007f-\u009f\ufffe\uffff]/g, ' ');
    if (!text) continue;
    const last = out.at(-1);
    if (last && sameLook(last, run)) last.text += text;
    else out.push({ ...run, text });
  }
  for (const [i, run] of out.entries()) {
    run.text = run.text.replace(/[ \t]+/g, ' ');
    // One space where two runs meet with a space each.
    if (i > 0 && run.text.startsWith(' ') && out[i - 1]!.text.endsWith(' ')) run.text = run.text.slice(1);
  }
  if (out[0]) out[0].text = out[0].text.trimStart();
  if (out.at(-1)) out.at(-1)!.text = out.at(-1)!.text.trimEnd();
  return out.filter((r) => r.text);
}

const sameLook = (a: Run, b: Run) =>
  !!a.bold === !!b.bold && !!a.italic === !!b.italic && !!a.code === !!b.code && a.link === b.link;

/** Links around their runs, bold around italic, code spans as they are. */
function marks(runs: readonly Run[]): string {
  let out = '';
  for (let i = 0; i < runs.length; ) {
    const link = runs[i]!.link;
    let j = i;
    while (j < runs.length && runs[j]!.link === link) j++;
    const inner = emphasised(runs.slice(i, j));
    out += link && inner.trim() ? wrapCore(inner, (core) => `[${core}](${destination(link)})`) : inner;
    i = j;
  }
  return out;
}

function emphasised(runs: readonly Run[]): string {
  let out = '';
  for (let i = 0; i < runs.length; ) {
    const bold = !!runs[i]!.bold;
    let j = i + 1;
    while (j < runs.length && !!runs[j]!.bold === bold) j++;
    const inner = runs
      .slice(i, j)
      .map((r) => piece(r))
      .join('');
    out += bold ? wrapCore(inner, (core) => `**${core}**`) : inner;
    i = j;
  }
  return out;
}

function piece(run: Run): string {
  // Code is shown as typed, so `{{` in it would be read as a variable: such code is written as text.
  if (run.code && run.text.trim() && !run.text.includes('{{')) return wrapCore(run.text, codeSpan);
  const text = escapeText(run.text);
  return run.italic ? wrapCore(text, (core) => `*${core}*`) : text;
}

/** `wrap` around the text without its spaces at either end (a mark next to a space is not a mark). */
function wrapCore(text: string, wrap: (core: string) => string): string {
  const start = text.length - text.trimStart().length;
  const core = text.trim();
  if (!core) return text;
  return `${text.slice(0, start)}${wrap(core)}${text.slice(start + core.length)}`;
}

function codeSpan(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A link's address as Markdown reads it back: in angle brackets where it has spaces or brackets, `&` kept from entities. */
function destination(url: string): string {
  const safe = url
    .replace(/\\/g, '\\\\')
    .replace(/&(?=#?\w+;)/g, '\\&')
    .replace(/[{}]/g, encodeURIComponent);
  return /[\s()<>]/.test(safe) ? `<${safe.replace(/[<>\s]/g, encodeURIComponent)}>` : safe;
}

/** Whether `markdown`, parsed as the build parses a module, shows exactly `plain` (lines joined by breaks). */
export function readsBack(markdown: string, plain: string): boolean {
  const { source } = parseMarkdown({ path: 'import.md', text: markdown });
  const nodes = source.root.children;
  if (nodes.length === 0) return plain === '';
  if (nodes.length !== 1 || nodes[0]!.type !== 'paragraph') return false;
  return textOf(nodes[0]!) === plain;
}

function textOf(node: RootContent | PhrasingContent): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return '\n';
  if ('children' in node) return (node.children as PhrasingContent[]).map(textOf).join('');
  return 'value' in node ? `\u0000${String(node.value)}` : '\u0000';
}
