// Breaks fixed to the clock (`at: "12:30"`): the running order is laid out around them, and must fit before each.
import type { Diagnostic } from '../diagnostics.js';
import type { ClientPlan, PlanItem } from './client.js';
import { formatClock, parseClock } from './clock.js';

/** One item on the clock: when it begins, and the slack before it (only a fixed break waits). */
export interface Laid {
  begin: number;
  bufferBefore: number;
  /** Minutes the items before a fixed break run past its time (it starts at its time all the same). */
  overrun: number;
}

/**
 * Lays items back to back from `start`; a fixed break starts at its time, the gap before it is buffer, and
 * what runs past it is overrun (reported by the checks; the break holds its time).
 */
export function layOnClock(
  items: readonly { minutes: number; at?: { time: string } | undefined }[],
  start: number,
): { laid: Laid[]; end: number } {
  let clock = start;
  const laid = items.map((item) => {
    const at = item.at ? parseClock(item.at.time) : undefined;
    const begin = at ?? clock;
    const placed = { begin, bufferBefore: Math.max(0, begin - clock), overrun: Math.max(0, clock - begin) };
    clock = begin + item.minutes;
    return placed;
  });
  return { laid, end: clock };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** How a running-order item is named in a timing message. */
export function itemName(item: PlanItem): string {
  if (item.kind === 'module') return item.id;
  return item.title ? `\`${item.title}\`` : 'break';
}

/** The session's planned span in minutes since midnight. */
export function plannedSpan(plan: ClientPlan): { start: number; end: number } {
  const start = parseClock(plan.info.start);
  return { start, end: start + plan.minutes };
}

/**
 * A fixed break outside the session (before its start, or running past its planned end), and the items before a
 * fixed break that run past its time. While either is wrong the day's total is not worth checking: the fix changes it.
 */
export function checkFixedClock(plan: ClientPlan): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const { start, end } = plannedSpan(plan);
  // Named only when the client's own start or running order makes the numbers differ from the workshop's.
  const who = plan.overridesTiming || plan.ownStart ? ` for client \`${plan.id}\`` : '';
  const { laid } = layOnClock(plan.items, start);
  let since = 0;
  plan.items.forEach((item, i) => {
    if (!item.at) return;
    const at = parseClock(item.at.time);
    const name = itemName(item);
    if (at < start || at + item.minutes > end) {
      diagnostics.push({
        rule: 'timing/fixed-outside',
        message:
          at < start
            ? `${name} is fixed at ${item.at.time}, before the session starts at ${formatClock(start)}${who}; expected a time from ${formatClock(start)} to ${formatClock(end - item.minutes)}`
            : `${name} is fixed at ${item.at.time} and takes ${plural(item.minutes, 'minute')}, to ${formatClock(at + item.minutes)}, past the planned end at ${formatClock(end)}${who}; expected a time from ${formatClock(start)} to ${formatClock(end - item.minutes)}`,
        source: item.at.source,
      });
    } else if (laid[i]!.overrun > 0) {
      const before = plan.items.slice(since, i);
      const previous = plan.items[since - 1];
      const from = previous
        ? `the end of ${itemName(previous)} at ${formatClock(laid[since - 1]!.begin + previous.minutes)}`
        : `the start at ${formatClock(start)}`;
      diagnostics.push({
        rule: 'timing/fixed-overrun',
        message: `${name} is fixed at ${item.at.time}, but what comes before it from ${from} (${before.map((b) => `${itemName(b)} ${b.minutes}`).join(' + ') || 'nothing'}) runs to ${formatClock(at + laid[i]!.overrun)}${who}: ${plural(laid[i]!.overrun, 'minute')} over; expected it to end by ${item.at.time} (shorten or drop a module before it, or move the break)`,
        source: item.at.source,
      });
    }
    since = i + 1;
  });
  return diagnostics;
}
