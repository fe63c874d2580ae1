// What an import says it did: import-report.md in the content folder (every loss, by slide, with what to do, and
// every paragraph not carried quoted in full) and a few lines for the terminal.

import type { Plan } from './plan.js';
import type { ImportedDeck, Loss, LossKind } from './types.js';

export interface ReportInput {
  deck: ImportedDeck;
  plan: Plan;
  deckName: string;
  losses: Loss[];
  files: string[];
}

/** Paragraphs of slide text in the deck's visible slides, and how many the modules carry as text. */
export function paragraphCount(input: ReportInput): { total: number; carried: number; notes: number } {
  const planned = input.plan.modules.flatMap((m) => m.slides.map((p) => p.slide));
  // A deck workshop-kit built: the slides it makes itself (cover, agenda, closing) are made again, not counted.
  const counted = input.plan.built ? planned : input.deck.slides.filter((s) => !s.hidden);
  // An ordinary deck's subtitle on its cover is carried as the workshop's subtitle.
  const subtitle = input.plan.built || !input.plan.cover?.subtitle ? 0 : 1;
  return {
    total: counted.reduce((sum, s) => sum + s.counted.paragraphs, 0),
    carried: planned.reduce((sum, s) => sum + s.counted.carried, 0) + subtitle,
    notes: planned.filter((s) => s.notes.length > 0).length,
  };
}

const HEADINGS: Record<LossKind, string> = {
  smartart: 'SmartArt',
  chart: 'charts',
  animation: 'animations',
  geometry: 'drawn shapes',
  picture: 'pictures',
  fonts: 'fonts and colours',
  text: 'text not carried',
  package: 'the file',
  table: 'tables',
  layout: 'layouts changed',
  media: 'video, sound and embedded objects',
  hidden: 'hidden slides',
  title: 'titles made up',
  timing: 'minutes to check',
  kit: 'workshop-kit’s own lines',
};

/** import-report.md. */
export function importReport(input: ReportInput): string {
  const { deck, plan, deckName } = input;
  const losses = [
    ...input.losses,
    ...deckLosses(input),
    ...input.deck.slides.flatMap((s) => (s.hidden ? [] : s.losses)),
  ];
  const count = paragraphCount(input);
  const lines = [`# Import report: ${deckName}`, ''];
  const visible = deck.slides.filter((s) => !s.hidden).length;
  lines.push(
    `${visible} slide${visible === 1 ? '' : 's'} became ${plan.modules.length} module${plan.modules.length === 1 ? '' : 's'} (${plan.modules.map((m) => `\`${m.id}\``).join(', ')})${plan.built ? ', read as a deck workshop-kit built: its cover, agenda and closing slide are made again by the build' : ''}.`,
    `${count.carried} of ${count.total} paragraphs of slide text (${percent(count)}) are in the modules as text${count.carried < count.total ? '; every other one is quoted below' : ''}. The speaker notes of ${count.notes} slide${count.notes === 1 ? '' : 's'} are in their \`:::notes\` blocks.`,
    '',
  );
  const drawn = losses.filter((l) => l.drawn);
  const general = [
    ...losses.filter((l) => l.slide === undefined || Number.isNaN(l.slide)),
    ...(drawn.length ? [drawnShapes(drawn)] : []),
  ];
  if (general.length) {
    lines.push('## To check', '');
    for (const loss of general) lines.push(...lossLines(loss));
    lines.push('');
  }
  const bySlide = new Map<number, Loss[]>();
  for (const loss of losses)
    if (loss.slide !== undefined && !Number.isNaN(loss.slide) && !loss.drawn)
      bySlide.set(loss.slide, [...(bySlide.get(loss.slide) ?? []), loss]);
  if (bySlide.size) {
    lines.push('## Slide by slide', '');
    for (const [number, list] of [...bySlide].sort(([a], [b]) => a - b)) {
      const title = deck.slides[number - 1]?.titlePlain;
      lines.push(`### Slide ${number}${title ? `: ${title}` : ''}`, '');
      for (const loss of list) lines.push(...lossLines(loss));
      lines.push('');
    }
  }
  if (plan.hidden.length) {
    lines.push('## Hidden slides', '');
    const file = input.files.find((f) => /^modules\/_.*hidden-slides\.md$/.test(f));
    lines.push(
      `Left out of the workshop, as PowerPoint leaves them out of the show; they are in \`${file}\`, which the build never builds (its name starts with \`_\`). Move a slide into a module to show it.`,
      '',
    );
    for (const slide of plan.hidden)
      lines.push(`- Slide ${slide.number}${slide.titlePlain ? `: ${slide.titlePlain}` : ''}`);
    lines.push('');
  }
  lines.push('## Files written', '', ...input.files.map((f) => `- \`${f}\``), '');
  return lines.join('\n');
}

/** What the deck as a whole loses: its fonts and colours (not for a deck workshop-kit built: its build makes them). */
function deckLosses(input: ReportInput): Loss[] {
  if (input.plan.built) return [];
  const fonts = input.deck.fonts.length ? ` (${input.deck.fonts.join(', ')})` : '';
  return [
    {
      kind: 'fonts',
      message: `The deck's fonts${fonts}, colours and backgrounds are not carried: the build sets the theme's (\`theme:\` in workshop.yaml). To keep the deck's look, use it as the client's template: copy it into assets/ and add \`template: assets/${input.deckName}\` to workshop.yaml.`,
    },
  ];
}

/** Drawn shapes over the whole deck, in one line: most decks have a few on every slide. */
function drawnShapes(losses: readonly Loss[]): Loss {
  const total = losses.reduce((sum, l) => sum + l.drawn!, 0);
  const slides = losses.map((l) => l.slide!);
  return {
    kind: 'geometry',
    message: `${total} drawn shape${total === 1 ? '' : 's'} without text (arrows, lines, boxes) on slide${slides.length === 1 ? '' : 's'} ${slides.join(', ')} ${total === 1 ? 'is' : 'are'} not carried: the build draws its own. Where one says something (an arrow between two ideas), say it in a bullet, or put in a picture of the slide.`,
  };
}

function lossLines(loss: Loss): string[] {
  const out = [`- ${HEADINGS[loss.kind]}: ${loss.message}`];
  if (loss.quote !== undefined) out.push(...loss.quote.split('\n').map((l) => `  > ${l}`));
  return out;
}

const percent = (c: { total: number; carried: number }) =>
  c.total === 0 ? '100 %' : `${Math.floor((100 * c.carried) / c.total)} %`;

/** The terminal's summary: counts, and the kinds of loss with how many of each. */
export function terminalSummary(input: ReportInput): string[] {
  const count = paragraphCount(input);
  const losses = [...input.losses, ...input.deck.slides.flatMap((s) => (s.hidden ? [] : s.losses))];
  const kinds = new Map<LossKind, number>();
  for (const loss of losses) kinds.set(loss.kind, (kinds.get(loss.kind) ?? 0) + (loss.drawn ?? 1));
  const out = [
    `  ${count.carried} of ${count.total} paragraphs of slide text carried (${percent(count)}); notes of ${count.notes} slide${count.notes === 1 ? '' : 's'}`,
  ];
  const hidden = input.files.find((f) => /^modules\/_.*hidden-slides\.md$/.test(f));
  if (hidden)
    out.push(
      `  ${input.plan.hidden.length} hidden slide${input.plan.hidden.length === 1 ? '' : 's'} left out (kept in ${hidden})`,
    );
  if (kinds.size) out.push(`  to check: ${[...kinds].map(([kind, n]) => `${HEADINGS[kind]} (${n})`).join(', ')}`);
  return out;
}
