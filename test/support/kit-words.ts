// Reading a built kit for the tool's words: its text as people read it, and the fixed pieces of one catalogue that a
// kit in another language must not hold.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LABEL_KEYS, type LabelKey, type Template, textsOf } from '../../src/i18n/locale.js';
import { pdfPages, slideNotes, slideTexts, squash } from './artefacts.js';

export type Words = Partial<Record<LabelKey, Template>>;

/** A kit's text as a participant and a facilitator read it: slides, speaker notes, worksheets and guide. */
export function kitText(out: string, client: string): string {
  const deck = join(out, client, 'deck.pptx');
  return squash(
    [
      ...slideTexts(deck),
      ...slideNotes(deck),
      ...pdfPages(join(out, client, 'worksheets.pdf')),
      ...pdfPages(join(out, client, 'facilitator-guide.pdf')),
    ].join('\n'),
  );
}

/** Every content file's text: words the author wrote are theirs, not the tool's. */
export function contentText(dir: string): string {
  const all: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(md|ya?ml)$/.test(name)) all.push(readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  return squash(all.join('\n'));
}

export const escaped = (p: string) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `text` holds `piece` as whole words, whatever the case. */
export const holds = (text: string, piece: string) =>
  new RegExp(`(^|[^\\p{L}])${escaped(piece)}($|[^\\p{L}])`, 'iu').test(text);

/**
 * The fixed text of `source`'s entries (placeholders cut out) that a kit in `kit`'s words must not hold: pieces of two
 * words or more, or one word of five letters or more, leaving out those the content itself uses and those `kit`
 * writes the same way ("Agenda", "Quiz").
 */
export function foreignPieces(source: Words, kit: Words, content: string): string[] {
  const local = squash(LABEL_KEYS.flatMap((k) => (kit[k] ? textsOf(kit[k]) : [])).join(' | '));
  const pieces = new Set<string>();
  for (const template of Object.values(source)) {
    for (const text of textsOf(template)) {
      for (const raw of text.split(/\{[a-z][\w-]*\}/)) {
        const piece = squash(raw.replace(/^[\s·:,.()–—-]+|[\s·:,.()–—-]+$/g, ''));
        const words = piece.split(' ').filter(Boolean);
        if (words.length >= 2 || (words.length === 1 && piece.length >= 5 && /^[\p{L}-]+$/u.test(piece)))
          pieces.add(piece);
      }
    }
  }
  return [...pieces].filter((p) => !holds(content, p) && !holds(local, p));
}
