// The feedback form's QR code on the closing slide, with a line under it: where it touches no text box, rule or piece
// of a template's art, the slide's text narrowed to leave it room where nothing else does.
import type { Slide } from '../../model/deck.js';
import type { Geometry } from '../geometry.js';
import { PT } from '../geometry.js';
import type { Ctx, Draft } from '../page.js';
import { para } from '../text.js';
import { textBox } from '../text-box.js';
import type { Element, Frame } from '../types.js';

type Feedback = NonNullable<Extract<Slide, { kind: 'closing' }>['feedback']>;

/** Room kept clear around the code and its line, in inches: a phone finds a code more easily with space around it. */
const CLEAR = 0.2;
/** The text's column keeps at least this share of its width when narrowed for the code. */
const KEEP = 0.45;

/**
 * The closing slide's page with the code on it: at the slide's right (else its left), level with the middle, the top
 * or the foot, the first place clear of what the slide shows, as large as fits (about a quarter of the slide's height,
 * else a fifth); failing that, with the text's column narrowed to end before the code. A slide with no such place
 * (a template's art everywhere) keeps its page as laid out and a warning says the code is left out.
 */
export function withFeedbackCode(ctx: Ctx, feedback: Feedback, lay: (ctx: Ctx) => Draft[]): Draft[] {
  const laid = lay(ctx);
  if (laid.length !== 1) return laid;
  const { geo } = ctx;
  for (const size of [Math.min(2.2, geo.height * 0.29), Math.min(1.6, geo.height * 0.21)]) {
    const block = codeBlock(ctx, feedback, size);
    const clear = placeOn(ctx, laid[0]!, block);
    if (clear) return [clear];
    const right = geo.width - geo.margin - block.w - CLEAR;
    const narrow = narrowed(geo, right);
    if (!narrow) continue;
    const again = lay({ ...ctx, geo: narrow });
    const placed = again.length === 1 ? placeOn(ctx, again[0]!, block, 'right') : undefined;
    if (placed) return [placed];
  }
  ctx.diagnostics.push({
    rule: 'layout/feedback-code-no-room',
    message:
      'the closing slide has no room for the feedback form’s QR code clear of its text and the template’s art, so the deck leaves it out; the notes and the printed form still give the address',
    source: laid[0]!.title.paras[0]?.source ?? { file: 'workshop.yaml', line: 1, column: 1 },
  });
  return laid;
}

interface CodeBlock {
  w: number;
  h: number;
  /** The code and its line with the block's top-left corner at (x, y). */
  at(x: number, y: number): Element[];
}

/** The code, `size` inches square, and its line centred under it. */
function codeBlock(ctx: Ctx, feedback: Feedback, size: number): CodeBlock {
  const w = size + 0.8;
  const captionSize = Math.round((ctx.theme.sizes.minBody + ctx.theme.sizes.body) / 2);
  const caption = para(ctx.measure, [{ text: feedback.caption }], captionSize, w * PT, {
    role: 'detail',
    align: 'center',
  });
  const captionH = textBox([caption], { x: 0, y: 0, w }).frame.h;
  return {
    w,
    h: size + 0.1 + captionH,
    at: (x, y) => [
      { kind: 'qr', frame: { x: x + (w - size) / 2, y, w: size, h: size }, code: feedback.qr, alt: feedback.alt },
      textBox([caption], { x, y: y + size + 0.1, w }),
    ],
  };
}

/** The page with the block at the first clear place; `side` limits the places to one side of the slide. */
function placeOn(ctx: Ctx, page: Draft, block: CodeBlock, side?: 'right'): Draft | undefined {
  const { geo } = ctx;
  // Whole frames, not only the words in them: in the deck a text box under the code would be one to edit around.
  const taken = [page.title.frame, ...page.elements.map((e) => e.frame), ...(geo.template?.closing.keepOut ?? [])];
  const xs = [geo.width - geo.margin - block.w, ...(side ? [] : [geo.margin])];
  const ys = [(geo.height - block.h) / 2, geo.margin, geo.height - geo.margin - block.h];
  for (const x of xs)
    for (const y of ys) {
      const frame = { x: x - CLEAR, y: y - CLEAR, w: block.w + 2 * CLEAR, h: block.h + 2 * CLEAR };
      if (y >= 0.1 && !taken.some((t) => overlaps(t, frame)))
        return { ...page, elements: [...page.elements, ...block.at(x, y)] };
    }
  return undefined;
}

function overlaps(a: Frame, b: Frame): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** The geometry with the closing slide's title and text ending at `right`, unless that leaves them too narrow. */
function narrowed(geo: Geometry, right: number): Geometry | undefined {
  const cut = (f: Frame): Frame | undefined =>
    f.x + f.w <= right ? f : right - f.x >= f.w * KEEP ? { ...f, w: right - f.x } : undefined;
  const title = cut(geo.heroTitle);
  if (!title) return undefined;
  const t = geo.template;
  if (!t) return { ...geo, heroTitle: title };
  const closingTitle = cut(t.closing.title);
  const body = cut(t.closing.body);
  if (!closingTitle || !body) return undefined;
  return { ...geo, heroTitle: title, template: { ...t, closing: { ...t.closing, title: closingTitle, body } } };
}
