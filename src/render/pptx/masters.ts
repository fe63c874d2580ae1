// What pptxgenjs needs to know of the masters (the real master and layouts are ours, template.ts).
import { descentPad } from '../../layout/text.js';
import type { RenderCtx } from '../context.js';
import type { Pres, SlideMasterProps } from './pptxgenjs.js';

/** pptxgenjs masters: slides on them get a slide number shape or none; their layout is replaced when the package is assembled. */
export const NUMBERED = 'NUMBERED';
export const UNNUMBERED = 'UNNUMBERED';

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
      // At the slide's outer edge: the left where the masters are mirrored.
      align: geo.rtl ? 'left' : 'right',
      valign: 'bottom',
      margin: [0, 0, descentPad(theme.sizes.small), 0],
    } as NonNullable<SlideMasterProps['slideNumber']>,
  });
}
