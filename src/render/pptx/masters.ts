// The three slide masters (title, section, content): backgrounds, brand bars, footer, logo and the title placeholder.
import { fitImage, PT } from '../../layout/geometry.js';
import type { Frame } from '../../layout/types.js';
import { lineHeight, wrapLines } from '../layout/measure.js';
import { descentPad } from '../../layout/text.js';
import { dataUri, type RenderCtx } from './context.js';
import type { Pres, SlideMasterProps } from './pptxgenjs.js';

/** Defines the TITLE, SECTION and CONTENT masters on a presentation. */
export function defineMasters(pres: Pres, rc: RenderCtx): void {
  const { geo, palette: pal, model } = rc;
  const theme = model.theme;
  // Slides inherit the placeholder's frame and insets (pptxgenjs lets them override neither);
  // layout measured titles with the same bottom inset.
  const titlePlaceholder = (frame: Frame, fill: string, max: number): NonNullable<SlideMasterProps['objects']>[number] => ({
    placeholder: {
      options: {
        name: 'title',
        type: 'title',
        ...frame,
        margin: [0, 0, descentPad(max), 0],
        valign: 'bottom',
        fontFace: theme.fonts.heading,
        fontSize: max,
        bold: true,
        color: pal.text('title', fill),
      },
      text: '',
    },
  });

  pres.defineSlideMaster({
    title: 'TITLE',
    background: { color: pal.background },
    objects: [
      { rect: { ...geo.titlePanel, fill: { color: pal.primary }, line: { type: 'none' } } },
      { rect: { x: geo.titlePanel.w, y: 0, w: 0.08, h: geo.height, fill: { color: pal.accent }, line: { type: 'none' } } },
      titlePlaceholder(geo.coverTitle, pal.primary, geo.titleMax.cover),
    ],
  });

  pres.defineSlideMaster({
    title: 'SECTION',
    background: { color: pal.primary },
    objects: [
      { rect: { x: 0, y: geo.height - 0.14, w: geo.width, h: 0.14, fill: { color: pal.accent }, line: { type: 'none' } } },
      titlePlaceholder(geo.heroTitle, pal.primary, geo.titleMax.hero),
    ],
  });

  const footer = footerText(rc);
  const objects: NonNullable<SlideMasterProps['objects']> = [
    { rect: { ...geo.topBar, fill: { color: pal.primary }, line: { type: 'none' } } },
    titlePlaceholder(geo.title, pal.background, geo.titleMax.content),
  ];
  if (footer) {
    objects.push({
      text: {
        text: footer.text,
        options: {
          ...geo.footer,
          margin: [0, 0, descentPad(footer.size), 0],
          valign: 'bottom',
          fontFace: theme.fonts.body,
          fontSize: footer.size,
          color: pal.text('muted', pal.background),
        },
      },
    });
  }
  if (theme.logo) {
    const f = fitImage(theme.logo, geo.footerLogo);
    objects.push({ image: { ...f, x: geo.footerLogo.x + geo.footerLogo.w - f.w, data: dataUri(theme.logo), altText: 'Logo' } });
  }
  pres.defineSlideMaster({
    title: 'CONTENT',
    background: { color: pal.background },
    objects,
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
function footerText(rc: RenderCtx): { text: string; size: number } | undefined {
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
