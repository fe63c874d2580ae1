// Timing: checks that a client's running order adds up, and gives every item its clock times.

import { plannedMinutes } from '../content/modules.js';
import type { ValidContent } from '../content/types.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Agenda, AgendaExercise, AgendaItem, Block, GuideExercise, Slide, Source } from '../model/deck.js';
import type { ClientPlan } from './client.js';
import { formatClock, parseClock } from './clock.js';

/** What a module's minutes must cover: its exercises, and the minutes its notes plan for slides. */
export interface ModuleNeeds {
  exercises: { id: string; minutes: number }[];
  /** Sum of `:::notes{minutes=N}` in the module, and where the first of them is. */
  slides: { minutes: number; source: Source } | undefined;
}

/** The exercises a module embeds, with their minutes, and the slide minutes its notes plan. */
export function moduleNeeds(content: ValidContent, plan: ClientPlan, moduleId: string): ModuleNeeds {
  const module = plan.modules.get(moduleId);
  const exercises = (module?.directives ?? [])
    .filter((d) => d.name === 'exercise')
    .flatMap((d) => {
      const e = content.exercises.get(d.id);
      return e ? [{ id: d.id, minutes: e.value.minutes }] : [];
    });
  let slides: ModuleNeeds['slides'];
  for (const node of module?.root.children ?? []) {
    const planned = node.type === 'containerDirective' ? plannedMinutes(node.attributes) : undefined;
    if (planned === undefined) continue;
    const source = {
      file: module!.file,
      line: node.position?.start.line ?? 1,
      column: node.position?.start.column ?? 1,
    };
    slides = { minutes: (slides?.minutes ?? 0) + planned, source: slides?.source ?? source };
  }
  return { exercises, slides };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Reports a running order that does not add up to the planned minutes, and modules too short for their exercises and planned slides. */
export function checkTiming(plan: ClientPlan, needsOf: (moduleId: string) => ModuleNeeds): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const total = plan.items.reduce((sum, item) => sum + item.minutes, 0);
  if (total !== plan.minutes && !plan.incomplete) {
    const modules = plan.items.filter((i) => i.kind === 'module').reduce((s, i) => s + i.minutes, 0);
    const breaks = total - modules;
    const gap = Math.abs(total - plan.minutes);
    const who = plan.overridesTiming ? ` for client \`${plan.id}\`` : '';
    diagnostics.push({
      rule: 'timing/total',
      // Every item's minutes, in running order, so the one to change can be found at a glance.
      message: `running order${who} adds up to ${total} minutes (${plan.items.map((i) => `${i.kind === 'module' ? i.id : 'break'} ${i.minutes}`).join(' + ')}; modules ${modules} + breaks ${breaks}) but the planned length is ${plan.minutes}${plan.minutesWhy ? ` (${plan.minutesWhy})` : ''}: ${plural(gap, 'minute')} ${total < plan.minutes ? 'short' : 'over'}; expected the modules and breaks to add up to \`minutes\``,
      source: plan.minutesSource,
    });
  }
  for (const item of plan.items) {
    if (item.kind !== 'module') continue;
    const { exercises, slides } = needsOf(item.id);
    const needed = exercises.reduce((s, e) => s + e.minutes, 0);
    if (needed > item.minutes) {
      diagnostics.push({
        rule: 'timing/module-too-short',
        message: `module \`${item.id}\` has ${item.minutes} minutes but its exercises need ${needed} (${exercises.map((e) => `${e.id} ${e.minutes}`).join(', ')}); expected at least ${needed}`,
        source: item.minutesSource,
      });
    } else if (slides && needed + slides.minutes > item.minutes) {
      // Named only when the client's own timing gave the module its minutes: otherwise every client says the same.
      const who = item.minutesSource.file !== slides.source.file ? ` for client \`${plan.id}\`` : '';
      diagnostics.push({
        rule: 'timing/slides-too-long',
        message: `the notes of module \`${item.id}\` plan ${plural(slides.minutes, 'minute')} for slides (\`:::notes{minutes=…}\`), but the module has ${item.minutes}${who}${needed ? `, ${needed} of them for exercises` : ''}: ${plural(needed + slides.minutes - item.minutes, 'minute')} over; expected at most ${item.minutes - needed}`,
        source: slides.source,
      });
    }
  }
  return diagnostics;
}

/** Longer than any break a day holds: a typo for 12, a module written as a break, minutes taken for hours. */
const LONGEST_BREAK = 120;
/** Years a session date is likely to be in; others are typos (2206 for 2026), warned about, never refused. */
const YEARS = { from: 1990, to: 2100 };

