// One exercise in the guide: when, who, with what, the instructions to give, the key, the debrief and notes.
import { clockSpan, exerciseHeading, groupingText, type LabelKey, say } from '../../../i18n/locale.js';
import type { AgendaExercise, DeckModel, GuideExerciseEntry } from '../../../model/deck.js';
import type { ExerciseInfo } from '../../../model/exercise.js';
import { blocks, stringList } from '../blocks.js';
import { anchor, type Column, heading, indentStart, label } from '../boxes.js';
import type { Box, Ctx, Tag } from '../document.js';
import { facts, minutesText } from '../parts.js';
import { mm, SPACE } from '../style.js';
import { renderKey } from './keys/index.js';
import { onRail, RAIL } from './rail.js';
import type { Refs } from './refs.js';

/** The exercise's boxes, its slide on the rail and everything else in the content column. */
export function exerciseEntry(
  ctx: Ctx,
  parent: Tag,
  entry: GuideExerciseEntry,
  model: DeckModel,
  r: Refs,
  col: Column,
): Box[] {
  const { exercise: g, slideId } = entry;
  const e = g.exercise;
  const sect = ctx.tag(parent, 'Sect', { title: exerciseHeading(ctx.locale, e) });
  const content = indentStart(ctx, col, RAIL);
  const timing = model.agenda.items.flatMap((i) => i.exercises).find((x) => x.id === e.id);
  const page = r.worksheetPage(e.id);
  const railLabel = r.slideLabel(slideId, e.source);
  const head = (): Box =>
    heading(ctx, sect, exerciseHeading(ctx.locale, e), 2, content, { source: e.source, before: 0 });
  const when = timing ? ` · ${clockSpan(ctx.locale, timing.start, timing.end)}` : '';
  return [
    // Continuation pages name the exercise and its clock times, not just the module.
    anchor((p) => p.runningHead(`${exerciseHeading(ctx.locale, e)}${when}`)),
    onRail(ctx, sect, railLabel, head, col, e.source, timing?.start),
    ...exerciseFacts(ctx, sect, e, timing ?? droppedLate(model, e.id), page, content),
    ...facilitation(ctx, sect, entry, content),
  ];
}

/** Whether a late start dropped the exercise: then it has no time, and the guide says why. */
function droppedLate(model: DeckModel, id: string): 'dropped' | undefined {
  return model.agenda.late?.dropped.some((d) => d.kind === 'exercise' && d.id === id) ? 'dropped' : undefined;
}

/** Purpose, when, grouping, materials and worksheet, as a table of facts under the heading. */
function exerciseFacts(
  ctx: Ctx,
  sect: Tag,
  e: ExerciseInfo,
  timing: AgendaExercise | 'dropped' | undefined,
  page: number | undefined,
  content: Column,
): Box[] {
  return facts(
    ctx,
    sect,
    [
      [say(ctx.locale, 'purpose'), e.purpose],
      [
        say(ctx.locale, 'when'),
        timing === 'dropped'
          ? `${minutesText(ctx, e.minutes)}, ${say(ctx.locale, 'dropped-late')}`
          : timing
            ? `${clockSpan(ctx.locale, timing.start, timing.end)}  ·  ${minutesText(ctx, e.minutes)}`
            : minutesText(ctx, e.minutes),
      ],
      [say(ctx.locale, 'grouping'), groupingText(ctx.locale, e.grouping)],
      [say(ctx.locale, 'materials'), e.materials.length > 0 ? e.materials.join(', ') : undefined],
      [
        say(ctx.locale, 'worksheet'),
        page !== undefined
          ? say(ctx.locale, 'worksheet-page-long', { page })
          : e.hasWorksheet
            ? undefined
            : say(ctx.locale, 'none'),
      ],
    ],
    content,
    { labelWidth: mm(26), before: SPACE.xs, source: e.source },
  );
}

/** What the facilitator says and does, each part under its label and left out when empty; the key in between. */
function facilitation(ctx: Ctx, sect: Tag, entry: GuideExerciseEntry, content: Column): Box[] {
  const { exercise: g } = entry;
  const e = g.exercise;
  const out: Box[] = [];
  // The body is laid out only after its label: the tagged PDF's structure follows the order boxes are made in.
  const titled = (key: LabelKey, body: () => Box[]): void => {
    out.push(label(ctx, sect, say(ctx.locale, key), content, { before: SPACE.l }), ...body());
  };
  if (e.instructions.length > 0) titled('setup-and-instructions', () => blocks(ctx, sect, e.instructions, content));
  if (entry.notes.length > 0) titled('talking-points', () => blocks(ctx, sect, entry.notes, content));
  if (g.worksheet?.kind === 'scenario' && g.worksheet.case.length > 0) {
    const scenario = g.worksheet;
    titled('case-as-on-worksheet', () => blocks(ctx, sect, scenario.case, content));
  }
  out.push(...renderKey(ctx, sect, g, content));
  if (g.debrief.length > 0) titled('debrief', () => stringList(ctx, sect, g.debrief, true, content, e.source));
  if (g.notes.length > 0) titled('facilitator-notes', () => blocks(ctx, sect, g.notes, content));
  return out;
}
