// A heading placeholder (PowerPoint's Comparison layout puts one over each column, `type="body"` whose first level
// shows no bullet) holding a heading and points: pandoc writes a column's first line and its list there, the first
// line saying `a:buNone` itself and the list items saying nothing, so the layout shows them all as bold lines with
// no bullet. The shape tells them apart: the lines that say nothing after one that says `buNone` were a list, and
// come back as points. A heading box typed in PowerPoint says nothing on any line, and is left as it shows.

import { listIndent } from './text.js';
import type { Paragraph } from './types.js';

/** The paragraphs with the points the shape tells apart as points; how many it made points. */
export function headingBoxPoints(
  paragraphs: readonly Paragraph[],
  statesNone: readonly boolean[],
): { paragraphs: Paragraph[]; points: number } {
  const [first, ...rest] = paragraphs;
  if (!first || rest.length === 0 || !statesNone[0] || paragraphs.some((p) => p.marker !== 'none'))
    return { paragraphs: [...paragraphs], points: 0 };
  let points = 0;
  const out = paragraphs.map((p, k) => {
    if (k === 0 || statesNone[k]) return p;
    points++;
    // A line break's continued line is indented under the point, as text.ts writes a point's.
    return { ...p, marker: 'bullet' as const, markdown: p.markdown.replace(/\\\n/g, `\\\n${listIndent(p.level)}`) };
  });
  return { paragraphs: out, points };
}
