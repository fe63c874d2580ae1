// A deck workshop-kit built shows a catalogue of styles as cards side by side: each a name in bold, a summary, and
// "Fits:" and "Risk:" lines. Such a slide comes back as the styles file it was drawn from and a `::styles` line, so
// the rebuilt deck draws the same cards, not a slide of loose paragraphs.

import { Document } from 'yaml';
import { type Locale, say } from '../i18n/locale.js';
import type { Ids } from './ids.js';
import { slug } from './ids.js';
import { yamlText } from './markdown.js';
import type { PlannedSlide } from './plan.js';
import type { Block, Paragraph } from './types.js';

export interface StylesFile {
  id: string;
  yaml: string;
}

interface Card {
  name: string;
  summary: string;
  fits?: string;
  risk?: string;
}

/** The slide as a `::styles` line, and the styles file it needs, where its blocks are a built deck's cards. */
export function asStyles(planned: PlannedSlide, locale: Locale, ids: Ids): StylesFile | undefined {
  const { slide } = planned;
  const blocks = slide.blocks;
  const source = sourceOf(blocks.at(-1), locale);
  const cardBlocks = source ? blocks.slice(0, -1) : blocks;
  if (cardBlocks.length < 2 || !slide.titlePlain) return undefined;
  const cards = cardBlocks.map((b) => cardOf(b, locale));
  if (cards.some((c) => !c)) return undefined;
  const id = ids.next(slug(slide.titlePlain, 'styles'));
  const doc = new Document({
    title: yamlText(slide.titlePlain),
    styles: (cards as Card[]).map((c) => ({
      name: yamlText(c.name),
      summary: yamlText(c.summary),
      ...(c.fits ? { fits: yamlText(c.fits) } : {}),
      ...(c.risk ? { risk: yamlText(c.risk) } : {}),
    })),
    ...(source ? { source: yamlText(source) } : {}),
  });
  doc.commentBefore = ' Read back from the cards of a deck workshop-kit built.';
  slide.blocks = [{ kind: 'directive', name: 'styles', id }];
  return { id, yaml: doc.toString({ lineWidth: 0 }) };
}

/** A card: its name in bold, a summary, then lines that start with the Fits: and Risk: labels. */
function cardOf(block: Block, locale: Locale): Card | undefined {
  if (block.kind !== 'paragraphs' || block.paragraphs.length < 2) return undefined;
  const [name, summary, ...rest] = block.paragraphs as [Paragraph, Paragraph, ...Paragraph[]];
  if (!/^\*\*[^*]+\*\*$/.test(name.markdown) || summary.marker !== 'none') return undefined;
  const card: Card = { name: name.plain, summary: summary.plain };
  for (const line of rest) {
    const fits = after(line.plain, say(locale, 'fits-label'));
    const risk = after(line.plain, say(locale, 'risk-label'));
    if (fits !== undefined && !card.fits) card.fits = fits;
    else if (risk !== undefined && !card.risk) card.risk = risk;
    else return undefined;
  }
  return card;
}

/** A catalogue's or comparison's source line, as the build prints it ("Source: ..."). */
export function sourceOf(block: Block | undefined, locale: Locale): string | undefined {
  if (block?.kind !== 'paragraphs' || block.paragraphs.length !== 1) return undefined;
  const [before, afterText] = say(locale, 'source-label', { source: '\u0000' }).split('\u0000') as [string, string];
  const text = block.paragraphs[0]!.plain;
  return text.startsWith(before) && text.endsWith(afterText)
    ? text.slice(before.length, text.length - afterText.length).trim()
    : undefined;
}

function after(text: string, label: string): string | undefined {
  return text.startsWith(label) ? text.slice(label.length).trim() : undefined;
}
