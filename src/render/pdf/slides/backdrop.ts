// What a client template's master and layout draw on a slide, as operations at slide coordinates: the ground, the
// art, the fills of the placeholders the slide fills, and the text the master and layout print themselves.

import type { Backdrop, BackdropArt, BackdropFill, Outline, TemplateFrame } from '../../../template/types.js';
import type { Op } from './drawing.js';
import { FIRST_LINE_DROP, leadingFor, PT, type Sketch } from './sketch.js';

/** What a client template's layout and master draw behind the slide, as operations at slide coordinates. */
export function backdropOps(
  backdrop: Backdrop,
  geo: { width: number; height: number },
  parts: Record<string, Uint8Array>,
): Op[] {
  const slide = box({ x: 0, y: 0, w: geo.width, h: geo.height });
  const ground = backdrop.fill;
  const groundPicture = 'picture' in ground ? parts[ground.picture] : undefined;
  return [
    groundPicture
      ? { kind: 'image', data: groundPicture, ...slide, tag: null }
      : { kind: 'shape', geometry: 'rect', ...slide, fill: paintOf(ground) ?? '#FFFFFF' },
    ...backdrop.art.flatMap((art) => artOps(art, parts)),
  ];
}

const box = (f: { x: number; y: number; w: number; h: number }) => ({
  x: f.x * PT,
  y: f.y * PT,
  w: f.w * PT,
  h: f.h * PT,
});

const paintOf = (fill: BackdropFill | undefined) =>
  !fill || 'picture' in fill ? undefined : 'solid' in fill ? fill.solid : fill.gradient;

/** One picture or shape of a template's art, at `frame` where it is drawn somewhere else than the template says. */
export function artOps(art: BackdropArt, parts: Record<string, Uint8Array>, frame = art.frame): Op[] {
  const turned = art.rotation ? { rotation: art.rotation } : {};
  const data = art.kind === 'picture' && art.part ? parts[art.part] : undefined;
  if (data && (art.crop || art.geometry === 'ellipse')) {
    // The whole picture drawn larger, seen through its frame (a picture placeholder filled as PowerPoint fills it).
    const c = art.crop ?? { l: 0, t: 0, r: 0, b: 0 };
    const w = frame.w / (1 - c.l - c.r);
    const h = frame.h / (1 - c.t - c.b);
    const whole = box({ x: frame.x - c.l * w, y: frame.y - c.t * h, w, h });
    const clip = { ...box(frame), ...(art.geometry === 'ellipse' ? { ellipse: true } : {}) };
    return [{ kind: 'image', data, ...whole, tag: null, clip, ...turned }];
  }
  if (data) return [{ kind: 'image', data, ...box(frame), tag: null, ...turned }];
  if (art.kind !== 'shape') return [];
  const fill = paintOf(art.fill);
  return [
    {
      kind: 'shape',
      geometry: art.geometry ?? 'rect',
      ...(art.outline ? { outline: outlineAt(art.outline, art.frame, frame) } : {}),
      ...box(frame),
      ...(fill ? { fill } : {}),
      ...(art.opacity !== undefined ? { opacity: art.opacity } : {}),
      ...(art.line ? { stroke: art.line.colour, lineWidth: art.line.width } : {}),
      ...(art.line?.opacity !== undefined ? { strokeOpacity: art.line.opacity } : {}),
      ...turned,
    },
  ];
}

/** An outline drawn in `from` (inches) moved and scaled to `to`, in points. */
function outlineAt(outline: Outline, from: TemplateFrame, to: TemplateFrame): Outline {
  const sx = from.w > 0 ? to.w / from.w : 1;
  const sy = from.h > 0 ? to.h / from.h : 1;
  return outline.map((sub) => ({
    ...sub,
    points: sub.points.map(([x, y]) => [(to.x + (x - from.x) * sx) * PT, (to.y + (y - from.y) * sy) * PT]),
  }));
}

/** PowerPoint's default insets of a text box, in points. */
const TEXT_BOX_INSET = { x: 7.2, y: 3.6 };

/**
 * The text a template's master and layout print themselves (a company line, "Confidential", a page number field), in
 * the body font at their size, colour and alignment, from the top of their frames: the proof shows what the deck shows.
 */
export function templateTexts(sk: Sketch, backdrop: Backdrop, number: string): Op[] {
  return (backdrop.texts ?? []).map((t) => {
    const family = sk.families.body;
    const width = t.frame.w * PT - 2 * TEXT_BOX_INSET.x;
    const text = t.slideNumber ? t.text.replace('‹#›', number) : t.text;
    const layout = sk.text(
      [{ text, ...(t.bold ? { bold: true } : {}) }],
      { size: t.size, color: t.colour, leading: leadingFor(t.size, family), align: t.align, family },
      width,
    );
    return {
      kind: 'text' as const,
      layout,
      tag: null,
      x: t.frame.x * PT + TEXT_BOX_INSET.x,
      y: t.frame.y * PT + TEXT_BOX_INSET.y + FIRST_LINE_DROP,
      width,
    };
  });
}
