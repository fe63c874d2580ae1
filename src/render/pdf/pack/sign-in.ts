// The sign-in sheet: the session's facts, then a numbered row for everyone expected (names printed where the client
// names them) and a few spare rows, each tall enough to sign in; the header row repeats on every page it runs to.
import { say } from '../../../i18n/locale.js';
import type { DocumentModel, SessionPack } from '../../../model/deck.js';
import { anchor, fullWidth } from '../boxes.js';
import type { Box, Ctx } from '../document.js';
import { INK, mm, SPACE } from '../style.js';
import { table } from '../table.js';
import type { CellSpec } from '../table-spec.js';
import { partHead } from './head.js';

/** Room a hand needs to sign in: a row as tall as a worksheet's writing line and a bit. */
const ROW = mm(10);

export function signInSheet(ctx: Ctx, model: DocumentModel, pack: SessionPack): Box[] {
  const col = fullWidth(ctx);
  const title = say(ctx.locale, 'sign-in-title');
  const sect = ctx.tag(ctx.root, 'Sect', { title });
  const head = partHead(ctx, sect, model, title, col);
  const numberW = mm(10);
  // Names get the most room: a long one printed there must not break inside a word.
  const nameW = (col.width - numberW) * 0.4;
  const organisationW = (col.width - numberW) * 0.26;
  const header: CellSpec[] = [
    { text: say(ctx.locale, 'number-sign') },
    { text: say(ctx.locale, 'sign-in-name') },
    { text: say(ctx.locale, 'sign-in-organisation') },
    { text: say(ctx.locale, 'sign-in-signature') },
  ];
  // The rows asked for, and as many more as fill the first page: a sheet that stops a third of the way down looks unfinished.
  const rows = Math.max(pack.signInRows ?? 0, pageOfRows(ctx, head));
  const cells: CellSpec[][] = Array.from({ length: Math.max(rows, pack.attendees.length) }, (_, i) => {
    const who = pack.attendees[i];
    return [
      { text: String(i + 1), style: { color: INK.muted } },
      ...(who ? [{ text: who.name }, { text: who.organisation ?? '' }] : [{}, {}]),
      {},
    ];
  });
  const [headerRow, ...rowBoxes] = table(ctx, sect, col, {
    widths: [numberW, nameW, organisationW, col.width - numberW - nameW - organisationW],
    align: ['right', 'left', 'left', 'left'],
    header,
    rows: cells,
    rowSources: pack.attendees.map((a) => a.source),
    grid: true,
    minRowHeight: ROW,
    before: SPACE.xl,
  });
  // Each row closed below as well: the last row on a page, not only the table's last, ends in a rule.
  const closed = rowBoxes.map(
    (b): Box => ({
      ...b,
      draw(p, top) {
        b.draw(p, top);
        p.hline(col.left, col.left + col.width, top + b.height, INK.rule, 0.5);
      },
    }),
  );
  // A page the sheet runs onto names the workshop in its header.
  const runningHead = anchor((p) => p.runningHead(model.workshop.title));
  return [runningHead, ...head, ...(headerRow ? [headerRow] : []), ...closed];
}

/** As many rows as fill the first page under the head. */
function pageOfRows(ctx: Ctx, head: readonly Box[]): number {
  const used = head.reduce((h, b) => h + (b.before ?? 0) + b.height, 0) + SPACE.xl + ROW;
  return Math.max(5, Math.floor((ctx.frame.bottom - ctx.frame.top - used) / ROW));
}
