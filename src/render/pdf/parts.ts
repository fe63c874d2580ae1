// Building blocks both PDFs share: exercise headings, meta lines, cover titles, label/value facts.
import { exerciseHeading, say } from '../../i18n/locale.js';
import type { DocumentModel, ExerciseInfo, Source } from '../../model/deck.js';
import { anchor, type Column, heading, label, paragraph } from './boxes.js';
import type { Box, Ctx, Tag } from './document.js';
import { pictureIn } from './pictures.js';
import { INK, mm, SPACE, TYPE } from './style.js';
import { table } from './table.js';

/** "15 minutes" / "1 minute" in the kit's language. */
export function minutesText(ctx: Ctx, n: number): string {
  return say(ctx.locale, 'minutes-long', { n });
}

/** The start of an exercise section: new page (optional), running head, heading and a muted meta line. */
export function exerciseHeader(
  ctx: Ctx,
  parent: Tag,
  e: ExerciseInfo,
  col: Column,
  meta: string[],
  opts: { newPage?: boolean; level?: 1 | 2; onPlaced?: (page: number) => void } = {},
): Box[] {
  const title = exerciseHeading(ctx.locale, e);
  return [
    anchor(
      (p) => {
        if (opts.level !== 2) p.runningHead(title);
        opts.onPlaced?.(p.page);
      },
      { newPage: opts.newPage === true },
    ),
    heading(ctx, parent, title, opts.level ?? 1, col, { source: e.source, before: opts.level === 2 ? SPACE.xl : 0 }),
    ...metaLine(ctx, parent, meta, col, e.source),
  ];
}

/** A muted one-liner of facts joined by middle dots, kept with the heading above and the text below. */
export function metaLine(ctx: Ctx, parent: Tag, facts: string[], col: Column, source?: Source): Box[] {
  const lines = paragraph(
    ctx,
    parent,
    facts.filter(Boolean).join('  ·  '),
    { size: TYPE.label + 0.5, color: INK.muted },
    col,
    {
      before: 0,
      source,
      keepLast: true,
    },
  );
  return lines.map((b) => ({ ...b, keep: true }));
}

/** A cover's title block: kind label in the accent colour, the title, and the subtitle. */
export function coverTitle(ctx: Ctx, parent: Tag, model: DocumentModel, kind: string, col: Column): Box[] {
  const out: Box[] = [];
  const logo = model.theme.logo;
  if (logo) {
    // The client's logo, top right (top left in a right-to-left kit), no larger than 45 × 18 mm whatever its pixel size.
    const tag = ctx.tag(parent, 'Figure', { alt: logo.alt });
    const scale = Math.min(mm(45) / logo.width, mm(18) / logo.height);
    const w = logo.width * scale;
    const h = logo.height * scale;
    out.push({
      height: mm(25),
      draw(p, top) {
        p.tag(tag);
        const picture = pictureIn(p.doc, logo.data, { w, h });
        const x = ctx.rtl ? col.left : col.left + col.width - w;
        if (picture) p.doc.image(picture, x, top, { width: w, height: h });
      },
    });
  } else out.push({ height: mm(25), draw: () => undefined });
  out.push(
    ...paragraph(ctx, parent, kind.toUpperCase(), { size: TYPE.label + 1, bold: true, color: ctx.accent }, col, {}),
  );
  const titleTag = ctx.tag(parent, 'H1');
  const title = ctx.text(
    model.workshop.title,
    { size: TYPE.title, bold: true, color: INK.text, leading: 1.15 },
    col.width,
  );
  out.push({
    height: title.height,
    before: SPACE.s,
    keep: true,
    draw(p, top) {
      p.text(title, titleTag, col.left, top, col.width);
    },
  });
  if (model.workshop.subtitle) {
    out.push(
      ...paragraph(ctx, parent, model.workshop.subtitle, { size: TYPE.h2, color: INK.muted }, col, { before: SPACE.s }),
    );
  }
  out.push({
    height: SPACE.xl,
    draw(p, top) {
      // Under the title's start: at the right in a right-to-left kit.
      p.rect(ctx.rtl ? col.left + col.width - mm(30) : col.left, top + SPACE.l, mm(30), 3, { fill: ctx.accent });
    },
  });
  return out;
}

/** Label/value rows (cover facts, exercise facts) as a borderless two-column table. */
export function facts(
  ctx: Ctx,
  parent: Tag,
  rows: [string, string | undefined][],
  col: Column,
  opts: { labelWidth?: number; before?: number; source?: Source } = {},
): Box[] {
  const present = rows.filter((r): r is [string, string] => r[1] !== undefined && r[1] !== '');
  if (present.length === 0) return [];
  const labelWidth = opts.labelWidth ?? mm(32);
  return table(ctx, parent, col, {
    widths: [labelWidth, col.width - labelWidth],
    rows: present.map(([k, v]) => [
      { text: k, style: { bold: true, color: INK.muted, size: TYPE.label + 0.5 } },
      { text: v },
    ]),
    rowRule: () => 'none',
    noFinalRule: true,
    keepTogether: true,
    before: opts.before ?? SPACE.m,
    ...(opts.source ? { source: opts.source } : {}),
  });
}

/** A, B, C … Z, then AA, AB: quiz options by position. */
export function optionLetter(i: number): string {
  let s = '';
  let n = i;
  do {
    s = String.fromCharCode(65 + (n % 26)) + s;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return s;
}

export interface ContentsEntry {
  title: string;
  /** Muted text before the page number, e.g. "15 minutes". */
  note?: string;
  source?: Source;
  /** Looked up after pagination. */
  page: () => number | undefined;
}

/** A contents list whose page numbers are filled in after pagination (the cover is drawn before the pages exist). */
export function contents(ctx: Ctx, parent: Tag, heading: string, entries: ContentsEntry[], col: Column): Box[] {
  if (entries.length === 0) return [];
  const out: Box[] = [label(ctx, parent, heading, col, { before: SPACE.xxl })];
  const toc = ctx.tag(parent, 'TOC');
  const pageW = mm(18);
  const noteW = mm(32);
  for (const e of entries) {
    const item = ctx.tag(toc, 'TOCI');
    const noteTag = ctx.tag(item, 'Span');
    const pageTag = ctx.tag(item, 'Span');
    const title = ctx.text(e.title, { size: TYPE.body, color: INK.text }, col.width - pageW - noteW, e.source);
    const note = e.note
      ? ctx.text(e.note, { size: TYPE.label, color: INK.muted, align: 'right' }, noteW, e.source)
      : undefined;
    const height = title.height + SPACE.s;
    out.push({
      height,
      before: SPACE.xs,
      draw(p, top) {
        p.text(title, item, col.left, top, col.width - pageW - noteW);
        // The note sits on the title's baseline although it is set smaller.
        if (note)
          p.text(note, noteTag, col.left + col.width - pageW - noteW, top + title.baseline - note.baseline, noteW);
        p.hline(col.left, col.left + col.width, top + height - 2, INK.rule, 0.4);
        p.later(() => {
          const page = e.page();
          if (page === undefined) return;
          const text = ctx.text(
            say(ctx.locale, 'contents-page', { page }),
            { size: TYPE.body, color: INK.text, align: 'right' },
            pageW,
          );
          p.text(text, pageTag, col.left + col.width - pageW, top, pageW);
        });
      },
    });
  }
  return out;
}
