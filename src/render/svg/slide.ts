// A slide's drawing as SVG: the same drawing slides.pdf replays, so the preview shows every box, line break, colour
// and picture where the PDF has it. Text is placed segment by segment at the offsets layout gave it, in the build's own
// font files (see fonts.ts), with kerning and ligatures off as the PDF draws it: nothing depends on the browser's fonts.

import type { Outline } from '../../template/types.js';
import { isShapedKey } from '../../text/shaping.js';
import { printedPicture } from '../pdf/pictures.js';
import type { Gradient, Op, SlideDrawing } from '../pdf/slides/drawing.js';
import type { TextLayout } from '../pdf/text.js';
import { xmlText } from '../pptx/xml.js';
import { darkRuns, modulesAcross, QUIET_ZONE } from '../qr-runs.js';
import { fontFamilyOf } from './fonts.js';

/** The slide's size in points. */
export interface SlideSize {
  width: number;
  height: number;
}

/** Where a picture's bytes are found: a data URL for an SVG that stands alone, an address a page fetches once. */
export type PictureHref = (bytes: Uint8Array, type: string) => string;

export const dataUrl: PictureHref = (bytes, type) => `data:${type};base64,${Buffer.from(bytes).toString('base64')}`;

/**
 * The drawing as one `<svg>` element, `size` points wide and high (its viewBox), scaling to the width it is given.
 * `fonts` receives every font key the text uses, so the page can declare them once. `id` starts the ids of its
 * gradients and clips: many slides share one page, where an id names the first element that has it.
 */
export function slideSvg(
  drawing: SlideDrawing,
  size: SlideSize,
  fonts: Set<string>,
  id: string,
  picture: PictureHref = dataUrl,
): string {
  const out = new SvgWriter(fonts, id, picture);
  for (const op of drawing.ops) out.op(op);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${num(size.width)} ${num(size.height)}"` +
    ` role="img" aria-label="${xmlText(drawing.title)}">` +
    `<rect width="100%" height="100%" fill="#FFFFFF"/>${out.defs()}${out.body.join('')}</svg>`
  );
}

class SvgWriter {
  readonly body: string[] = [];
  private readonly definitions: string[] = [];

  constructor(
    private readonly fonts: Set<string>,
    private readonly idPrefix: string,
    private readonly picture: PictureHref,
  ) {}

  defs(): string {
    return this.definitions.length > 0 ? `<defs>${this.definitions.join('')}</defs>` : '';
  }

  op(op: Op): void {
    switch (op.kind) {
      case 'rect':
        this.body.push(
          `<rect x="${num(op.x)}" y="${num(op.y)}" width="${num(op.w)}" height="${num(op.h)}"${paint(op.fill, op.stroke, op.lineWidth)}/>`,
        );
        return;
      case 'shape':
        this.shape(op);
        return;
      case 'image':
        this.image(op);
        return;
      case 'text':
        if (op.line === undefined)
          for (let i = 0; i < op.layout.lines.length; i++)
            this.line(op.layout, i, op.x, op.y + i * op.layout.lineHeight, op.width, op.source);
        else this.line(op.layout, op.line, op.x, op.y, op.width, op.source);
        return;
      case 'qr':
        this.qr(op);
        return;
      case 'outline':
        return;
    }
  }

  /** White behind, the dark runs as one path: the same squares slides.pdf fills. */
  private qr(op: Extract<Op, { kind: 'qr' }>): void {
    const unit = op.size / modulesAcross(op.code);
    const left = op.x + QUIET_ZONE * unit;
    const top = op.y + QUIET_ZONE * unit;
    const d = darkRuns(op.code)
      .map(
        (r) =>
          `M${num(left + r.column * unit)} ${num(top + r.row * unit)}h${num(r.length * unit)}v${num(unit)}h${num(-r.length * unit)}z`,
      )
      .join('');
    this.body.push(
      `<rect x="${num(op.x)}" y="${num(op.y)}" width="${num(op.size)}" height="${num(op.size)}" fill="#FFFFFF"/>` +
        `<path d="${d}" fill="#000000"/>`,
    );
  }

