// "2 · What each job does" at the foot of a content slide: where the room is in the day, from the agenda.
import type { AgendaItem, Slide } from '../model/deck.js';
import { PT } from './geometry.js';
import type { Ctx, Draft } from './page.js';
import { para } from './text.js';
import { heightOf, textBox } from './text-box.js';
import type { TextBox } from './types.js';

/** The marker's shape name in the deck. */
export const PROGRESS_NAME = 'Progress';

/** The module's number among the day's modules and its title, for each module id. */
export function modulePositions(items: readonly AgendaItem[]): Map<string, { n: number; title: string }> {
  const modules = items.filter((i) => i.kind === 'module');
  return new Map(modules.map((m, i) => [m.id, { n: i + 1, title: m.title }]));
}

/**
 * A content page with its progress marker, when the theme has room for one and the slide belongs
 * to a module: the module's title is shortened at a word (with an ellipsis) to fit one line, or
 * left out, leaving the number; a footer too narrow or too short for even the number (a narrow
 * slide, large small text) gets no marker.
 */
export function withProgress(
  ctx: Ctx,
  draft: Draft,
  slide: Slide,
  positions: ReadonlyMap<string, { n: number; title: string }>,
): Draft {
  const frame = ctx.geo.progress;
  const at = slide.module ? positions.get(slide.module) : undefined;
  if (!frame || !at || draft.master !== 'CONTENT') return draft;
  const marker = progressBox(ctx, frame, at.n, at.title);
  return marker ? { ...draft, elements: [...draft.elements, marker] } : draft;
}

function progressBox(
  ctx: Ctx,
  frame: NonNullable<Ctx['geo']['progress']>,
  n: number,
  title: string,
): TextBox | undefined {
  const size = ctx.theme.sizes.small;
  const widthPt = frame.w * PT;
  const words = title.split(/\s+/).filter(Boolean);
  const candidates = [
    title,
    ...words.slice(0, -1).map((_, i) => `${words.slice(0, words.length - 1 - i).join(' ')}…`),
  ].map((t) => `${n}  ·  ${t}`);
  // One line with no word cut: a word wider than the frame is one line too, drawn past its edge.
  const oneLine = (t: string) => {
    const lines = ctx.measure.wrapLines([{ text: t }], widthPt, size);
    return lines.length === 1 && !lines[0]!.broken;
  };
  const text = widthPt > 0 ? [...candidates, `${n}`].find(oneLine) : undefined;
  if (!text) return undefined;
  const p = para(ctx.measure, [{ text }], size, widthPt, { role: 'muted', align: 'right' });
  if (heightOf([p]) > frame.h) return undefined;
  return {
    ...textBox([p], { x: frame.x, y: frame.y, w: frame.w }, { valign: 'bottom', minH: frame.h }),
    name: PROGRESS_NAME,
  };
}
