// What a module's Markdown says that a slide cannot show as written: warnings, since the build still makes slides of it.
import type { Nodes, RootContent } from 'mdast';
import type { Diagnostic } from '../diagnostics.js';
import type { Source } from '../model/deck.js';
import { htmlText } from './inline.js';

/** Tags of HTML an author means as markup; anything else in angle brackets (`<Ltd>`, `<name>`) is text they mean to show. */
const HTML_TAG =
  /<\/?(?:a|abbr|b|big|blockquote|center|code|del|div|em|font|h[1-6]|hr|i|img|ins|kbd|li|mark|ol|p|pre|s|small|span|strike|strong|sub|sup|table|td|th|tr|u|ul)\b[^>]*>/i;

/** List levels a slide shows; deeper items join the second. */
const LIST_LEVELS = 2;

/** Raw HTML printed as text, and lists deeper than a slide shows, each once at its first line. */
export function contentWarnings(nodes: readonly RootContent[], at: (node: RootContent) => Source): Diagnostic[] {
  const out: Diagnostic[] = [];
  // An inline tag comes with its closing one: one warning a line.
  const htmlLines = new Set<number>();
  const walk = (node: Nodes, listDepth: number): void => {
    if (node.type === 'html') {
      const shown = htmlText(node.value);
      const tag = HTML_TAG.exec(shown)?.[0];
      const line = node.position?.start.line ?? 0;
      if (tag && !htmlLines.has(line)) {
        htmlLines.add(line);
        out.push({
          rule: 'module/raw-html',
          message: `raw HTML \`${tag}\` prints on the slide as text, tags and all; write Markdown instead (**bold**, *italic*, a blank line for a new paragraph)`,
          source: at(node as RootContent),
        });
      }
      return;
    }
    const depth = node.type === 'list' ? listDepth + 1 : listDepth;
    if (node.type === 'list' && depth === LIST_LEVELS + 1)
      out.push({
        rule: 'module/list-too-deep',
        message: `this list is nested ${depth} levels deep; a slide shows ${LIST_LEVELS}, so its items join the level above; indent them less, or split the list`,
        source: at(node as RootContent),
      });
    if ('children' in node) for (const child of node.children) walk(child as Nodes, depth);
  };
  for (const node of nodes) walk(node as Nodes, 0);
  return out;
}
