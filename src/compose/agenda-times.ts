// Clock times for every item of the session as it will run, each slide's time and budget, and what to drop when late.
import type {
  Agenda,
  AgendaExercise,
  AgendaItem,
  Block,
  DroppedItem,
  GuideExercise,
  Slide,
  TimeSpan,
} from '../model/deck.js';
import type { PlanItem } from './client.js';
import { formatClock } from './clock.js';
import { type Droppable, mostRecoverable, smallestDrop } from './drops.js';
import { layOnClock } from './fixed-clock.js';
import type { Session } from './session.js';

export interface ModuleTimingInput {
  title: string;
  slides: Slide[];
  exercises: { slideId: string; exercise: GuideExercise; notes: Block[] }[];
}

/** Minutes a facilitator may be asked to recover on the day; the run sheet says what to drop for each. */
const RECOVERY_STEPS = [10, 15, 20];

export interface AgendaWords {
  text: (s: string) => string;
  breakTitle: string;
}

/**
 * Clock times for every item the session runs, from its start (a late one included), with the buffer before each
 * fixed break. Inside a module, minutes not taken by exercises are spread evenly over its other slides, which places
 * each exercise where it falls in the module. `optional` are the droppables the run sheet offers to recover time.
 */
export function composeAgenda(
  items: readonly PlanItem[],
  modules: ReadonlyMap<string, ModuleTimingInput>,
  session: Session,
  optional: readonly Droppable[],
  words: AgendaWords = { text: (s) => s, breakTitle: 'Break' },
): Agenda {
  const goneModules = new Set(session.dropped.filter((d) => d.kind === 'module').map((d) => d.moduleId));
  const gone = new Set(session.dropped.flatMap((d) => (d.exerciseId ? [d.exerciseId] : [])));
  const running = items
    .filter((item) => item.kind !== 'module' || !goneModules.has(item.id))
    .map((item) => {
      const module = item.kind === 'module' ? modules.get(item.id) : undefined;
      const lost = (module?.exercises ?? []).filter((e) => gone.has(e.exercise.exercise.id));
      return { item, module, minutes: item.minutes - lost.reduce((s, e) => s + e.exercise.exercise.minutes, 0) };
    });
  const optionalExercises = new Set(optional.flatMap((d) => (d.exerciseId ? [d.exerciseId] : [])));
  const { laid, end } = layOnClock(
    running.map((r) => ({ minutes: r.minutes, at: r.item.at })),
    session.start,
  );
  const agendaItems = running.map(({ item, module, minutes }, i): AgendaItem => {
    const { begin, bufferBefore } = laid[i]!;
    const placed = module ? placeSlides(module, begin, minutes, gone, optionalExercises) : undefined;
    return {
      kind: item.kind,
      id: item.id,
      title: module?.title ?? (item.title ? words.text(item.title) : words.breakTitle),
      minutes,
      start: formatClock(begin),
      end: formatClock(begin + minutes),
      startMinute: begin,
      endMinute: begin + minutes,
      exercises: placed?.exercises ?? [],
      slideIds: module ? module.slides.map((s) => s.id) : [],
      slideStarts: placed?.slideStarts ?? {},
      slideMinutes: placed?.slideMinutes ?? {},
      source: item.source,
      ...(item.at ? { fixed: true as const } : {}),
      ...(bufferBefore > 0 ? { buffer: span(begin - bufferBefore, begin) } : {}),
      ...(item.optional ? { optional: true as const } : {}),
    };
  });
  // Without a late start the timing check made the items end at the planned end; a late start may end earlier.
  const close = Math.max(end, session.end);
  return {
    start: formatClock(session.start),
    end: formatClock(close),
    minutes: close - session.start,
    items: agendaItems,
    ...(close > end ? { bufferAtEnd: span(end, close) } : {}),
    ...lateAndRecovery(session, optional, modules),
  };
}

/** What a late start dropped, and what the optional items left can recover, named as the run sheet names them. */
function lateAndRecovery(
  session: Session,
  optional: readonly Droppable[],
  modules: ReadonlyMap<string, ModuleTimingInput>,
): Pick<Agenda, 'late' | 'recovery'> {
  const named = (d: Droppable) => droppedItem(d, modules);
  const out: Pick<Agenda, 'late' | 'recovery'> = {};
  if (session.late)
    out.late = {
      planned: formatClock(session.late.planned),
      minutes: session.late.minutes,
      dropped: session.dropped.map(named),
    };
  if (optional.length > 0)
    out.recovery = {
      available: mostRecoverable(optional),
      options: RECOVERY_STEPS.map((minutes) => {
        const drop = smallestDrop(optional, minutes);
        return { minutes, ...(drop ? { drop: drop.map(named) } : {}) };
      }),
    };
  return out;
}