/** Warnings for a plan that adds up but is unlikely: a break over two hours, a day past midnight, a date decades away. */
export function implausiblePlan(plan: ClientPlan, content: Pick<ValidContent, 'workshop'>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const rule = 'timing/implausible' as const;
  for (const item of plan.items) {
    if (item.kind === 'break' && item.minutes > LONGEST_BREAK)
      out.push({
        rule,
        message: `a break of ${item.minutes} minutes, over two hours: check the number (a day off is two workshops)`,
        source: item.minutesSource,
      });
  }
  const total = plan.items.reduce((sum, item) => sum + item.minutes, 0);
  const start = parseClock(plan.info.start);
  const fromClient = plan.client?.value.start !== undefined;
  if (start !== undefined && start + total > 24 * 60) {
    out.push({
      rule,
      message: `starting at ${plan.info.start}, the ${total} minutes run past midnight (to ${formatClock((start + total) % (24 * 60))} the next day): check \`start\` and the minutes`,
      source: fromClient
        ? plan.client!.source.locate(['start'])
        : content.workshop.source.locate(['start'], { key: true }),
    });
  }
  const year = Number(plan.info.date?.slice(0, 4));
  if (plan.client && Number.isFinite(year) && (year < YEARS.from || year > YEARS.to)) {
    out.push({
      rule,
      message: `the session is dated ${plan.info.date}, in ${year}: check the year`,
      source: plan.client.source.locate(['date']),
    });
  }
  return out;
}

export interface ModuleTimingInput {
  title: string;
  slides: Slide[];
  exercises: { slideId: string; exercise: GuideExercise; notes: Block[] }[];
}

/**
 * Clock times for every item. Inside a module, minutes not taken by exercises are spread
 * evenly over its other slides, which places each exercise where it falls in the module.
 */
export function composeAgenda(
  plan: ClientPlan,
  modules: ReadonlyMap<string, ModuleTimingInput>,
  text: (s: string) => string = (s) => s,
  breakTitle = 'Break',
): Agenda {
  const start = parseClock(plan.info.start);
  let clock = start;
  const items: AgendaItem[] = [];
  for (const item of plan.items) {
    const begin = clock;
    clock += item.minutes;
    const module = item.kind === 'module' ? modules.get(item.id) : undefined;
    const { exercises, slideStarts } = module
      ? placeSlides(module, begin, item.minutes)
      : { exercises: [], slideStarts: {} };
    items.push({
      kind: item.kind,
      id: item.id,
      title: module?.title ?? (item.title ? text(item.title) : breakTitle),
      minutes: item.minutes,
      start: formatClock(begin),
      end: formatClock(clock),
      startMinute: begin,
      endMinute: clock,
      exercises,
      slideIds: module ? module.slides.map((s) => s.id) : [],
      slideStarts,
      source: item.source,
    });
  }
  return { start: formatClock(start), end: formatClock(clock), minutes: clock - start, items };
}

/** Slides that take none of the talk time: section dividers, and a quiz's answers (shown in the quiz's own debrief). */
function untimed(slide: Slide): boolean {
  return slide.kind === 'section' || slide.showsAnswers === true;
}

/** When each slide of a module comes on screen, and each exercise's clock times. */
function placeSlides(
  module: ModuleTimingInput,
  begin: number,
  minutes: number,
): { exercises: AgendaExercise[]; slideStarts: Record<string, string> } {
  const exerciseSlides = new Map(module.exercises.map((e) => [e.slideId, e.exercise]));
  const exerciseTotal = module.exercises.reduce((s, e) => s + e.exercise.exercise.minutes, 0);
  // Slides with minutes in their notes take those; the rest of the talk time is spread over the other
  // slides people talk to (section dividers take none of it).
  const planned = module.slides.reduce((s, slide) => s + (exerciseSlides.has(slide.id) ? 0 : (slide.minutes ?? 0)), 0);
  const talkSlides = module.slides.filter(
    (s) => !exerciseSlides.has(s.id) && !untimed(s) && s.minutes === undefined,
  ).length;
  const perSlide = talkSlides > 0 ? Math.max(0, minutes - exerciseTotal - planned) / talkSlides : 0;
  const exercises: AgendaExercise[] = [];
  const slideStarts: Record<string, string> = {};
  let talk = 0;
  let exercisesSoFar = 0;
  for (const slide of module.slides) {
    const at = begin + Math.round(talk) + exercisesSoFar;
    slideStarts[slide.id] = formatClock(at);
    const guide = exerciseSlides.get(slide.id);
    if (!guide) {
      talk += slide.minutes ?? (untimed(slide) ? 0 : perSlide);
      continue;
    }
    const e = guide.exercise;
    exercisesSoFar += e.minutes;
    exercises.push({
      id: e.id,
      number: e.number,
      title: e.title,
      minutes: e.minutes,
      grouping: e.grouping,
      start: formatClock(at),
      end: formatClock(at + e.minutes),
    });
  }
  return { exercises, slideStarts };
}
