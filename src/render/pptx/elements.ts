// Draws laid-out elements (text boxes, tables, pictures, shapes) on a slide, exactly where layout put them.
import type { Element, Para, SlidePage, TableBox, TextBox } from '../../layout/types.js';
import type { Run } from '../../model/deck.js';
import { dataUri, masterFill, type RenderCtx } from './context.js';
import type { PSlide, TableCell, TableRow } from './pptxgenjs.js';
import { cellRuns, paraRuns, type TextEnv } from './text.js';

/** Per-page options: a hook that fills in text known only at render time. */
export interface DrawOptions {
  fillIn?: (p: Para) => Run[] | undefined;
}

/** Draws a page's title (in the master's title placeholder when it sits there) and its elements. */
export function drawPage(rc: RenderCtx, page: SlidePage, ps: PSlide, opts: DrawOptions = {}): void {
  drawTitle(rc, page, ps);
  for (const el of page.elements) drawElement(rc, page, el, ps, opts);
}

function drawTitle(rc: RenderCtx, page: SlidePage, ps: PSlide): void {
  const box = page.title;
  const standard = page.master === 'CONTENT' ? rc.geo.title : page.master === 'SECTION' ? rc.geo.heroTitle : rc.geo.coverTitle;
  const f = box.frame;
  const inPlace = Math.abs(f.x - standard.x) < 1e-6 && Math.abs(f.y - standard.y) < 1e-6 && Math.abs(f.w - standard.w) < 1e-6 && Math.abs(f.h - standard.h) < 1e-6;
  const runs = paraRuns(box.paras, env(rc, page, box, {}));
  // The placeholder carries the master's frame; a title that had to grow is a plain text box instead.
  if (inPlace) ps.addText(runs, { placeholder: 'title', ...textOptions(box) });
  else ps.addText(runs, { ...f, ...textOptions(box) });
}

function env(rc: RenderCtx, page: SlidePage, el: Element, opts: DrawOptions, fill?: string): TextEnv {
  return {
    theme: rc.model.theme,
    palette: rc.palette,
    fill: fill ?? masterFill(rc, page.master, el.frame),
    lang: rc.model.lang,
    ...(opts.fillIn ? { fillIn: opts.fillIn } : {}),
  };
}

function textOptions(box: TextBox) {
  const { x, top, bottom } = box.inset;
  return {
    // pptxgenjs reads text margins in points as [left, right, bottom, top].
    margin: [x, x, bottom, top] as [number, number, number, number],
    valign: box.valign,
    // A safety net only: sizes are measured so nothing needs shrinking.
    fit: 'shrink' as const,
    wrap: true,
  };
}

function drawElement(rc: RenderCtx, page: SlidePage, el: Element, ps: PSlide, opts: DrawOptions): void {
  switch (el.kind) {
    case 'text': {
      const filled = el.style === 'card' || el.style === 'panel';
      const fill = filled ? rc.palette.surface : undefined;
      ps.addText(paraRuns(el.paras, env(rc, page, el, opts, fill)), {
        ...el.frame,
        ...textOptions(el),
        ...(fill ? { fill: { color: fill } } : {}),
      });
      break;
    }
    case 'table':
      drawTable(rc, page, el, ps);
      break;
    case 'image':
      ps.addImage({ data: dataUri(el.image), ...el.frame, altText: el.image.alt });
      break;
    case 'shape': {
      const color = el.role === 'surface' ? rc.palette.surface : rc.palette.accent;
      ps.addShape('rect', { ...el.frame, fill: { color }, line: { type: 'none' } });
      break;
    }
  }
}

function drawTable(rc: RenderCtx, page: SlidePage, t: TableBox, ps: PSlide): void {
  const pal = rc.palette;
  const line = { type: 'solid' as const, pt: 0.75, color: pal.line };
  // Cell margins in inches as [top, right, bottom, left] (pptxgenjs reads values below 1 as inches).
  const margin: [number, number, number, number] = [t.marginPt.y / 72, t.marginPt.x / 72, t.marginPt.y / 72, t.marginPt.x / 72];
  const rows: TableRow[] = t.rows.map((cells, ri) =>
    cells.map((cell): TableCell => {
      const header = t.hasHeader && ri === 0;
      const fill = header ? pal.primary : cell.role === 'aspect' || cell.role === 'break' ? pal.surface : pal.background;
      return {
        text: cellRuns(cell, env(rc, page, t, {}, fill)),
        options: {
          fill: { color: fill },
          margin,
          valign: header ? 'middle' : 'top',
          border: [line, line, line, line],
        },
      };
    }),
  );
  ps.addTable(rows, { x: t.frame.x, y: t.frame.y, w: t.frame.w, h: t.frame.h, colW: t.colWidths, rowH: t.rowHeights, autoPage: false });
}
