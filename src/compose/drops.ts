// Which optional items to drop to recover minutes: the set that loses the least time, so the least content.

/** An item the running order may lose: an optional module, or an optional exercise in a module that stays. */
export interface Droppable {
  kind: 'module' | 'exercise';
  moduleId: string;
  /** The exercise's id, for an exercise. */
  exerciseId?: string;
  minutes: number;
}

/** A set of droppables by their indices in running order, ascending. */
type Choice = readonly number[];

/**
 * Fewer items is better (less to announce), then the items that come first (the author's running order decides
 * between equals).
 */
function better(a: Choice, b: Choice): boolean {
  if (a.length !== b.length) return a.length < b.length;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}

/** Keeps `choice` for `total` when it beats what is there. */
function offer(best: Map<number, Choice>, total: number, choice: Choice): void {
  const held = best.get(total);
  if (!held || better(choice, held)) best.set(total, choice);
}

/** For every total a subset of `indices` can make, the best subset making it (0 by none). */
function subsetsByTotal(items: readonly Droppable[], indices: readonly number[]): Map<number, Choice> {
  let best = new Map<number, Choice>([[0, []]]);
  for (const index of indices) {
    const next = new Map(best);
    for (const [total, choice] of best) offer(next, total + items[index]!.minutes, [...choice, index]);
    best = next;
  }
  return best;
}

/**
 * Every total the droppables can recover, each with its best set. A module and an exercise inside it are never
 * both dropped (the module's minutes hold the exercise's), so each module is one group: the module whole, or a
 * subset of its exercises.
 */
function recoverable(items: readonly Droppable[]): Map<number, Choice> {
  const groups = new Map<string, number[]>();
  items.forEach((item, i) => groups.set(item.moduleId, [...(groups.get(item.moduleId) ?? []), i]));
  let best = new Map<number, Choice>([[0, []]]);
  for (const members of groups.values()) {
    const whole = members.find((i) => items[i]!.kind === 'module');
    const options = subsetsByTotal(
      items,
      members.filter((i) => items[i]!.kind === 'exercise'),
    );
    if (whole !== undefined) offer(options, items[whole]!.minutes, [whole]);
    const next = new Map<number, Choice>();
    for (const [total, choice] of best)
      for (const [more, extra] of options)
        offer(
          next,
          total + more,
          [...choice, ...extra].sort((a, b) => a - b),
        );
    best = next;
  }
  return best;
}

/**
 * The smallest set of droppables that recovers at least `minutes`: the fewest minutes lost, then the fewest items,
 * then the earliest in running order; listed in running order. `undefined` when all of them together recover less.
 */
export function smallestDrop(items: readonly Droppable[], minutes: number): Droppable[] | undefined {
  if (minutes <= 0) return [];
  let found: { total: number; choice: Choice } | undefined;
  for (const [total, choice] of recoverable(items))
    if (total >= minutes && (!found || total < found.total || (total === found.total && better(choice, found.choice))))
      found = { total, choice };
  return found?.choice.map((i) => items[i]!);
}

/** The most the droppables can recover: every optional module, and the optional exercises of the other modules. */
export function mostRecoverable(items: readonly Droppable[]): number {
  return Math.max(...recoverable(items).keys());
}
