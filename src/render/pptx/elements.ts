// Draws laid-out elements (text boxes, tables, pictures, shapes, QR codes) on a slide, exactly where layout put them.

import { hasFooter, planPage, roleOf } from '../../layout/plan.js';
import { descentPad } from '../../layout/text.js';
import type { Element, Para, SlidePage, TableBox, TextBox } from '../../layout/types.js';
import type { Run } from '../../model/deck.js';
import { pictureKind } from '../../template/package.js';
import type { TemplateRole } from '../../template/types.js';
import { paragraphDirection } from '../../text/rtl.js';
import { hex6 } from '../../util/contrast.js';
import { cellFill } from '../colors.js';
import { dataUri, masterFill, type RenderCtx, scrimFor, textFill } from '../context.js';
import { drawsShape } from '../slide-decor.js';
import type { PlaceholderKey } from './layouts.js';
import {
  picturePlaceholderName,
  placeholderName,
  TABLE_COMPARISON,
  TABLE_RTL,
  TABLE_WITH_HEADER,
  TABLE_WITHOUT_HEADER,
} from './placeholders.js';
import type { PSlide, TableCell, TableRow } from './pptxgenjs.js';
import { drawQrShape } from './qr.js';
import { cellRuns, paraRuns, type TextEnv } from './text.js';

/** Per-page options: a hook that fills in text known only at render time. */
export interface DrawOptions {
  fillIn?: (p: Para) => Run[] | undefined;
}

/**
 * Draws a page: its title in the layout's title placeholder, the body text in the body (or subtitle)
 * placeholder, the rest as shapes, and the footer in its placeholder. Shapes that become placeholders
 * are named `ph:<type>` here and turned into `<p:ph>` shapes when the package is assembled
 * (pptxgenjs can only place a placeholder where its master put it, not where layout measured it).
 */
export function drawPage(rc: RenderCtx, page: SlidePage, ps: PSlide, opts: DrawOptions = {}): void {
  const plan = planPage(page);
  const role = roleOf(plan.layout, page.kind);
  const template = rc.model.theme.template;
  // The layout's picture placeholders show the pictures the template's example slides put there, under the text.
  for (const art of template?.backdrops?.[role]?.art ?? []) {
    const data = art.placeholder !== undefined && art.part ? template?.parts[art.part] : undefined;
    // The reader kept only whole PNGs and JPEGs: the signature says which.
    const kind = data ? pictureKind(data) : undefined;
    if (!data || (kind !== 'png' && kind !== 'jpeg') || art.placeholder === undefined) continue;
    ps.addImage({
      data: dataUri({ mime: `image/${kind}`, data }),
      ...art.frame,
      altText: '',
      objectName: picturePlaceholderName(art.placeholder, art.crop ?? { l: 0, t: 0, r: 0, b: 0 }),
    });
  }
  const title = page.title;
  ps.addText(paraRuns(title.paras, env(rc, page, title, {})), {
    ...title.frame,
    ...textOptions(title),
    objectName: placeholderName(plan.titlePlaceholder),
  });
  const templateText = templateColours(rc, role);
  page.elements.forEach((el, i) =>
    drawElement(rc, page, el, ps, opts, i === plan.bodyIndex ? plan.bodyPlaceholder : undefined, templateText),
  );
  // A template whose layout prints a footer line of its own gets none of the deck's over it.
  const printed = rc.model.theme.template?.prints?.[role];
  if (rc.footer && hasFooter(plan.layout) && !printed?.footer) {
    const { geo, palette: pal, model } = rc;
    const rtl = paragraphDirection(rc.footer.text, geo.rtl) === 'rtl';
    ps.addText(rc.footer.text, {
      ...geo.footer,
      // Flush with the slide's edge, where the masters are mirrored; a right-to-left line starts at the right.
      ...(rtl || geo.rtl ? { align: 'right' as const } : {}),
      ...(rtl ? { rtlMode: true } : {}),
      margin: [0, 0, descentPad(rc.footer.size), 0],
      valign: 'bottom',
      fontFace: model.theme.fonts.body,
      fontSize: rc.footer.size,
      color: pal.text('muted', pal.background),
      lang: model.locale.tag,
      objectName: placeholderName('ftr'),
    });
  }
}

