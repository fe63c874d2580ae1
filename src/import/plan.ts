// How an ordinary deck becomes a workshop: its title slide the cover (the build makes its own), its modules from
// PowerPoint's sections, else its section header slides (dividers.ts), else one module; minutes from the notes' timings, else
// an even split marked to check. A deck workshop-kit built is planned by built.ts instead.

import { CATALOGUES } from '../i18n/locale.js';
import { dividerLoss, dividersOf, leadName } from './dividers.js';
import { Ids, slug } from './ids.js';
import { repeatedLines } from './repeated.js';
import type { ImportedDeck, ImportedSlide, Loss } from './types.js';

/** Titles of an agenda slide: the tool's word in each of its languages, and what decks call one. */
const AGENDA = new Set([
  ...Object.values(CATALOGUES).map((c) => String(c.agenda).toLowerCase()),
  'overview',
  'outline',
  'contents',
  'table of contents',
  'today',
  "today's agenda",
]);

/** What a section header calls the list of what its part teaches: the tool's word in each language, and decks'. */
const OBJECTIVES = new Set([
  ...Object.values(CATALOGUES).map((c) => String(c.objectives).toLowerCase()),
  'learning objectives',
  'learning outcomes',
]);

/** Minutes a slide gets where nothing says: an even pace most workshops keep. */
export const MINUTES_A_SLIDE = 3;

export interface PlannedSlide {
  slide: ImportedSlide;
  /** Opens a section: written as `#`. */
  divider: boolean;
  /** Minutes written on its notes (`:::notes{minutes=N}`). */
  minutes?: number;
}

export interface PlannedModule {
  id: string;
  title: string;
  minutes: number;
  /** The minutes are an even split, not read off the deck. */
  guessed: boolean;
  objectives?: string[];
  slides: PlannedSlide[];
}

export type OrderItem = { module: string } | { break: number; title?: string };

export interface PlannedClient {
  id: string;
  name: string;
  date?: string;
  facilitator?: string;
  location?: string;
  /** Made up to show the format, not read off the deck. */
  example: boolean;
  /** The brand a deck workshop-kit built carries: its theme's accents, and the logo on its cover. */
  brand?: { primary: string; secondary: string; accent: string; logo?: { part: string; path: string } };
}

export interface Plan {
  title: string;
  subtitle?: string;
  start: string;
  lang?: string;
  closing?: string;
  /** The tool's words the deck shows renamed (a closing slide's own thank-you). */
  labels?: Record<string, string>;
  modules: PlannedModule[];
  order: OrderItem[];
  client?: PlannedClient;
  hidden: ImportedSlide[];
  /** Losses the planning adds (a cover's lines, a made-up title). */
  losses: Loss[];
  /** Read as a deck workshop-kit built. */
  built: boolean;
  /** The slide that became the build's cover (its title and subtitle the workshop's). */
  cover?: ImportedSlide;
  /** Files besides the modules a slide needs (a built deck's styles catalogue): path to YAML. */
  extra?: Record<string, string>;
}

export interface PlanOptions {
  /** The deck's file name without its folder. */
  fileName: string;
  /** Every slide into one module of this id. */
  moduleId?: string;
  /** Ids already used in the folder the modules go into. */
  takenIds: readonly string[];
}

/** The plan of an ordinary deck. */
export function planDeck(deck: ImportedDeck, options: PlanOptions): Plan {
  const visible = deck.slides.filter((s) => !s.hidden);
  const losses: Loss[] = repeatedLines(visible);
  // The title slide is the build's cover, unless it is all there is. A subtitle says so too: LibreOffice saves a
  // title slide on a layout of its own type (tx) with a plain title, but keeps the subtitle placeholder.
  const first = visible[0];
  const titleSlide = first && (first.layoutType === 'title' || first.centredTitle || first.subtitle !== undefined);
  const cover = titleSlide && visible.length > 1 ? first : undefined;
  const title = deck.title || cover?.titlePlain || options.fileName.replace(/\.[^.]+$/, '');
  if (cover) losses.push(...coverLosses(cover));
  const body = cover ? visible.slice(1) : visible;
  for (const slide of body.filter((s) => AGENDA.has((s.titlePlain ?? '').toLowerCase().trim())))
    losses.push({
      slide: slide.number,
      kind: 'layout',
      message: `the build makes its own agenda slide, with clock times, from the running order: delete this “${slide.titlePlain}” slide if it says the same`,
    });
  const dividers = dividersOf(body);
  const looked = dividerLoss(dividers);
  if (looked) losses.push(looked);
  const groups = options.moduleId ? [{ title, slides: body }] : moduleGroups(deck, body, title, dividers);
  const ids = new Ids(options.takenIds);
  const modules = groups.map((group, i) => {
    const id = options.moduleId && i === 0 ? options.moduleId : ids.next(slug(group.title, `module-${i + 1}`));
    return plannedModule(id, group.title, group.slides, dividers, losses);
  });
  const subtitle = cover?.subtitle ?? deck.subject;
  return {
    title,
    ...(subtitle ? { subtitle } : {}),
    start: '09:00',
    ...(deck.language ? { lang: deck.language } : {}),
    modules,
    order: modules.map((m) => ({ module: m.id })),
    client: { id: 'example-client', name: 'Example client', example: true },
    hidden: deck.slides.filter((s) => s.hidden),
    losses,
    built: false,
    ...(cover ? { cover } : {}),
  };
}

