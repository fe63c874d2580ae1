// Worksheet cover: title, client, date and place, a line for the participant's name, and what is in the pack.
import { exerciseHeading, say } from '../../../i18n/locale.js';
import type { WorksheetsModel } from '../../../model/deck.js';
import type { WorksheetPages } from '../../contract.js';
import { fullWidth } from '../boxes.js';
import type { Box, Ctx, Tag } from '../document.js';
import { contents, coverTitle, facts, minutesText } from '../parts.js';
import { INK, PEN, SPACE, TYPE } from '../style.js';

/** The cover page; the contents list gets its page numbers once pagination has placed the sections. */
export function worksheetCover(ctx: Ctx, parent: Tag, model: WorksheetsModel, pages: WorksheetPages): Box[] {
  const col = fullWidth(ctx);
  const c = model.client;
  // Structure elements are created in reading order, so the name line comes after the title block.
  const title = coverTitle(ctx, parent, model, say(ctx.locale, 'worksheets-title'), col);
  const about = facts(
    ctx,
    parent,
    [
      [say(ctx.locale, 'client'), c.name],
      [say(ctx.locale, 'date'), c.dateText],
      [say(ctx.locale, 'location'), c.location],
    ],
    col,
  );
  const nameTag = ctx.tag(parent, 'P');
  const name = ctx.text(say(ctx.locale, 'your-name'), { size: TYPE.body, bold: true, color: INK.text }, col.width);
  const nameW = name.lines[0]?.width ?? 0;
  return [
    ...title,
    ...about,
    {
      height: PEN.lineGap + SPACE.s,
      before: SPACE.xl,
      draw(p, top) {
        const base = top + PEN.lineGap;
        // "Your name" where the kit's lines start, the line to write on after it.
        if (ctx.rtl) {
          p.text(name, nameTag, col.left + col.width - nameW, base - name.baseline, nameW);
          p.hline(col.left, col.left + col.width - nameW - SPACE.s, base + 2, INK.text, 0.6);
        } else {
          p.text(name, nameTag, col.left, base - name.baseline, nameW);
          p.hline(col.left + nameW + SPACE.s, col.left + col.width, base + 2, INK.text, 0.6);
        }
      },
    },
    ...contents(
      ctx,
      parent,
      say(ctx.locale, 'in-this-pack'),
      model.worksheets.map((w) => ({
        title: exerciseHeading(ctx.locale, w.exercise),
        note: minutesText(ctx, w.exercise.minutes),
        source: w.exercise.source,
        page: () => pages[w.exercise.id],
      })),
      col,
    ),
  ];
}
