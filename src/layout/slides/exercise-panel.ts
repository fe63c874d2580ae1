// An exercise slide's side panel: number, time, grouping, activity and worksheet page, fitted into the panel's frame.
import { exerciseNumber, groupingText, kindText, type Locale, say } from '../../i18n/locale.js';
import type { Slide } from '../../model/deck.js';
import { PT } from '../geometry.js';
import { bodySteps, type Ctx } from '../page.js';
import { heightOf, largestFitting, para, textBox } from '../text.js';
import type { Element, Frame, Para, ParaRole } from '../types.js';

type Exercise = Extract<Slide, { kind: 'exercise' }>['exercise'];

export const PANEL_W = 3.3;
const INSET = 16;

/** What the worksheet page is measured with: the longer of "p. 888" and "see worksheets"; the renderer writes the real one. */
export function worksheetStandIn(locale: Locale): string {
  const page = say(locale, 'worksheet-page', { page: 888 });
  const none = say(locale, 'see-worksheets');
  return none.length > page.length ? none : page;
}

type LineId = 'time' | 'grouping' | 'activity' | 'worksheet';

/** One "key, value" pair of the panel; `scale` sets the value's size from the panel's size. */
interface Line {
  id: LineId;
  key: string;
  value: string;
  scale: number;
  role: Extract<ParaRole, 'detail' | 'worksheetPage' | 'cardTitle'>;
}

/**
 * The panel at the deck's body size or its step down, smaller only when the frame is too short for
 * them (a small template). When even the theme's smallest size is too tall (labels renamed at
 * length), the lines the room needs least go first, then what is left is shortened at a word, so
 * the panel's text never runs out of its frame.
 */
export function exercisePanel(ctx: Ctx, ex: Exercise, frame: Frame): Element {
  const { theme, locale } = ctx;
  const widthPt = PANEL_W * PT - 2 * INSET;
  // What the room needs first, largest: how long, then with whom; what and where smaller.
  const all: Line[] = [
    { id: 'time', key: say(locale, 'time'), value: say(locale, 'minutes-long', { n: ex.minutes }), scale: 1.6, role: 'cardTitle' },
    { id: 'grouping', key: say(locale, 'grouping'), value: groupingText(locale, ex.grouping), scale: 1.2, role: 'detail' },
    { id: 'activity', key: say(locale, 'activity'), value: kindText(locale, ex.kind), scale: 1, role: 'detail' },
    ...(ex.hasWorksheet ? [{ id: 'worksheet', key: say(locale, 'worksheet'), value: worksheetStandIn(locale), scale: 1, role: 'worksheetPage' } satisfies Line] : []),
  ];
  const build = (s: number, heading: string, lines: readonly Line[]): Para[] => {
    const label = Math.max(theme.sizes.minBody, s - 6);
    const ps: Para[] = heading ? [para([{ text: heading }], label + 2, widthPt, { role: 'label' })] : [];
    for (const l of lines) {
      ps.push(para([{ text: l.key }], label, widthPt, { role: 'muted', spaceBeforePt: ps.length > 0 ? Math.round(s * 0.7) : 0 }));
      ps.push(para([{ text: l.value, bold: true }], Math.round(s * l.scale), widthPt, { role: l.role, spaceBeforePt: 2 }));
    }
    return ps;
  };
  const fits = (ps: Para[]) => heightOf(ps, INSET) <= frame.h;
  const box = (ps: Para[]): Element => ({ ...textBox(ps, { x: frame.x, y: frame.y, w: frame.w }, { style: 'panel', insetPt: INSET }), frame });
  const number = exerciseNumber(locale, ex.number);
  const size = bodySteps(ctx).find((s) => fits(build(s, number, all))) ?? largestFitting(theme.sizes.minBody + 4, theme.sizes.minBody, frame.h, (s) => heightOf(build(s, number, all), INSET));
  if (size !== undefined) return box(build(size, number, all));

  const min = theme.sizes.minBody;
  const without = (...ids: LineId[]) => all.filter((l) => !ids.includes(l.id));
  // The activity is what the instructions beside the panel say anyway; the worksheet page goes next.
  const dropped = [without('activity'), without('worksheet'), without('activity', 'worksheet')].find((lines) => fits(build(min, number, lines)));
  if (dropped) return box(build(min, number, dropped));
  let heading = number;
  let lines = without('activity', 'worksheet');
  for (const id of ['grouping', 'time'] as const) {
    const at = lines.findIndex((l) => l.id === id);
    if (at < 0) continue;
    const line = lines[at]!;
    const value = shortened(line.value, (v) => fits(build(min, heading, lines.with(at, { ...line, value: v }))));
    lines = value === undefined ? lines.filter((l) => l !== line) : lines.with(at, { ...line, value });
    if (fits(build(min, heading, lines))) return box(build(min, heading, lines));
  }
  heading = shortened(number, (v) => fits(build(min, v, lines))) ?? '';
  // Not even the number fits: the panel is drawn empty rather than spilling text below it.
  return heading ? box(build(min, heading, lines)) : { kind: 'shape', role: 'surface', frame };
}

/** The most words of `text` (with an ellipsis when some are left out) that `fits` accepts; undefined when not even one word does. */
function shortened(text: string, fits: (value: string) => boolean): string | undefined {
  if (fits(text)) return text;
  const words = text.split(/\s+/).filter(Boolean);
  let lo = 0;
  let hi = words.length - 1;
  // Fewer words are never taller, so the longest prefix that fits is found by halving.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(`${words.slice(0, mid).join(' ')}…`)) lo = mid;
    else hi = mid - 1;
  }
  return lo > 0 ? `${words.slice(0, lo).join(' ')}…` : undefined;
}
