// One exercise in the guide: when, who, with what, the instructions to give, the key, the debrief and notes.
import { clockSpan, exerciseHeading, groupingText, say } from '../../../i18n/locale.js';
import type { DeckModel, GuideExerciseEntry } from '../../../model/deck.js';
import { blocks, stringList } from '../blocks.js';
import { anchor, type Column, heading, indent, label } from '../boxes.js';
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
  const content = indent(col, RAIL);
  const timing = model.agenda.items.flatMap((i) => i.exercises).find((x) => x.id === e.id);
  const page = r.worksheetPage(e.id);
  const railLabel = r.slideLabel(slideId, e.source);
  const head = (): Box =>
    heading(ctx, sect, exerciseHeading(ctx.locale, e), 2, content, { source: e.source, before: 0 });
  const when = timing ? ` · ${clockSpan(ctx.locale, timing.start, timing.end)}` : '';
  const out: Box[] = [
    // Continuation pages name the exercise and its clock times, not just the module.
    anchor((p) => p.runningHead(`${exerciseHeading(ctx.locale, e)}${when}`)),
    onRail(ctx, sect, railLabel, head, col, e.source, timing?.start),
    ...facts(
      ctx,
      sect,
      [
        [say(ctx.locale, 'purpose'), e.purpose],
        [
          say(ctx.locale, 'when'),
          timing
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
    ),
  ];
  if (e.instructions.length > 0) {
    out.push(
      label(ctx, sect, say(ctx.locale, 'setup-and-instructions'), content, { before: SPACE.l }),
      ...blocks(ctx, sect, e.instructions, content),
    );
  }
  if (entry.notes.length > 0) {
    out.push(
      label(ctx, sect, say(ctx.locale, 'talking-points'), content, { before: SPACE.l }),
      ...blocks(ctx, sect, entry.notes, content),
    );
  }
  if (g.worksheet?.kind === 'scenario' && g.worksheet.case.length > 0) {
    out.push(
      label(ctx, sect, say(ctx.locale, 'case-as-on-worksheet'), content, { before: SPACE.l }),
      ...blocks(ctx, sect, g.worksheet.case, content),
    );
  }
  out.push(...renderKey(ctx, sect, g, content));
  if (g.debrief.length > 0) {
    out.push(
      label(ctx, sect, say(ctx.locale, 'debrief'), content, { before: SPACE.l }),
      ...stringList(ctx, sect, g.debrief, true, content, e.source),
    );
  }
  if (g.notes.length > 0) {
    out.push(
      label(ctx, sect, say(ctx.locale, 'facilitator-notes'), content, { before: SPACE.l }),
      ...blocks(ctx, sect, g.notes, content),
    );
  }
  return out;
}
