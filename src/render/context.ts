// What every slide renderer needs: the model, geometry, palette, and diagnostics to add to.
import type { Diagnostic } from '../diagnostics.js';
import { mastersGeometry } from '../layout/direction.js';
import type { Geometry } from '../layout/geometry.js';
import { measureFor } from '../layout/index.js';
import { inkFrame } from '../layout/text-box.js';
import { geometry } from '../layout/theme-geometry.js';
import type { Frame, SlidePage, TextBox } from '../layout/types.js';
import type { DeckModel, ImageRef } from '../model/deck.js';
import { hardestUnder, type Scrim, scrimUnder } from '../template/legibility.js';
import type { TemplateRole } from '../template/types.js';
import type { Measure } from '../text/measure.js';
import { luminance, type Palette, palette } from './colors.js';
import type { WorksheetPages } from './contract.js';

export interface RenderCtx {
  model: DeckModel;
  geo: Geometry;
  palette: Palette;
  worksheetPages: WorksheetPages;
  /** Clock time each module slide comes on screen, as the guide and run sheet plan it. */
  slideStarts: ReadonlyMap<string, string>;
  /** Minutes each module slide is planned on screen. */
  slideMinutes: ReadonlyMap<string, number>;
  /** Slides of what a late start dropped: the facilitator skips them. */
  droppedSlides: ReadonlySet<string>;
  diagnostics: Diagnostic[];
  /** The deck's fonts, text is measured with as layout measured it (where words end, for the colour under them). */
  measure: Measure;
  /** The footer line of content slides and its size; none when even the workshop title does not fit. */
  footer?: { text: string; size: number };
}

/** A render context for one deck. */
export function renderContext(model: DeckModel, worksheetPages: WorksheetPages): RenderCtx {
  const slideStarts = new Map(model.agenda.items.flatMap((item) => Object.entries(item.slideStarts)));
  const slideMinutes = new Map(model.agenda.items.flatMap((item) => Object.entries(item.slideMinutes)));
  return {
    model,
    geo: mastersGeometry(model, geometry(model.theme)),
    palette: palette(model.theme),
    worksheetPages,
    slideStarts,
    slideMinutes,
    droppedSlides: new Set(model.agenda.late?.dropped.flatMap((d) => d.slideIds)),
    diagnostics: [],
    measure: measureFor(model.theme),
  };
}

/** Whose backdrop a page stands on: the closing slide's layout, or its master's role (title-only slides share the text slides' grid). */
function gridRole(page: Pick<SlidePage, 'master' | 'kind'>): TemplateRole {
  if (page.kind === 'closing') return 'closing';
  return page.master === 'TITLE' ? 'title' : page.master === 'SECTION' ? 'section' : 'content';
}

/** The colour behind a frame on a master (before any fill the element brings itself). */
export function masterFill(rc: RenderCtx, page: Pick<SlidePage, 'master' | 'kind'>, frame: Frame): string {
  const { master } = page;
  // On a client's template: what its layout really draws under the frame (a photo's darkest or lightest part),
  // else the master's background or the title or section layout's own.
  const template = rc.model.theme.template;
  if (template) {
    const role = gridRole(page);
    const grid = template.grids?.[role];
    // The polarity of the layout's own titles, for text over a region no colour reads on throughout.
    const title = template.titles?.[role]?.colour;
    const prefer = title ? (luminance(title) > 0.179 ? 'light' : 'dark') : undefined;
    const under = grid ? hardestUnder(grid, frame, rc.geo, prefer) : undefined;
    if (under) return under.slice(1);
    return (
      (master === 'TITLE' ? template.fills.title : master === 'SECTION' ? template.fills.section : undefined) ??
      rc.palette.background
    );
  }
  if (master === 'SECTION') return rc.palette.primary;
  const panel = rc.geo.titlePanel;
  const onPanel = rc.geo.rtl ? frame.x + frame.w > panel.x : frame.x < panel.x + panel.w;
  if (master === 'TITLE' && onPanel) return rc.palette.primary;
  return rc.palette.background;
}

/** The colour behind a text box's words: on a template, under the part of the box its words cover (a short label across a gradient reads on where it is, not on the whole box). */
export function textFill(rc: RenderCtx, page: Pick<SlidePage, 'master' | 'kind'>, box: TextBox): string {
  return masterFill(rc, page, rc.model.theme.template ? inkFrame(rc.measure, box) : box.frame);
}

/** Room a scrim leaves around the words it is laid under, in inches. */
const SCRIM_PAD = 0.08;

/**
 * On a template, the veil laid under a text box the tool colours itself where no colour of its own reads at 4.5 : 1 on
 * everything under its words (a gradient from dark to light, a photo): where and how. Cards and panels bring their own
 * fill; titles and a placeholder's text the template colours are the template's.
 */
export function scrimFor(
  rc: RenderCtx,
  page: Pick<SlidePage, 'master' | 'kind'>,
  box: TextBox,
): (Scrim & { frame: Frame }) | undefined {
  const template = rc.model.theme.template;
  if (!template || box.style === 'card' || box.style === 'panel' || box.paras.length === 0) return undefined;
  const grid = template.grids?.[gridRole(page)];
  if (!grid) return undefined;
  const ink = inkFrame(rc.measure, box);
  const fill = masterFill(rc, page, ink);
  const colours = [...new Set(box.paras.map((p) => `#${rc.palette.text(p.role, fill)}`))];
  const scrim = scrimUnder(grid, ink, rc.geo, colours);
  if (!scrim) return undefined;
  return { ...scrim, frame: veilFrame(box.frame, ink, template.keepOut?.[gridRole(page)] ?? [], rc.geo) };
}

/**
 * Where a veil lies: as wide as the text's column, not its widest measured line (a font measured by a stand-in may
 * set wider or narrower), as high as its words, a margin around them that stops at the template's art beside the
 * column (a line drawn down a divider's side): the veil never lies over it.
 */
export function veilFrame(
  column: Frame,
  ink: Frame,
  art: readonly Frame[],
  slide: { width: number; height: number },
): Frame {
  let left = Math.max(0, column.x - SCRIM_PAD);
  let right = Math.min(slide.width, column.x + column.w + SCRIM_PAD);
  const top = Math.max(0, ink.y - SCRIM_PAD);
  const bottom = Math.min(slide.height, ink.y + ink.h + SCRIM_PAD);
  for (const a of art) {
    if (a.y >= bottom || a.y + a.h <= top) continue;
    if (a.x + a.w <= column.x && a.x + a.w > left) left = a.x + a.w;
    if (a.x >= column.x + column.w && a.x < right) right = a.x;
  }
  return { x: left, y: top, w: right - left, h: bottom - top };
}

/** An image as the `data:` URI pptxgenjs embeds. */
export function dataUri(image: Pick<ImageRef, 'mime' | 'data'>): string {
  return `data:${image.mime};base64,${Buffer.from(image.data).toString('base64')}`;
}
