// The facilitator guide's content: materials to bring and, per module, slides with talking points and exercises with keys.
import { type Locale, say } from '../i18n/locale.js';
import type { AgendaItem, Block, GuideExercise, GuideModule, MaterialNeed, Slide } from '../model/deck.js';

/**
 * Groups the materials of the modules (front matter) and exercises in running order, adding what every
 * session needs; counts come from the item text when it gives one.
 */
export function composeMaterials(
  locale: Locale,
  participants: number | undefined,
  modules: readonly { title: string; materials: readonly string[] }[],
  exercises: readonly GuideExercise[],
  hasWorksheets: boolean,
): MaterialNeed[] {
  const needs = new Map<string, MaterialNeed>();
  const add = (raw: string, by?: { exercise: string } | { module: string }) => {
    const { item: name, count } = splitCount(raw);
    // Checklist lines start with a capital whatever the file said ("pens" -> "Pens").
    const item = name.charAt(0).toUpperCase() + name.slice(1);
    const key = item.toLowerCase();
    const need = needs.get(key) ?? { item, ...(count ? { count } : {}), exercises: [], modules: [] };
    if (!need.count && count) need.count = count;
    if (by && 'exercise' in by && !need.exercises.includes(by.exercise)) need.exercises.push(by.exercise);
    if (by && 'module' in by && !need.modules.includes(by.module)) need.modules.push(by.module);
    needs.set(key, need);
  };
  const booklet = say(locale, 'material-booklet');
  if (hasWorksheets) add(booklet);
  add(say(locale, 'material-slides'));
  for (const m of modules) for (const raw of m.materials) add(raw, { module: m.title });
  for (const e of exercises) {
    for (const m of e.exercise.materials) {
      // Every worksheet is a section of the one booklet: list the booklet, not each sheet.
      add(hasWorksheets && /^\s*worksheets?\b/i.test(m) && !/\(/.test(m) ? booklet : m, { exercise: e.exercise.id });
    }
  }
  for (const need of needs.values())
    if (!need.count) {
      const guess = defaultCount(locale, need.item);
      if (guess) need.count = guess;
    }
  // With the group's size known, "3 per participant" becomes the number to put out.
  if (participants)
    for (const need of needs.values()) if (need.count) need.count = forGroup(locale, need.count, participants);
  return [...needs.values()];
}

function splitCount(raw: string): { item: string; count?: string } {
  const match = /^(.*?)\s*\(([^()]*\d[^()]*|[^()]*per [^()]*)\)\s*$/.exec(raw.trim());
  return match ? { item: match[1]!, count: match[2]! } : { item: raw.trim() };
}

/** A count per participant (in the content's English or the kit's language) times the group's size, the rule kept beside it. */
function forGroup(locale: Locale, count: string, participants: number): string {
  const perWord = say(locale, 'per-participant').replace(/^1\s*/, '');
  const match = new RegExp(
    `^(\\d+)\\s+(?:per (?:participant|person|head)|${perWord.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})\\b`,
    'i',
  ).exec(count.trim());
  if (!match) return count;
  return say(locale, 'participants-count', { n: Number(match[1]) * participants, per: count });
}

/** Items a participant holds are one each; worksheets are in the booklet. */
function defaultCount(locale: Locale, item: string): string | undefined {
  // Content is written in English whatever the kit's language, so its words are read in English.
  if (/\bworksheets?\b/i.test(item)) return say(locale, 'per-participant-booklet');
  if (/\b(pens?|pencils?|handouts?|cards? set)\b/i.test(item)) return say(locale, 'per-participant');
  return undefined;
}

/** A module's guide section: its slides in order, exercises in place. */
export function composeGuideModule(
  item: AgendaItem,
  objectives: string[],
  slides: readonly Slide[],
  placed: readonly { slideId: string; exercise: GuideExercise; notes: Block[] }[],
): GuideModule {
  const bySlide = new Map(placed.map((p) => [p.slideId, p]));
  return {
    id: item.id,
    title: item.title,
    minutes: item.minutes,
    start: item.start,
    end: item.end,
    objectives,
    entries: slides.map((slide) => {
      const exercise = slide.kind === 'exercise' ? bySlide.get(slide.id) : undefined;
      if (exercise)
        return { kind: 'exercise' as const, slideId: slide.id, exercise: exercise.exercise, notes: exercise.notes };
      return { kind: 'slide' as const, slideId: slide.id, title: slide.title, notes: slide.notes };
    }),
  };
}