/** Slides grouped into modules: by PowerPoint's sections, else at each section header, else all in one. */
function moduleGroups(
  deck: ImportedDeck,
  slides: readonly ImportedSlide[],
  title: string,
  dividers: ReadonlySet<ImportedSlide>,
): { title: string; slides: ImportedSlide[] }[] {
  const bySection = deck.sections
    .map((s) => ({ title: s.name, slides: slides.filter((slide) => s.slides.includes(slide.number)) }))
    .filter((g) => g.slides.length > 0);
  if (bySection.length > 1 || (bySection.length === 1 && deck.sections.length === 1 && bySection[0]!.title)) {
    return bySection.map((g) => ({ ...g, title: g.title || g.slides[0]!.titlePlain || title }));
  }
  const groups: { title: string; slides: ImportedSlide[] }[] = [];
  // The part before the first divider is named as the deck's agenda names it, else for the deck.
  const agenda = slides.find((s) => AGENDA.has((s.titlePlain ?? '').toLowerCase().trim()));
  const lead =
    leadName(
      agenda,
      slides.find((s) => dividers.has(s)),
    ) ?? title;
  for (const slide of slides) {
    if (dividers.has(slide) || groups.length === 0)
      groups.push({ title: dividers.has(slide) ? (slide.titlePlain ?? title) : lead, slides: [] });
    groups.at(-1)!.slides.push(slide);
  }
  return groups.filter((g) => g.slides.length > 0);
}

function plannedModule(
  id: string,
  title: string,
  slides: readonly ImportedSlide[],
  dividers: ReadonlySet<ImportedSlide>,
  losses: Loss[],
): PlannedModule {
  const opening = slides[0] && dividers.has(slides[0]) ? objectivesOf(slides[0]) : undefined;
  const planned = slides.map((slide, k) => ({
    slide: k === 0 && opening ? opening.slide : slide,
    divider: dividers.has(slide) && !!slide.title,
    ...(slide.minutes ? { minutes: slide.minutes } : {}),
  }));
  const timed = planned.filter((p) => p.minutes).reduce((sum, p) => sum + p.minutes!, 0);
  const untimed = planned.filter((p) => !p.minutes && !p.divider).length;
  const minutes = Math.max(1, timed + untimed * MINUTES_A_SLIDE);
  if (untimed > 0 && timed > 0)
    losses.push({
      kind: 'timing',
      message: `module ${id}: ${untimed} slide${untimed === 1 ? '' : 's'} without a time in the notes ${untimed === 1 ? 'gets' : 'share'} ${untimed * MINUTES_A_SLIDE} minutes (${MINUTES_A_SLIDE} a slide); check the module's minutes`,
    });
  return {
    id,
    title,
    minutes,
    guessed: untimed > 0,
    ...(opening ? { objectives: opening.objectives } : {}),
    slides: planned,
  };
}

/**
 * A section header's list under an "Objectives" line: the module's objectives (its front matter, which the build
 * shows on the module's own opening slide), taken off the slide.
 */
function objectivesOf(slide: ImportedSlide): { slide: ImportedSlide; objectives: string[] } | undefined {
  const at = slide.blocks.findIndex(
    (b) =>
      b.kind === 'paragraphs' &&
      b.paragraphs.length > 1 &&
      OBJECTIVES.has(b.paragraphs[0]!.plain.trim().replace(/:$/, '').toLowerCase()) &&
      b.paragraphs.slice(1).every((p) => p.marker !== 'none' && p.level === 0),
  );
  const block = slide.blocks[at];
  if (block?.kind !== 'paragraphs') return undefined;
  return {
    slide: { ...slide, blocks: slide.blocks.filter((_, k) => k !== at) },
    objectives: block.paragraphs.slice(1).map((p) => p.plain),
  };
}

/** The title slide's lines besides its title and subtitle: the build makes its own cover from workshop.yaml. */
function coverLosses(cover: ImportedSlide): Loss[] {
  const lines = cover.blocks
    .flatMap((b) => (b.kind === 'paragraphs' ? b.paragraphs.map((p) => p.plain) : []))
    .filter((line) => line !== cover.subtitle);
  const notes = cover.notes.flatMap((b) =>
    b.kind === 'paragraphs'
      ? b.paragraphs.map((p) => p.plain)
      : b.kind === 'table'
        ? [b.header.join(' | '), ...b.rows.map((r) => r.join(' | '))]
        : [],
  );
  return [
    ...lines.map((quote) => ({
      slide: cover.number,
      kind: 'text' as const,
      message:
        'a line of the title slide: the build makes its own cover from workshop.yaml and the client file (title, subtitle, client, date, place, facilitator); put it there if it is one of those',
      quote,
    })),
    // The build writes the cover's notes itself: the deck's are quoted, not dropped.
    ...(notes.length
      ? [
          {
            slide: cover.number,
            kind: 'text' as const,
            message:
              "the title slide's speaker notes: the build writes its own for the cover; move them to the first slide's `:::notes` if they matter",
            quote: notes.join('\n'),
          },
        ]
      : []),
  ];
}
