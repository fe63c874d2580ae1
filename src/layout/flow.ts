// The flow engine: stacks paragraphs, tables and pictures down a region, page after page, never dropping anything.

import type { ImageRef, TableBlock } from '../model/deck.js';
import type { TextSetting } from '../template/text-setting.js';
import type { Measure } from '../text/measure.js';
import { linesNeeded } from '../text/wrapped-lines.js';
import type { FlowItem } from './blocks.js';
import { PT } from './geometry.js';
import { measureTable } from './measured-table.js';
import { tableBox } from './table.js';
import { cutPara, para, paraHeight, paraLineHeight, paraLines, withSpaceBefore } from './text.js';
import { heightOf, insets, placeholderInsets, SLACK, settingInsetX, textBox, verticalRoom } from './text-box.js';
import type { Element, Insets, Para } from './types.js';

/** A column of a page that flow fills from `top` to `bottom` (inches). */
export interface Region {
  x: number;
  w: number;
  top: number;
  bottom: number;
  /** A client's template placeholder the region is: text in it is set as the placeholder sets it (insets, spacing). */
  setting?: TextSetting;
}

/** The width text has in a region, inside the insets its boxes get. */
export function textWidthPt(region: Region): number {
  return region.w * PT - (region.setting ? 2 * settingInsetX(region.setting) : 0);
}

export interface FlowSizes {
  table: number;
  caption: number;
}

const MIN_PICTURE = 1.4;

/**
 * Lays items out down `first`, then down `next` on as many further pages as needed. With `cap`
 * (inches) no page is filled deeper than that, which callers use to even pages out.
 */
export function paginateFlow(
  m: Measure,
  items: readonly FlowItem[],
  first: Region,
  next: Region,
  sizes: FlowSizes,
  cap = Infinity,
  breakBefore = -1,
): Element[][] {
  const flow = new Flow(m, first, next, sizes, cap);
  items.forEach((item, i) => {
    if (i === breakBefore) flow.breakPage();
    if (item.kind === 'para') flow.addPara(item.para, items[i + 1]);
    else if (item.kind === 'table') flow.addTable(item.table);
    else flow.addImage(item.image);
  });
  return flow.finish();
}

/** The pages filled so far, where the next item goes, and the paragraphs waiting to become one text box. */
class Flow {
  private readonly pages: Element[][] = [[]];
  private region: Region;
  private y: number;
  /** Paragraphs stacked at `groupTop`, `groupH` points tall, not yet boxed. */
  private group: Para[] = [];
  private groupTop: number;
  private groupH = 0;

  constructor(
    private readonly m: Measure,
    first: Region,
    private readonly next: Region,
    private readonly sizes: FlowSizes,
    private readonly cap: number,
  ) {
    this.region = first;
    this.y = first.top;
    this.groupTop = first.top;
  }

  /** The next item starts a page of its own. */
  breakPage(): void {
    if (!this.empty()) this.newPage();
  }

  finish(): Element[][] {
    this.flush();
    if (this.pages.length > 1 && this.page().length === 0) this.pages.pop();
    return this.pages;
  }

  private bottom(): number {
    return Math.min(this.region.bottom, this.region.top + this.cap);
  }

  private page(): Element[] {
    return this.pages[this.pages.length - 1]!;
  }

  private empty(): boolean {
    return this.page().length === 0 && this.group.length === 0;
  }

  private widthPt(): number {
    return textWidthPt(this.region);
  }

  /** The insets of a box holding `paras`: a template placeholder's, as the region is one, or the tool's own. */
  private boxInsets(paras: readonly Para[]): Insets {
    const setting = this.region.setting;
    return setting ? placeholderInsets(this.m, setting, paras, 't') : insets(paras, 0);
  }

  private flush(): void {
    if (this.group.length === 0) return;
    const inset = this.boxInsets(this.group);
    const box = textBox(this.group, { x: this.region.x, y: this.groupTop, w: this.region.w }, { inset });
    this.page().push(box);
    this.y = this.groupTop + box.frame.h;
    this.group = [];
    this.groupH = 0;
  }

  private newPage(): void {
    this.flush();
    this.pages.push([]);
    this.region = this.next;
    this.y = this.region.top;
  }

  private take(p: Para): void {
    this.group.push(p);
    this.groupH += p.heightPt;
  }

  /** Points left for paragraph `p` under the group, inside the text box's insets. */
  private roomFor(p: Para): number {
    const inset = this.boxInsets(this.group.length > 0 ? [this.group[0]!, p, ...this.group] : [p]);
    return (this.bottom() - this.groupTop - SLACK) * PT - this.groupH - verticalRoom(inset);
  }

