// A line typed on nearly every slide (an author line, a footer or a logo's words in a text box rather than in the
// master's footer) is most likely furniture, not content. It is kept, as every word of the deck is, and the report
// says once where it is, for the author to delete it from the slides if so.

import type { ImportedSlide, Loss } from './types.js';

/** A line looks like furniture on at least this many slides, and this share of them. */
const AT_LEAST = 3;
const SHARE = 0.6;

/** A loss for each line repeated on most slides. */
export function repeatedLines(slides: readonly ImportedSlide[]): Loss[] {
  if (slides.length < AT_LEAST) return [];
  const seen = new Map<string, number>();
  for (const slide of slides) for (const line of new Set(linesOf(slide))) seen.set(line, (seen.get(line) ?? 0) + 1);
  return [...seen]
    .filter(([, n]) => n >= AT_LEAST && n >= SHARE * slides.length)
    .map(([line, n]) => ({
      kind: 'layout' as const,
      message: `“${line}” is on ${n} of the ${slides.length} slides, like a footer typed on each: it is kept on every one; delete it from the modules if it is not content (the build prints its own footer)`,
    }));
}

function linesOf(slide: ImportedSlide): string[] {
  return slide.blocks.flatMap((b) => (b.kind === 'paragraphs' ? b.paragraphs.map((p) => p.plain) : []));
}
