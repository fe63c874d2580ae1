// What pptxgenjs needs to know of the masters (the real master and layouts are ours, template.ts), and the footer line.
import { PT } from '../../layout/geometry.js';
import { descentPad } from '../../layout/text.js';
import { lineHeight, wrapLines } from '../../text/measure.js';
import type { RenderCtx } from './context.js';
import type { LayoutKey } from './layouts.js';
import type { Pres, SlideMasterProps } from './pptxgenjs.js';

/** pptxgenjs masters: slides on them get a slide number shape or none; their layout is replaced when the package is assembled. */
export const NUMBERED = 'NUMBERED';
export const UNNUMBERED = 'UNNUMBERED';

/** Layouts whose slides carry the footer and the slide number. */
export function hasFooter(layout: LayoutKey): boolean {
  return layout === 'content' || layout === 'titleOnly' || layout === 'blank';
}

export function definePptxMasters(pres: Pres, rc: RenderCtx): void {
  const { geo, palette: pal, model } = rc;
  const theme = model.theme;
  pres.defineSlideMaster({ title: UNNUMBERED, objects: [] });
  pres.defineSlideMaster({
    title: NUMBERED,
    objects: [],
    slideNumber: {
      ...geo.slideNumber,
      fontFace: theme.fonts.body,
      fontSize: theme.sizes.small,
      color: pal.text('muted', pal.background),
      align: 'right',
      valign: 'bottom',
      margin: [0, 0, descentPad(theme.sizes.small), 0],
    } as NonNullable<SlideMasterProps['slideNumber']>,
  });
}

/** The footer line (workshop, then client) at the largest small size that fits; the client is left out first. */
export function footerText(rc: RenderCtx): { text: string; size: number } | undefined {
  const { model, geo } = rc;
  const title = model.workshop.title;
  const client = model.client.name;
  const widthPt = geo.footer.w * PT;
  const heightPt = geo.footer.h * PT;
  const candidates = client ? [`${title}  ·  ${client}`, title] : [title];
  for (const text of candidates)
    for (let s = model.theme.sizes.small; s >= 9; s--) {
      const lines = wrapLines([{ text }], widthPt, s).length;
      if (lineHeight(s, lines) + descentPad(s) <= heightPt && lines <= 2) return { text, size: s };
    }
  return undefined;
}