function span(from: number, to: number): TimeSpan {
  return { start: formatClock(from), end: formatClock(to), minutes: to - from };
}

/** A droppable as the run sheet names it, with the slides the facilitator skips (a quiz's answers too). */
function droppedItem(d: Droppable, modules: ReadonlyMap<string, ModuleTimingInput>): DroppedItem {
  const module = modules.get(d.moduleId);
  const placed = module?.exercises.find((e) => e.exercise.exercise.id === d.exerciseId);
  if (d.kind === 'module' || !placed)
    return {
      kind: 'module',
      id: d.moduleId,
      title: module?.title ?? d.moduleId,
      minutes: d.minutes,
      slideIds: module?.slides.map((s) => s.id) ?? [],
    };
  const e = placed.exercise.exercise;
  const answers = module!.slides.filter((s) => s.answersTo === e.id).map((s) => s.id);
  return {
    kind: 'exercise',
    id: e.id,
    title: e.title,
    number: e.number,
    minutes: d.minutes,
    slideIds: [placed.slideId, ...answers],
  };
}

/** Slides that take none of the talk time: section dividers, and a quiz's answers (shown in the quiz's own debrief). */
function untimed(slide: Slide): boolean {
  return slide.kind === 'section' || slide.showsAnswers === true;
}

interface PlacedSlides {
  exercises: AgendaExercise[];
  slideStarts: Record<string, string>;
  slideMinutes: Record<string, number>;
}

/** When each slide of a module comes on screen and for how long, and each exercise's clock times; `gone` exercises are dropped. */
function placeSlides(
  module: ModuleTimingInput,
  begin: number,
  minutes: number,
  gone: ReadonlySet<string>,
  optional: ReadonlySet<string>,
): PlacedSlides {
  const kept = module.exercises.filter((e) => !gone.has(e.exercise.exercise.id));
  const exerciseSlides = new Map(kept.map((e) => [e.slideId, e.exercise]));
  const skipped = new Set(module.exercises.filter((e) => gone.has(e.exercise.exercise.id)).map((e) => e.slideId));
  for (const slide of module.slides) if (slide.answersTo && gone.has(slide.answersTo)) skipped.add(slide.id);
  const shown = module.slides.filter((s) => !skipped.has(s.id));
  const exerciseTotal = kept.reduce((s, e) => s + e.exercise.exercise.minutes, 0);
  // Slides with minutes in their notes take those; the rest of the talk time is spread over the other
  // slides people talk to (section dividers take none of it).
  const planned = shown.reduce((s, slide) => s + (exerciseSlides.has(slide.id) ? 0 : (slide.minutes ?? 0)), 0);
  const talkSlides = shown.filter((s) => !exerciseSlides.has(s.id) && !untimed(s) && s.minutes === undefined).length;
  const perSlide = talkSlides > 0 ? Math.max(0, minutes - exerciseTotal - planned) / talkSlides : 0;
  const out: PlacedSlides = { exercises: [], slideStarts: {}, slideMinutes: {} };
  const starts: number[] = [];
  let talk = 0;
  let exercisesSoFar = 0;
  for (const slide of shown) {
    const at = begin + Math.round(talk) + exercisesSoFar;
    starts.push(at);
    out.slideStarts[slide.id] = formatClock(at);
    const guide = exerciseSlides.get(slide.id);
    if (!guide) {
      talk += slide.minutes ?? (untimed(slide) ? 0 : perSlide);
      continue;
    }
    const e = guide.exercise;
    exercisesSoFar += e.minutes;
    out.exercises.push({
      id: e.id,
      number: e.number,
      title: e.title,
      minutes: e.minutes,
      grouping: e.grouping,
      start: formatClock(at),
      end: formatClock(at + e.minutes),
      ...(optional.has(e.id) ? { optional: true as const } : {}),
    });
  }
  // A slide's budget runs to the next slide's time, so the budgets add up to the module's minutes.
  shown.forEach((slide, i) => {
    out.slideMinutes[slide.id] = (starts[i + 1] ?? begin + minutes) - starts[i]!;
  });
  return out;
}