function env(rc: RenderCtx, page: SlidePage, el: Element, opts: DrawOptions, fill?: string): TextEnv {
  return {
    theme: rc.model.theme,
    palette: rc.palette,
    fill: fill ?? (el.kind === 'text' ? textFill(rc, page, el) : masterFill(rc, page, el.frame)),
    lang: rc.model.locale.tag,
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

function drawElement(
  rc: RenderCtx,
  page: SlidePage,
  el: Element,
  ps: PSlide,
  opts: DrawOptions,
  placeholder?: PlaceholderKey,
  /** The template colours the text of the page's body placeholder itself. */
  templateText = false,
): void {
  switch (el.kind) {
    case 'text': {
      const filled = el.style === 'card' || el.style === 'panel';
      const fill = filled ? rc.palette.surface : undefined;
      // A veil under words the tool colours where no colour reads on what the template draws behind them.
      const scrim = placeholder && templateText ? undefined : scrimFor(rc, page, el);
      if (scrim)
        ps.addShape('rect', {
          ...scrim.frame,
          fill: { color: hex6(scrim.colour), transparency: Math.round((1 - scrim.opacity) * 100) },
          line: { type: 'none' },
        });
      ps.addText(paraRuns(el.paras, env(rc, page, el, opts, fill)), {
        ...el.frame,
        ...textOptions(el),
        ...(fill ? { fill: { color: fill } } : {}),
        ...(placeholder ? { objectName: placeholderName(placeholder) } : el.name ? { objectName: el.name } : {}),
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
      if (!drawsShape(rc.model.theme, el)) break;
      const color = el.role === 'surface' ? rc.palette.surface : rc.palette.accent;
      ps.addShape('rect', { ...el.frame, fill: { color }, line: { type: 'none' } });
      break;
    }
    case 'qr':
      drawQrShape(ps, el);
      break;
  }
}

/** Whether the template colours the text of a role's body placeholder itself (where its colour reads there). */
function templateColours(rc: RenderCtx, role: TemplateRole): boolean {
  const template = rc.model.theme.template;
  return template?.bodyLooks?.[role]?.colour !== undefined && !template.ownBodyColour?.[role];
}

function drawTable(rc: RenderCtx, page: SlidePage, t: TableBox, ps: PSlide): void {
  const pal = rc.palette;
  const line = { type: 'solid' as const, pt: 0.75, color: pal.line };
  // Cell margins in inches as [top, right, bottom, left] (pptxgenjs reads values below 1 as inches).
  const margin: [number, number, number, number] = [
    t.marginPt.y / 72,
    t.marginPt.x / 72,
    t.marginPt.y / 72,
    t.marginPt.x / 72,
  ];
  // A table PowerPoint lays out from the right (`rtl`) is written in reading order: its first column first.
  const inOrder = <T>(list: readonly T[]): T[] => (t.rtl ? [...list].reverse() : [...list]);
  const rows: TableRow[] = t.rows.map((cells, ri) =>
    inOrder(cells).map((cell): TableCell => {
      const header = t.hasHeader && ri === 0;
      const fill = cellFill(pal, header, cell.role);
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
  ps.addTable(rows, {
    x: t.frame.x,
    y: t.frame.y,
    w: t.frame.w,
    h: t.frame.h,
    colW: inOrder(t.colWidths),
    rowH: t.rowHeights,
    autoPage: false,
    objectName: `${t.style === 'comparison' ? TABLE_COMPARISON : t.hasHeader ? TABLE_WITH_HEADER : TABLE_WITHOUT_HEADER}${t.rtl ? TABLE_RTL : ''}`,
  });
}
