// The session as it will run: its start (a late one keeps the planned end), and the optional items a late start drops.
import type { ValidContent } from '../content/types.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Source } from '../model/deck.js';
import type { ModuleNeeds } from './agenda.js';
import type { ClientPlan, PlanItem } from './client.js';
import { formatClock, parseClock } from './clock.js';
import { type Droppable, mostRecoverable, smallestDrop } from './drops.js';
import { itemName, layOnClock, plannedSpan } from './fixed-clock.js';

export interface Session {
  /** Minutes since midnight: the planned start, or the late one. */
  start: number;
  /** The planned end, which a late start keeps. */
  end: number;
  /** What a late start drops, in running order. */
  dropped: Droppable[];
  /** The planned start and how late the session starts, when it does. */
  late?: { planned: number; minutes: number };
}

/** The optional modules among `items`, and the optional exercises of their other modules, in running order. */
export function droppables(
  content: ValidContent,
  items: readonly PlanItem[],
  needsOf: (moduleId: string) => ModuleNeeds,
): Droppable[] {
  const out: Droppable[] = [];
  for (const item of items) {
    if (item.kind !== 'module') continue;
    if (item.optional) out.push({ kind: 'module', moduleId: item.id, minutes: item.minutes });
    const seen = new Set<string>();
    for (const e of needsOf(item.id).exercises) {
      if (seen.has(e.id) || !content.exercises.get(e.id)?.value.optional) continue;
      seen.add(e.id);
      out.push({ kind: 'exercise', moduleId: item.id, exerciseId: e.id, minutes: e.minutes });
    }
  }
  return out;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The session for a plan whose timing adds up. A late start keeps the planned end and every fixed break: the
 * lateness is taken first from the buffer before the first fixed break (or the end), then by dropping the
 * smallest set of optional items before it. What that cannot recover is an error, as nothing else may move.
 */
export function planSession(
  content: ValidContent,
  plan: ClientPlan,
  needsOf: (moduleId: string) => ModuleNeeds,
): { session: Session; diagnostics: Diagnostic[] } {
  const { start, end } = plannedSpan(plan);
  const onTime = { session: { start, end, dropped: [] }, diagnostics: [] };
  if (!plan.lateStart) return onTime;
  const late = parseClock(plan.lateStart.time);
  const flag = plan.lateStart.source ? '`late-start`' : '`--start`';
  const fixedAt = plan.items.findIndex((i) => i.at);
  const before = fixedAt < 0 ? plan.items : plan.items.slice(0, fixedAt);
  const hold = fixedAt < 0 ? undefined : plan.items[fixedAt]!;
  const deadline = hold?.at ? parseClock(hold.at.time) : end;
  const holdName = hold ? `${itemName(hold)} at ${hold.at!.time}` : `the planned end at ${formatClock(end)}`;
  const where = (source: Source | undefined) => plan.lateStart!.source ?? source;
  if (late < start)
    return {
      ...onTime,
      diagnostics: [
        {
          rule: 'timing/late-start',
          message: `${flag} ${plan.lateStart.time} is before the planned start at ${formatClock(start)}; expected a later time (to move the whole session, change \`start\`)`,
          source: where(
            plan.client?.value.start !== undefined
              ? plan.client.source.locate(['start'])
              : content.workshop.source.locate(['start'], { key: true }),
          ),
        },
      ],
    };
  if (late === start) return onTime;
  const need = late + layOnClock(before, start).end - start - deadline;
  const candidates = droppables(content, before, needsOf);
  const dropped = smallestDrop(candidates, need);
  if (!dropped) {
    const most = candidates.length ? mostRecoverable(candidates) : 0;
    const offer = candidates.length
      ? `its optional items (${candidates.map((c) => `${c.exerciseId ?? c.moduleId} ${c.minutes}`).join(', ')}) recover at most ${most}`
      : 'nothing before it is marked `optional: true`';
    return {
      ...onTime,
      diagnostics: [
        {
          rule: 'timing/late-start',
          message: `starting at ${plan.lateStart.time} (${flag}), ${plural(late - start, 'minute')} after the planned ${formatClock(start)}, the running order up to ${holdName} is ${plural(need, 'minute')} too long and ${offer}: ${plural(need - most, 'minute')} cannot be recovered; expected a start by ${formatClock(late - need + most)}, or more items marked \`optional: true\``,
          source: where(hold?.at?.source ?? plan.minutesSource),
        },
      ],
    };
  }
  return { session: { start: late, end, dropped, late: { planned: start, minutes: late - start } }, diagnostics: [] };
}

/** The optional items left once a late start has dropped its own, for the run sheet to offer. */
export function remainingDroppables(
  content: ValidContent,
  plan: ClientPlan,
  session: Session,
  needsOf: (moduleId: string) => ModuleNeeds,
): Droppable[] {
  const droppedModules = new Set(session.dropped.filter((d) => d.kind === 'module').map((d) => d.moduleId));
  const droppedExercises = new Set(session.dropped.flatMap((d) => (d.exerciseId ? [d.exerciseId] : [])));
  const running = plan.items.filter((i) => i.kind !== 'module' || !droppedModules.has(i.id));
  return droppables(content, running, needsOf).filter((d) => !d.exerciseId || !droppedExercises.has(d.exerciseId));
}
