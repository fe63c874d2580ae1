// Timing: checks that a client's running order adds up, and gives every item its clock times.

import { plannedMinutes } from '../content/modules.js';
import type { ValidContent } from '../content/types.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Source } from '../model/deck.js';
import type { ClientPlan } from './client.js';
import { formatClock, parseClock } from './clock.js';
import { checkFixedClock, layOnClock, plannedSpan } from './fixed-clock.js';

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
    const planned =
      node.type === 'containerDirective' && node.name !== 'reveal' ? plannedMinutes(node.attributes) : undefined;
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

/**
 * Reports a running order that does not add up to the planned minutes (the buffer before a fixed break counts as
 * time), a fixed break it cannot keep, and modules too short for their exercises and planned slides.
 */
export function checkTiming(plan: ClientPlan, needsOf: (moduleId: string) => ModuleNeeds): Diagnostic[] {
  const diagnostics = checkFixedClock(plan);
  // A fixed break the order cannot keep would only be echoed by the total.
  if (!plan.incomplete && diagnostics.length === 0) diagnostics.push(...totalProblem(plan));
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

/** The running order's minutes, buffers before fixed breaks included, against the planned length. */
function totalProblem(plan: ClientPlan): Diagnostic[] {
  const { start } = plannedSpan(plan);
  const { laid, end } = layOnClock(plan.items, start);
  const total = end - start;
  if (total === plan.minutes) return [];
  const modules = plan.items.filter((i) => i.kind === 'module').reduce((s, i) => s + i.minutes, 0);
  const buffers = laid.reduce((s, l) => s + l.bufferBefore, 0);
  const breaks = total - modules - buffers;
  const gap = Math.abs(total - plan.minutes);
  const who = plan.overridesTiming ? ` for client \`${plan.id}\`` : '';
  const terms = plan.items.map(
    (i, n) =>
      `${laid[n]!.bufferBefore ? `buffer ${laid[n]!.bufferBefore} + ` : ''}${i.kind === 'module' ? i.id : 'break'} ${i.minutes}`,
  );
  return [
    {
      rule: 'timing/total',
      // Every item's minutes, in running order, so the one to change can be found at a glance.
      message: `running order${who} adds up to ${total} minutes (${terms.join(' + ')}; modules ${modules} + breaks ${breaks}${buffers ? ` + buffers ${buffers} before fixed breaks` : ''}) but the planned length is ${plan.minutes}${plan.minutesWhy ? ` (${plan.minutesWhy})` : ''}: ${plural(gap, 'minute')} ${total < plan.minutes ? 'short' : 'over'}; expected the modules and breaks to add up to \`minutes\``,
      source: plan.minutesSource,
    },
  ];
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
  const start = parseClock(plan.info.start);
  // The buffer before a fixed break is part of the day too.
  const total = layOnClock(plan.items, start).end - start;
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
