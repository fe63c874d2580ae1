// Action-plan worksheet: the prompts as columns over empty rows tall enough to write in.

import { INK, PEN, SPACE } from '../style.js';
import { table } from '../table.js';
import type { Widget } from '../table-spec.js';
import type { BodyRenderer } from './types.js';

/** A grid with one column per prompt and `rows` empty rows; faint guide lines keep handwriting level. */
export const renderActionPlan: BodyRenderer<'action-plan'> = (ctx, parent, body, col, source) => {
  const n = Math.max(1, body.prompts.length);
  const w = col.width / n;
  // Few commitments get room to write them out properly; many keep to three lines each so the table stays on one page.
  const lines = body.rows <= 3 ? 5 : body.rows <= 5 ? 4 : 3;
  const height = PEN.lineGap * lines;
  const guide: Widget = {
    width: w - 10,
    height: height - 8,
    draw(p, x, y) {
      for (let i = 1; i < lines; i++) p.hline(x, x + w - 10, y - 4 + PEN.lineGap * i, INK.rule, 0.4, 1.5);
    },
  };
  return table(ctx, parent, col, {
    widths: body.prompts.map(() => w),
    header: body.prompts.map((text) => ({ text, style: { size: 10.5 } })),
    rows: Array.from({ length: body.rows }, () => body.prompts.map(() => ({ widget: guide }))),
    grid: true,
    minRowHeight: height,
    before: SPACE.l,
    source,
  });
};
