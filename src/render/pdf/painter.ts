// Drawing state for one document: the page frame, the current page, balanced marked content (tags vs artifacts), running heads.

import { INK } from './style.js';
import { drawLine, type TextLayout } from './text.js';

type Doc = PDFKit.PDFDocument;

/** A structure element with the tag its marked content must carry. */
export interface Tag {
  el: PDFKit.PDFStructureElement;
  type: string;
}

/** The content area of every page, in points from the top-left corner. */
export interface Frame {
  left: number;
  right: number;
  width: number;
  top: number;
  bottom: number;
  pageWidth: number;
  pageHeight: number;
}

/** Draws onto the current page and keeps marked content balanced across tags, artifacts and pages. */
export class Painter {
  /** 1-based number of the current page. */
  page = 1;
  private open: Tag | 'artifact' | null = null;
  private heads: string[] = [''];
  private current = '';
  private fresh = true;
  private deferred: { page: number; run: () => void }[] = [];

  constructor(
    readonly doc: Doc,
    readonly frame: Frame,
  ) {}

  /** Marks what follows as content of `tag` (continuing the open sequence when it is the same element). */
  tag(tag: Tag): void {
    this.fresh = false;
    if (this.open === tag) return;
    this.close();
    tag.el.add(this.doc.markStructureContent(tag.type));
    this.open = tag;
  }

  /** Marks what follows as decoration that assistive technology skips. */
  artifact(): void {
    this.fresh = false;
    if (this.open === 'artifact') return;
    this.close();
    this.doc.markContent('Artifact');
    this.open = 'artifact';
  }

  close(): void {
    if (this.open) this.doc.endMarkedContent();
    this.open = null;
  }

  /** Starts a page on the document's paper, or at `size` (a landscape page of the same paper). */
  newPage(size?: { width: number; height: number }): void {
    this.close();
    if (size) this.doc.addPage({ size: [size.width, size.height], margin: 0 });
    else this.doc.addPage();
    this.page++;
    this.heads[this.page - 1] = this.current;
    this.fresh = true;
  }

  /**
   * Sets the running head from here on. A page's header names what is at its top
   * (the section it continues, or one that opens it), which is what a reader turning pages looks for.
   */
  runningHead(text: string): void {
    this.current = text;
    if (this.fresh) this.heads[this.page - 1] = text;
  }

  headOf(page: number): string {
    return this.heads[page - 1] ?? '';
  }

  /** Runs `draw` on the current page after pagination, when page numbers are known. */
  later(run: () => void): void {
    this.deferred.push({ page: this.page, run });
  }

  runDeferred(): void {
    for (const d of this.deferred) {
      this.close();
      this.doc.switchToPage(d.page - 1);
      d.run();
      this.close();
    }
  }

  /** Draws every line of a layout, tagged, with its top-left at (left, top). */
  text(layout: TextLayout, tag: Tag | null, left: number, top: number, width: number): void {
    if (tag) this.tag(tag);
    else this.artifact();
    for (let i = 0; i < layout.lines.length; i++)
      drawLine(this.doc, layout, i, left, top + i * layout.lineHeight, width);
  }

  /** Draws one line of a layout (for flows that break between lines). */
  line(layout: TextLayout, index: number, tag: Tag | null, left: number, top: number, width: number): void {
    if (tag) this.tag(tag);
    else this.artifact();
    drawLine(this.doc, layout, index, left, top, width);
  }

  rect(
    x: number,
    y: number,
    w: number,
    h: number,
    opts: { fill?: string; stroke?: string; lineWidth?: number; radius?: number },
  ): void {
    this.artifact();
    const d = this.doc;
    d.save();
    if (opts.radius) d.roundedRect(x, y, w, h, opts.radius);
    else d.rect(x, y, w, h);
    if (opts.fill && opts.stroke) d.lineWidth(opts.lineWidth ?? 0.75).fillAndStroke(opts.fill, opts.stroke);
    else if (opts.fill) d.fill(opts.fill);
    else d.lineWidth(opts.lineWidth ?? 0.75).stroke(opts.stroke ?? INK.text);
    d.restore();
  }

  hline(x1: number, x2: number, y: number, color: string, width = 0.5, dash?: number): void {
    this.artifact();
    const d = this.doc;
    d.save().moveTo(x1, y).lineTo(x2, y).lineWidth(width);
    if (dash) d.dash(dash, { space: dash * 1.5 });
    d.stroke(color).restore();
  }

  vline(x: number, y1: number, y2: number, color: string, width = 0.5): void {
    this.artifact();
    this.doc.save().moveTo(x, y1).lineTo(x, y2).lineWidth(width).stroke(color).restore();
  }
}