  private shape(op: Extract<Op, { kind: 'shape' }>): void {
    const fill = typeof op.fill === 'object' ? this.gradient(op, op.fill) : op.fill;
    if (!fill && !op.stroke) return;
    const opacity =
      (op.opacity !== undefined ? ` fill-opacity="${num(op.opacity)}"` : '') +
      (op.strokeOpacity !== undefined ? ` stroke-opacity="${num(op.strokeOpacity)}"` : '');
    const look = `${paint(fill, op.stroke, op.lineWidth)}${opacity}${turn(op)}`;
    if (op.geometry === 'path' && op.outline)
      this.body.push(outlinePaths(op.outline, fill, op.stroke, op.lineWidth, opacity));
    else if (op.geometry === 'ellipse')
      this.body.push(
        `<ellipse cx="${num(op.x + op.w / 2)}" cy="${num(op.y + op.h / 2)}" rx="${num(op.w / 2)}" ry="${num(op.h / 2)}"${look}/>`,
      );
    else {
      const r = op.geometry === 'roundRect' ? ` rx="${num(Math.min(op.w, op.h) * 0.16667)}"` : '';
      this.body.push(`<rect x="${num(op.x)}" y="${num(op.y)}" width="${num(op.w)}" height="${num(op.h)}"${r}${look}/>`);
    }
  }

  /** A gradient across the box along its angle, reaching the corners, as slides.pdf draws it. */
  private gradient(box: { x: number; y: number; w: number; h: number }, g: Gradient): string | undefined {
    const stops = g.stops
      .map((s) => ({ at: Math.min(1, Math.max(0, s.at)), colour: s.colour }))
      .sort((a, b) => a.at - b.at);
    if (stops.length === 0) return undefined;
    if (stops.length === 1) return stops[0]!.colour;
    const a = (g.angle * Math.PI) / 180;
    const half = (Math.abs(box.w * Math.cos(a)) + Math.abs(box.h * Math.sin(a))) / 2;
    const cx = box.x + box.w / 2;
    const cy = box.y + box.h / 2;
    const id = `${this.idPrefix}-g${this.definitions.length}`;
    this.definitions.push(
      `<linearGradient id="${id}" gradientUnits="userSpaceOnUse" x1="${num(cx - half * Math.cos(a))}" y1="${num(cy - half * Math.sin(a))}" x2="${num(cx + half * Math.cos(a))}" y2="${num(cy + half * Math.sin(a))}">` +
        stops.map((s) => `<stop offset="${num(s.at)}" stop-color="${xmlText(s.colour)}"/>`).join('') +
        '</linearGradient>',
    );
    return `url(#${id})`;
  }

  private image(op: Extract<Op, { kind: 'image' }>): void {
    // The picture the PDF embeds (scaled down to print size), so both draw the same pixels.
    const data = printedPicture(op.data, { w: op.w, h: op.h });
    const type = imageType(data);
    if (!type) return;
    let clip = '';
    if (op.clip) {
      const c = op.clip;
      const id = `${this.idPrefix}-c${this.definitions.length}`;
      this.definitions.push(
        `<clipPath id="${id}">${
          c.ellipse
            ? `<ellipse cx="${num(c.x + c.w / 2)}" cy="${num(c.y + c.h / 2)}" rx="${num(c.w / 2)}" ry="${num(c.h / 2)}"/>`
            : `<rect x="${num(c.x)}" y="${num(c.y)}" width="${num(c.w)}" height="${num(c.h)}"/>`
        }</clipPath>`,
      );
      clip = ` clip-path="url(#${id})"`;
    }
    const href = xmlText(this.picture(data, type));
    this.body.push(
      `<g${turn(op)}><image x="${num(op.x)}" y="${num(op.y)}" width="${num(op.w)}" height="${num(op.h)}" preserveAspectRatio="none"${clip} href="${href}"/></g>`,
    );
  }

