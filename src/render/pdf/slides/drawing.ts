// A slide's drawing as plain data: made once per kit from the laid-out page (draw.ts), then replayed into every PDF that
// shows the slide (slides.pdf at full size, the handouts and the guide's thumbnails scaled down). Plain data, so the
// drawing made on the main thread reaches the guide's worker through postMessage as it is.

import type { Ctx, Tag } from '../document.js';
import type { Painter } from '../painter.js';
import type { TextLayout } from '../text.js';

/** A structure element of the slide: `parent` is the index of an earlier one, or -1 for where the slide is replayed. */
export interface TagSpec {
  type: string;
  parent: number;
  title?: string;
  alt?: string;
}

/** Where marked content goes: a TagSpec's index, or null for decoration (an artifact). */
type TagRef = number | null;

export type Op =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; fill?: string; stroke?: string; lineWidth?: number }
  | { kind: 'image'; data: Uint8Array; x: number; y: number; w: number; h: number; tag: TagRef }
  /** One line of a layout, or every line when `line` is absent. */
  | { kind: 'text'; layout: TextLayout; line?: number; tag: TagRef; x: number; y: number; width: number }
  /** The slide's title enters the document outline here (slides.pdf only). */
  | { kind: 'outline' };

export interface SlideDrawing {
  slideId: string;
  title: string;
  tags: TagSpec[];
  /** Every text laid out for the slide: a document registers their glyphs before it draws anything. */
  texts: TextLayout[];
  ops: Op[];
}

export type Draw = (p: Painter) => void;

/**
 * Prepares a drawing for one document: makes its structure elements under `parent` now, in the order the
 * drawing made them, and hands its texts to the document; returns what draws it. `outline`: the slide is
 * tagged paragraph by paragraph and its title enters the outline (slides.pdf); otherwise the whole slide is
 * the content of `parent` (a handout's or thumbnail's figure, whose alternate description gives its text).
 */
export function replay(ctx: Ctx, parent: Tag, drawing: SlideDrawing, outline: boolean): Draw {
  ctx.adopt(drawing.texts);
  const made: Tag[] = [];
  if (outline) for (const spec of drawing.tags) made.push(ctx.tag(spec.parent < 0 ? parent : made[spec.parent]!, spec.type, options(spec)));
  const tagOf = (ref: TagRef): Tag | null => (ref === null ? null : outline ? made[ref]! : parent);
  return (p) => {
    for (const op of drawing.ops) run(p, op, tagOf, outline ? drawing.title : undefined);
  };
}

function options(spec: TagSpec): { title?: string; alt?: string } | undefined {
  if (spec.title !== undefined) return { title: spec.title };
  if (spec.alt !== undefined) return { alt: spec.alt };
  return undefined;
}

function run(p: Painter, op: Op, tagOf: (ref: TagRef) => Tag | null, outlineTitle: string | undefined): void {
  switch (op.kind) {
    case 'rect':
      p.rect(op.x, op.y, op.w, op.h, { ...(op.fill ? { fill: op.fill } : {}), ...(op.stroke ? { stroke: op.stroke } : {}), ...(op.lineWidth ? { lineWidth: op.lineWidth } : {}) });
      return;
    case 'image':
      image(p, op, tagOf(op.tag));
      return;
    case 'text':
      if (op.line === undefined) p.text(op.layout, tagOf(op.tag), op.x, op.y, op.width);
      else p.line(op.layout, op.line, tagOf(op.tag), op.x, op.y, op.width);
      return;
    case 'outline':
      if (outlineTitle !== undefined) p.doc.outline.addItem(outlineTitle);
  }
}

// pdfkit embeds a picture given as bytes anew on every call; the logo is on most slides, so each
// document opens each picture once and draws that one object wherever it appears.
const opened = new WeakMap<object, WeakMap<Uint8Array, unknown>>();

function image(p: Painter, op: Extract<Op, { kind: 'image' }>, tag: Tag | null): void {
  if (tag) p.tag(tag);
  else p.artifact();
  let images = opened.get(p.doc);
  if (!images) opened.set(p.doc, (images = new WeakMap()));
  let picture = images.get(op.data);
  // openImage is pdfkit's documented API; its type declarations leave it out.
  if (!picture) images.set(op.data, (picture = (p.doc as unknown as { openImage(src: Buffer): unknown }).openImage(Buffer.from(op.data.buffer, op.data.byteOffset, op.data.byteLength))));
  p.doc.image(picture as Buffer, op.x, op.y, { width: op.w, height: op.h });
}
