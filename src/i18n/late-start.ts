// A late start in the kit's language, the same words on the run sheet and in the agenda slide's notes.
import { clock, duration, exerciseHeading, type Locale, listOf, say } from './locale.js';

/** What a late start dropped, or what to drop (the model's DroppedItem, as far as the words need it). */
interface Named {
  kind: 'module' | 'exercise';
  title: string;
  number?: number;
  minutes: number;
}

/** "Exercise 4 · The new product line (20 min), Wrap-up (10 min) and …": what a facilitator announces they drop. */
export function droppedList(locale: Locale, items: readonly Named[]): string {
  return listOf(
    locale,
    items.map((d) => {
      const name =
        d.kind === 'exercise' && d.number !== undefined
          ? exerciseHeading(locale, { number: d.number, title: d.title })
          : d.title;
      // "(35 min)" stays whole at the end of a line.
      return `${name} (${say(locale, 'minutes-short', { n: d.minutes }).replace(/ /g, '\u00A0')})`;
    }),
  );
}

/** The late start in two sentences: when it starts and that the end holds, then what it dropped (or what took it). */
export function lateStartSentences(
  locale: Locale,
  agenda: {
    start: string;
    end: string;
    items: readonly { fixed?: true; title: string }[];
    late?: { planned: string; minutes: number; dropped: readonly Named[] };
  },
): [string, string] | undefined {
  const late = agenda.late;
  if (!late) return undefined;
  const first = say(locale, 'late-start', {
    time: clock(locale, agenda.start),
    late: duration(locale, late.minutes),
    planned: clock(locale, late.planned),
    end: clock(locale, agenda.end),
  });
  const second =
    late.dropped.length > 0
      ? say(locale, 'late-start-dropped', { list: droppedList(locale, late.dropped) })
      : say(locale, 'late-start-buffer', { title: agenda.items.find((i) => i.fixed)?.title ?? '' });
  return [first, second];
}