  addPara(p0: Para, nextItem: FlowItem | undefined): void {
    let p = remeasure(this.m, p0, this.widthPt());
    for (;;) {
      if (this.group.length === 0) {
        this.groupTop = this.y + (this.empty() ? 0 : p.spaceBeforePt / PT);
        p = withSpaceBefore(p, 0);
      }
      const avail = this.roomFor(p);
      const keep = p.role === 'heading' && nextItem ? firstLineHeight(this.m, nextItem) : 0;
      if (p.heightPt + keep <= avail) return this.take(p);
      // A paragraph that fits a page of its own moves there whole; a longer one is cut at a line.
      if (
        !this.empty() &&
        (p.heightPt <= (this.next.bottom - this.next.top) * PT || avail < paraLineHeight(this.m, p, 2))
      ) {
        this.moveOn(p);
        p = remeasure(this.m, p, this.widthPt());
        continue;
      }
      const [head, tail] = cutPara(this.m, p, this.widthPt(), avail);
      if (head) this.take(head);
      // Not one line fits an empty page: place it anyway rather than loop (the region is tiny).
      else if (this.empty()) return this.take(p);
      this.newPage();
      p = remeasure(this.m, tail, this.widthPt());
    }
  }

  /**
   * Starts a new page for `p`, taking along the heading, the list item whose sub-items follow, or the paragraphs kept
   * with it (a quiz question and its first options), that would end this one apart from it.
   */
  private moveOn(p: Para): void {
    const carried: Para[] = [];
    let below = p;
    while (this.group.length > 1) {
      const last = this.group[this.group.length - 1]!;
      if (last.role !== 'heading' && !last.keepWithNext && !(last.marker && below.level > last.level)) break;
      carried.unshift(this.group.pop()!);
      this.groupH -= last.heightPt;
      below = last;
    }
    this.newPage();
    for (const c of carried) this.addPara(c, undefined);
  }

  addTable(t: TableBlock): void {
    this.flush();
    const { widths, head, body } = measureTable(this.m, t, this.sizes.table, this.region.w);
    let rows = body;
    while (rows.length > 0) {
      if (!this.empty()) this.y += 0.12;
      const room = this.bottom() - this.y - head.height;
      let n = 0;
      let used = 0;
      while (n < rows.length && used + rows[n]!.height <= room) used += rows[n++]!.height;
      if (n === 0 && !this.empty()) {
        this.newPage();
        continue;
      }
      n = Math.max(n, 1);
      const box = tableBox('grid', { x: this.region.x, y: this.y }, widths, head, rows.slice(0, n));
      this.page().push(box);
      this.y += box.frame.h;
      rows = rows.slice(n);
      if (rows.length > 0) this.newPage();
    }
  }

  addImage(image: ImageRef): void {
    this.flush();
    // Alt text is for screen readers (the picture's description); only a caption the author wrote is printed.
    const caption = image.caption
      ? para(this.m, [{ text: image.caption }], this.sizes.caption, this.region.w * PT, {
          role: 'caption',
          align: 'center',
        })
      : undefined;
    const captionH = caption ? heightOf([caption]) : 0;
    const aspect = image.width > 0 && image.height > 0 ? image.width / image.height : 4 / 3;
    for (;;) {
      const top = this.empty() ? this.y : this.y + 0.15;
      const availH = this.bottom() - top - (caption ? captionH + 0.08 : 0);
      // Never enlarge a small picture beyond twice its pixel size at 96 dpi.
      const maxW = Math.min(this.region.w, (image.width / 96) * 2 || this.region.w);
      let w = Math.min(maxW, availH * aspect);
      let h = w / aspect;
      // A picture too small for MIN_PICTURE even at its largest (an icon) needs no more than its own size here.
      if (h < Math.min(MIN_PICTURE, maxW / aspect) && !this.empty()) {
        this.newPage();
        continue;
      }
      if (h <= 0) {
        h = MIN_PICTURE;
        w = h * aspect;
      }
      const x = this.region.x + (this.region.w - w) / 2;
      this.page().push({ kind: 'image', frame: { x, y: top, w, h }, image });
      if (caption) this.page().push(textBox([caption], { x: this.region.x, y: top + h + 0.08, w: this.region.w }));
      this.y = top + h + (caption ? 0.08 + captionH : 0);
      return;
    }
  }
}

function remeasure(m: Measure, p: Para, widthPt: number): Para {
  return { ...p, heightPt: paraHeight(m, p, linesNeeded(paraLines(m, p, widthPt))) };
}

function firstLineHeight(m: Measure, item: FlowItem): number {
  return item.kind === 'para' ? item.para.spaceBeforePt + paraLineHeight(m, item.para) : 72;
}

/** How far down (inches) the last element of a page reaches. */
export function pageBottom(elements: readonly Element[], fallback: number): number {
  return elements.reduce((m, e) => Math.max(m, e.frame.y + e.frame.h), fallback);
}
