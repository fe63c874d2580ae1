// Speaker notes: model blocks as plain text lines (bullets as "•", numbers as "1."), one paragraph per line.
import { type Locale, quoted, say } from '../../i18n/locale.js';
import type { Block, Inline, ListItem } from '../../model/deck.js';

/** Inline runs as plain text. */
export function plain(content: Inline): string {
  return content.map((r) => r.text).join('');
}

/** Blocks as plain-text lines, a blank line between blocks; a quote in the kit's language's quotation marks. */
export function notesText(blocks: readonly Block[], locale: Locale): string {
  return blocks
    .map((b) => blockLines(b, locale).join('\n'))
    .filter((s) => s.length > 0)
    .join('\n\n');
}

function blockLines(b: Block, locale: Locale): string[] {
  switch (b.kind) {
    case 'paragraph':
    case 'heading':
      return [plain(b.content)];
    case 'list':
      return b.items.flatMap((item, i) => listLines(item, b.ordered ? `${b.start + i}.` : '•', 0));
    case 'quote':
      return [...b.paragraphs.map((p) => quoted(locale, plain(p))), ...(b.attribution ? [`— ${b.attribution}`] : [])];
    case 'table':
      return [b.header.map(plain).join(' | '), ...b.rows.map((r) => r.map(plain).join(' | '))];
    case 'image':
      return [say(locale, 'notes-picture', { alt: b.image.alt })];
    case 'code':
      return b.text.split(/\r?\n/);
  }
}

function listLines(item: ListItem, marker: string, depth: number): string[] {
  const pad = '    '.repeat(depth);
  return [`${pad}${marker} ${plain(item.content)}`, ...item.children.flatMap((c) => listLines(c, '–', depth + 1))];
}
