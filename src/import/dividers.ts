// Which slides open a section, where PowerPoint's sections do not say. A layout made for it says so (Section Header,
// or a title slide's layout mid-deck). Where no slide is on such a layout (LibreOffice saves every slide on layouts
// of its own, most of them blank), a slide is read as a reader sees one: a title with at most one short line under
// it and nothing else, or a title standing lower and larger than the deck's usual title, as a section header's
// does; and only where a slide of content follows it (a title-only slide that leads into a picture, a chart or
// another such slide introduces that slide, it does not open a section), and at least twice in the deck (a lone
// "Questions?" slide is not a structure).

import type { Frame, ImportedSlide, Loss } from './types.js';

/** A line under a divider's title is a subtitle, not a point, up to this many characters. */
const SHORT_LINE = 80;
/** A title set apart stands at least this much lower (inches) than the usual title, and this much taller. */
const LOWER = 0.75;
const TALLER = 1.4;
/** Slides read as dividers by their look must be at least this many: one is not a structure. */
const AT_LEAST = 2;

const byLayout = (s: ImportedSlide) => s.layoutType === 'secHead' || s.layoutType === 'title';

/** The slides that open a section, of the deck's slides after its cover. */
export function dividersOf(slides: readonly ImportedSlide[]): Set<ImportedSlide> {
  const laidOut = slides.filter(byLayout);
  if (laidOut.length > 0) return new Set(laidOut);
  const usual = usualTitle(slides);
  const looks = (s: ImportedSlide) => bare(s) || setApart(s, usual);
  const found = slides.filter((s, i) => {
    const next = slides[i + 1];
    return looks(s) && next !== undefined && !looks(next) && hasText(next);
  });
  return new Set(found.length >= AT_LEAST ? found : []);
}

/** A title and at most one short line that is not a point: nothing else on the slide. */
function bare(slide: ImportedSlide): boolean {
  if (!slide.title) return false;
  const lines = slide.blocks.flatMap((b) => (b.kind === 'paragraphs' ? b.paragraphs : [undefined]));
  if (lines.length === 0) return true;
  const [line] = lines;
  return lines.length === 1 && !!line && line.marker === 'none' && line.plain.length <= SHORT_LINE;
}

/** A title lower and larger than the usual one, over text only (the objectives a section opens with, say). */
function setApart(slide: ImportedSlide, usual: Frame | undefined): boolean {
  const frame = slide.titleFrame;
  if (!slide.title || !frame || !usual) return false;
  if (!slide.blocks.every((b) => b.kind === 'paragraphs')) return false;
  return frame.y >= usual.y + LOWER && frame.h >= usual.h * TALLER;
}

/** Text under its title: a slide of content. */
const hasText = (slide: ImportedSlide) =>
  !!slide.title &&
  slide.blocks.some((b) => b.kind !== 'picture' && !(b.kind === 'paragraphs' && b.paragraphs.length === 0));

/** The title frame most slides share (to a tenth of an inch), where one is shared by more than half of them. */
function usualTitle(slides: readonly ImportedSlide[]): Frame | undefined {
  const counts = new Map<string, { frame: Frame; n: number }>();
  for (const s of slides) {
    if (!s.titleFrame) continue;
    const key = [s.titleFrame.y, s.titleFrame.h].map((v) => Math.round(v * 10)).join(',');
    const seen = counts.get(key) ?? { frame: s.titleFrame, n: 0 };
    seen.n++;
    counts.set(key, seen);
  }
  const best = [...counts.values()].sort((a, b) => b.n - a.n)[0];
  return best && best.n * 2 > slides.length ? best.frame : undefined;
}

/**
 * The name of the part before the first divider, where an agenda names it: the entry listed just before the first
 * divider's title (the row above it in the same column of a table, or the line above it in a list).
 */
export function leadName(agenda: ImportedSlide | undefined, first: ImportedSlide | undefined): string | undefined {
  const title = first?.titlePlain?.trim();
  if (!agenda || !title) return undefined;
  for (const block of agenda.blocks) {
    if (block.kind === 'table') {
      const rows = block.rows.map((r) => r.map(shown));
      const at = rows.findIndex((r) => r.includes(title));
      if (at > 0) return rows[at - 1]![rows[at]!.indexOf(title)] || undefined;
    }
    if (block.kind === 'paragraphs') {
      const lines = block.paragraphs.map((p) => p.plain.trim());
      const at = lines.indexOf(title);
      if (at > 0) return lines[at - 1] || undefined;
    }
  }
  return undefined;
}

/** A table cell's words as shown: its Markdown marks and escapes taken off. */
const shown = (cell: string) =>
  cell
    .replace(/(\*\*|\*|`)/g, '')
    .replace(/\\(.)/g, '$1')
    .trim();

/** The report's line on the slides read as section headers by their look, not their layout. */
export function dividerLoss(dividers: ReadonlySet<ImportedSlide>): Loss | undefined {
  const looked = [...dividers].filter((s) => !byLayout(s)).map((s) => s.number);
  if (looked.length === 0) return undefined;
  const list = `${looked.slice(0, -1).join(', ')} and ${looked.at(-1)}`;
  return {
    kind: 'layout',
    message: `slides ${list} are read as section headers (a title with little or nothing under it, or a title set lower and larger than the others, before a slide of content), though their layout does not say so: each opens a module, written as \`#\`; check where the modules part`,
  };
}
