// Checks a module's text against what Markdown made of it: directives it reads as text or code, a code fence never
// closed, and image paths it cannot read as pictures; each would print on the participants' slide as typed.
import type { Nodes, Parent } from 'mdast';
import { CLIENT_FILTERS } from '../content/modules.js';
import type { Diagnostic } from '../diagnostics.js';
import { SPACED_IMAGE } from './images.js';

/** Containers whose blocks are on the slide. */
const ON_THE_SLIDE: readonly string[] = [...CLIENT_FILTERS, 'reveal'];

/** `::name` or `:::name`, or a bare `:::` line; not `::1` (an IPv6 address) or `a :: b`. */
const DIRECTIVE_LIKE = /^\s*(?::{2,}[A-Za-z]|:{3,}\s*$)/;

/**
 * Lines that look like directives but that Markdown read as text or code, which would print on the
 * participants' slide: a `:::` left over (notes closed twice, or their `:::notes` line deleted), or
 * a directive indented four spaces (an indented code block). Fenced code keeps what it shows.
 */
export function checkStrayDirectives(
  root: Parent,
  file: string,
  text: string,
  diagnostics: Diagnostic[],
  quietLines: ReadonlySet<number>,
): void {
  const walk = (node: Nodes): void => {
    const start = node.position?.start;
    const end = node.position?.end;
    const fenced = node.type === 'code' && /^\s*(```|~~~)/.test(text.slice(start?.offset ?? 0));
    if (
      (node.type === 'paragraph' || (node.type === 'code' && !fenced)) &&
      start?.offset !== undefined &&
      end?.offset !== undefined
    ) {
      const lines = text.slice(start.offset, end.offset).split('\n');
      // One report per block: an indented notes block is one mistake, however many of its lines look like directives.
      const i = lines.findIndex((line) => DIRECTIVE_LIKE.test(line));
      if (i >= 0 && !quietLines.has(start.line + i)) {
        const line = lines[i]!;
        const m = /^(\s*)(:{2,})([A-Za-z][\w-]*)?/.exec(line)!;
        const source = { file, line: start.line + i, column: (i === 0 ? start.column : 1) + m[1]!.length };
        const written = `${m[2]}${m[3] ?? ''}`;
        const message =
          node.type === 'code'
            ? `\`${written}\` is indented, so Markdown reads it as code and it would print on the slide as typed; start it at the beginning of the line`
            : m[3] === undefined
              ? `a \`${m[2]}\` with no \`:::notes\` open: the notes above are already closed, or their \`:::notes\` line is missing, and this text would print on the participants' slide; remove the extra \`${m[2]}\` or add the \`:::notes\` line`
              : `\`${written}\` is not read as a directive here and would print on the slide as typed; put it on a line of its own, with a blank line before it`;
        diagnostics.push({ rule: 'module/stray-directive', message, source });
      }
      return;
    }
    // Inside notes only the facilitator reads the text, and what Markdown made of it is checked there; a filter's or a
    // reveal's blocks are on the slide.
    if (node.type === 'containerDirective' && !ON_THE_SLIDE.includes(node.name)) return;
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  for (const child of root.children) walk(child as Nodes);
}

/**
 * A fence never closed runs to the end of the module (or of its notes block): every heading, note and
 * directive after it would print on the slides as code, and the exercises would be gone.
 */
export function checkUnclosedFences(root: Parent, file: string, text: string, diagnostics: Diagnostic[]): void {
  const walk = (node: Nodes): void => {
    if (node.type === 'code' && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
      const lines = text.slice(node.position.start.offset, node.position.end.offset).split('\n');
      const fence = /^[ \t>]*(`{3,}|~{3,})/.exec(lines[0]!)?.[1];
      if (fence === undefined) return;
      const closing = new RegExp(`^[ \\t>]*${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
      if (lines.length > 1 && closing.test(lines.at(-1)!)) return;
      const swallowed = lines.findIndex((line, i) => i > 0 && (DIRECTIVE_LIKE.test(line) || /^#{1,6}\s/.test(line)));
      const what =
        swallowed > 0
          ? `, \`${lines[swallowed]!.trim()}\` on line ${node.position.start.line + swallowed} among them,`
          : '';
      diagnostics.push({
        rule: 'module/unclosed-code',
        message: `the line ${fence} opens a code block that is never closed, so every line after it${what} would print on the slide as code; close it with a line holding ${fence}, or remove the stray line`,
        source: { file, line: node.position.start.line, column: node.position.start.column },
      });
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  for (const child of root.children) walk(child as Nodes);
}

export function checkSpacedImagePaths(
  node: Extract<Nodes, { type: 'text' }>,
  file: string,
  text: string,
  diagnostics: Diagnostic[],
): void {
  const start = node.position?.start.offset;
  if (start === undefined) return;
  const written = text.slice(start, node.position!.end.offset);
  for (const m of written.matchAll(SPACED_IMAGE)) {
    const before = text.slice(0, start + m.index);
    const line = before.split('\n').length;
    const column = start + m.index - before.lastIndexOf('\n');
    const path = m[1]!;
    diagnostics.push({
      rule: 'module/image-path-space',
      message: `image path \`${path}\` holds a space, so Markdown reads no picture here and the slide would print the line as text; write it in angle brackets, ![…](<${path}>), or with %20 for each space (${path.replace(/ /g, '%20')})`,
      source: { file, line, column },
    });
  }
}
