// Turns inline Markdown into the deck model's runs, substituting variables, and raw HTML into the text it shows.
import type { PhrasingContent } from 'mdast';
import { substitute } from '../content/variables.js';
import type { Run } from '../model/deck.js';
import { curlyQuotesInRuns } from './typography.js';

/** What inline text takes from where it stands: the values of the variables it may use. */
export interface InlineContext {
  values: Readonly<Record<string, string>>;
}

/** Inline Markdown to runs. Soft line breaks become spaces unless `keepBreaks`. */
export function inline(
  nodes: readonly PhrasingContent[],
  context: InlineContext,
  keepBreaks = false,
  style: Omit<Run, 'text'> = {},
): Run[] {
  const out: Run[] = [];
  const push = (text: string, extra: Omit<Run, 'text'> = {}) => {
    if (!text) return;
    const value = substitute(keepBreaks ? text : text.replace(/\n/g, ' '), context.values);
    const run: Run = { ...style, ...extra, text: value };
    const last = out[out.length - 1];
    if (last && last.bold === run.bold && last.italic === run.italic && last.code === run.code) last.text += run.text;
    else out.push(run);
  };
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        push(node.value);
        break;
      case 'emphasis':
        inline(node.children, context, keepBreaks, { ...style, italic: true }).forEach((r) => push(r.text, r));
        break;
      case 'strong':
        inline(node.children, context, keepBreaks, { ...style, bold: true }).forEach((r) => push(r.text, r));
        break;
      case 'delete':
      case 'link':
      case 'linkReference':
        inline(node.children, context, keepBreaks, style).forEach((r) => push(r.text, r));
        break;
      case 'inlineCode':
        push(node.value, { code: true });
        break;
      case 'break':
        push(keepBreaks ? '\n' : ' ');
        break;
      case 'html':
        push(htmlText(node.value));
        break;
      case 'footnoteReference':
        push(`[${node.label ?? node.identifier}]`);
        break;
      case 'image':
        push(node.alt ?? '');
        break;
      default:
        if ('value' in node && typeof node.value === 'string') push(node.value);
        else if ('children' in node)
          inline(node.children as PhrasingContent[], context, keepBreaks, style).forEach((r) => push(r.text, r));
    }
  }
  return curlyQuotesInRuns(out.map((r) => clean(r)));
}

function clean(run: Run): Run {
  const out: Run = { text: run.text };
  if (run.bold) out.bold = true;
  if (run.italic) out.italic = true;
  if (run.code) out.code = true;
  return out;
}

export function trimInline(runs: Run[]): Run[] {
  const out = runs.map((r) => ({ ...r }));
  while (out.length && out[0]!.text.trim() === '') out.shift();
  while (out.length && out[out.length - 1]!.text.trim() === '') out.pop();
  if (out.length) {
    out[0]!.text = out[0]!.text.replace(/^\s+/, '');
    out[out.length - 1]!.text = out[out.length - 1]!.text.replace(/\s+$/, '');
  }
  return out;
}

/** Raw HTML as text: comments (authors' remarks) removed, `<br>` a space, every other tag kept as typed, so nothing written disappears. */
export function htmlText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?(-->|$)/g, '')
    .replace(/<br\s*\/?>/gi, ' ')
    .trim();
}
