// What every slide renderer needs: the model, geometry, palette, and diagnostics to add to.
import type { Diagnostic } from '../diagnostics.js';
import { type Geometry, geometry } from '../layout/geometry.js';
import { inkFrame } from '../layout/text.js';
import type { Frame, SlidePage, TextBox } from '../layout/types.js';
import type { DeckModel, ImageRef } from '../model/deck.js';
import { hardestUnder } from '../template/grid.js';
import { type Palette, palette } from './colors.js';
import type { WorksheetPages } from './contract.js';

export interface RenderCtx {
  model: DeckModel;
  geo: Geometry;
  palette: Palette;
  worksheetPages: WorksheetPages;
  /** Clock time each module slide comes on screen, as the guide and run sheet plan it. */
  slideStarts: ReadonlyMap<string, string>;
  diagnostics: Diagnostic[];
  /** The footer line of content slides and its size; none when even the workshop title does not fit. */
  footer?: { text: string; size: number };
}

/** A render context for one deck. */
export function renderContext(model: DeckModel, worksheetPages: WorksheetPages): RenderCtx {
  const slideStarts = new Map(model.agenda.items.flatMap((item) => Object.entries(item.slideStarts)));
  return {
    model,
    geo: geometry(model.theme),
    palette: palette(model.theme),
    worksheetPages,
    slideStarts,
    diagnostics: [],
  };
}

/** The colour behind a frame on a master (before any fill the element brings itself). */
export function masterFill(rc: RenderCtx, page: Pick<SlidePage, 'master' | 'kind'>, frame: Frame): string {
  const { master } = page;
  // On a client's template: what its layout really draws under the frame (a photo's darkest or lightest part),
  // else the master's background or the title or section layout's own.
  const template = rc.model.theme.template;
  if (template) {
    const grid =
      template.grids?.[
        page.kind === 'closing'
          ? 'closing'
          : master === 'TITLE'
            ? 'title'
            : master === 'SECTION'
              ? 'section'
              : 'content'
      ];
    const under = grid ? hardestUnder(grid, frame, rc.geo) : undefined;
    if (under) return under.slice(1);
    return (
      (master === 'TITLE' ? template.fills.title : master === 'SECTION' ? template.fills.section : undefined) ??
      rc.palette.background
    );
  }
  if (master === 'SECTION') return rc.palette.primary;
  if (master === 'TITLE' && frame.x < rc.geo.titlePanel.w) return rc.palette.primary;
  return rc.palette.background;
}

/** The colour behind a text box's words: on a template, under the part of the box its words cover (a short label across a gradient reads on where it is, not on the whole box). */
export function textFill(rc: RenderCtx, page: Pick<SlidePage, 'master' | 'kind'>, box: TextBox): string {
  return masterFill(rc, page, rc.model.theme.template ? inkFrame(box) : box.frame);
}

/** An image as the `data:` URI pptxgenjs embeds. */
export function dataUri(image: ImageRef): string {
  return `data:${image.mime};base64,${Buffer.from(image.data).toString('base64')}`;
}