  /** One line of a text layout with its top-left at (left, top), aligned in `width` as the PDF aligns it. */
  private line(layout: TextLayout, index: number, left: number, top: number, width: number, source?: string): void {
    const line = layout.lines[index];
    if (!line) return;
    const offset =
      layout.align === 'center' ? (width - line.width) / 2 : layout.align === 'right' ? width - line.width : 0;
    const baseline = top + layout.baseline;
    const from = source ? ` data-source="${xmlText(source)}"` : '';
    for (const [i, s] of line.segments.entries()) {
      // The space a line wraps at ends its last segment outside the segment's width (text.ts): not drawn, so the
      // width below is the width of what is.
      const drawn = s.text.replace(/\n/g, '');
      const text = i === line.segments.length - 1 && !s.rtl ? drawn.trimEnd() : drawn;
      if (text.trim() === '') continue;
      this.fonts.add(s.font);
      // A right-to-left stretch is drawn from its right end, its characters in the order the PDF draws them and no
      // other (the browser's own bidi pass would reorder what layout already ordered); Hebrew and Arabic shaped as
      // the PDF shapes them, kerning and ligatures included.
      const x = s.rtl ? left + offset + s.x + s.width : left + offset + s.x;
      const rtl = s.rtl ? ' direction="rtl" unicode-bidi="bidi-override"' : '';
      const shaped = isShapedKey(s.font) ? ' style="font-kerning:normal;font-variant-ligatures:normal"' : '';
      // The width layout measured, for a browser that rounds each glyph's advance to whole pixels (WebKitGTK under
      // hinted fonts: a line of 24 px Arimo came out 1.7 % short). Not for shaped text, whose joins added spacing
      // would break, nor right-to-left text: WebKitGTK 2.50 draws a bidi-override stretch with textLength backwards.
      const length = shaped || s.rtl ? '' : ` textLength="${num(s.width)}" lengthAdjust="spacing"`;
      this.body.push(
        `<text x="${num(x)}" y="${num(baseline)}" font-family="${fontFamilyOf(s.font)}" font-size="${num(s.size)}" fill="${xmlText(s.color)}"${length}${rtl}${shaped}${from}>${xmlText(text)}</text>`,
      );
    }
  }
}

function paint(fill: string | undefined, stroke: string | undefined, lineWidth: number | undefined): string {
  const f = ` fill="${fill ? xmlText(fill) : 'none'}"`;
  return stroke ? `${f} stroke="${xmlText(stroke)}" stroke-width="${num(lineWidth ?? 0.75)}"` : f;
}

/** Turned about the middle of its box, as PowerPoint turns a shape and the PDF draws it. */
function turn(op: { x: number; y: number; w: number; h: number; rotation?: number }): string {
  return op.rotation ? ` transform="rotate(${num(op.rotation)} ${num(op.x + op.w / 2)} ${num(op.y + op.h / 2)})"` : '';
}

/** The picture's type from its first bytes: only what every browser draws (the build accepts no other). */
function imageType(data: Uint8Array): string | undefined {
  if (data[0] === 0x89 && data[1] === 0x50 && data[2] === 0x4e && data[3] === 0x47) return 'image/png';
  if (data[0] === 0xff && data[1] === 0xd8) return 'image/jpeg';
  if (data[0] === 0x47 && data[1] === 0x49 && data[2] === 0x46) return 'image/gif';
  return undefined;
}

function num(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}

/** A free-form outline as slides.pdf draws it: the filled sub-paths filled even-odd, then the stroked ones drawn. */
function outlinePaths(
  outline: Outline,
  fill: string | undefined,
  stroke: string | undefined,
  width: number | undefined,
  opacity: string,
): string {
  const d = (keep: (s: Outline[number]) => boolean, close: boolean) =>
    outline
      .filter(keep)
      .map((s) => `M${s.points.map(([x, y]) => `${num(x)} ${num(y)}`).join('L')}${close || s.closed ? 'Z' : ''}`)
      .join('');
  const filled =
    fill && outline.some((s) => !s.unfilled)
      ? `<path d="${d((s) => !s.unfilled, true)}" fill="${fill}" fill-rule="evenodd"${opacity}/>`
      : '';
  const stroked =
    stroke && outline.some((s) => !s.unstroked)
      ? `<path d="${d((s) => !s.unstroked, false)}" fill="none" stroke="${stroke}" stroke-width="${num(width ?? 0.75)}"${opacity}/>`
      : '';
  return filled + stroked;
}
