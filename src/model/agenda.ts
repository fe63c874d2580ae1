// The session on the clock: every item's times, each slide's time and budget, buffers, a late start and what to drop.
import type { Grouping, Source } from './content.js';

export interface AgendaExercise {
  id: string;
  number: number;
  title: string;
  minutes: number;
  grouping: Grouping;
  start: string;
  end: string;
  /** Marked `optional: true`: it may be dropped to recover time. */
  optional?: true;
}

export interface AgendaItem {
  kind: 'module' | 'break';
  /** Module id; `break-N` (1-based among breaks) for breaks. */
  id: string;
  title: string;
  minutes: number;
  /** Clock times HH:MM, from the client's start; may pass midnight (then 24:10 etc. is never shown: wraps to 00:10). */
  start: string;
  end: string;
  /** Minutes since the start of the day, for arithmetic in renderers that must not recompute. */
  startMinute: number;
  endMinute: number;
  exercises: AgendaExercise[];
  /** Ids of the logical slides this item covers, in order. Empty for breaks. */
  slideIds: string[];
  /** Clock time each of those slides comes on screen (talk time spread evenly, as exercises are placed). */
  slideStarts: Record<string, string>;
  /** Minutes each of those slides is planned on screen: until the next one comes on, or the item ends. */
  slideMinutes: Record<string, number>;
  source: Source;
  /** A break fixed to the clock (`at:`): it starts at its time whatever runs before it. */
  fixed?: true;
  /** Slack before a fixed break: what runs before it ends this early. */
  buffer?: TimeSpan;
  /** A module marked `optional: true`: it may be dropped to recover time. */
  optional?: true;
}

/** Clock times HH:MM and the minutes between them. */
export interface TimeSpan {
  start: string;
  end: string;
  minutes: number;
}

/** An optional item dropped, or to drop, to recover time. */
export interface DroppedItem {
  kind: 'module' | 'exercise';
  id: string;
  title: string;
  /** The exercise's number, for an exercise. */
  number?: number;
  minutes: number;
  /** The logical slides it covers: the facilitator skips them. */
  slideIds: string[];
}

export interface Agenda {
  start: string;
  end: string;
  minutes: number;
  items: AgendaItem[];
  /** Slack before the planned end (a late start whose drops recovered more than it needed). */
  bufferAtEnd?: TimeSpan;
  /** The session starts late (`late-start:` or `--start`) and keeps its planned end, without what it dropped. */
  late?: { planned: string; minutes: number; dropped: DroppedItem[] };
  /** What to drop to recover 10, 15 and 20 minutes, when something is optional; no `drop` when it cannot be done. */
  recovery?: { available: number; options: { minutes: number; drop?: DroppedItem[] }[] };
}
