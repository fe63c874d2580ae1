// What each of our layouts draws behind a slide (background, brand panel, accent bars, footer logo), described once:
// the PowerPoint writer turns it into layout shapes, the slides PDF draws it.
import { fitImage, type Geometry } from '../layout/geometry.js';
import type { Frame, ShapeBox } from '../layout/types.js';
import type { ImageRef, Theme } from '../model/deck.js';
import type { Palette } from './colors.js';

export type DecorLayout = 'title' | 'section' | 'content' | 'titleOnly' | 'blank';

export interface Decor {
  /** The layout's background colour (RRGGBB). */
  fill: string;
  rects: { name: string; frame: Frame; color: string }[];
  logo?: { frame: Frame; image: ImageRef };
}

/** The decorations of one layout, as our master and layouts draw them. */
export function decorations(geo: Geometry, pal: Palette, theme: Theme, key: DecorLayout): Decor {
  switch (key) {
    case 'title':
      return {
        fill: pal.background,
        rects: [
          { name: 'Brand panel', frame: geo.titlePanel, color: pal.primary },
          {
            name: 'Accent bar',
            // Along the panel's inner edge: its right, or its left where the masters are mirrored.
            frame: { x: geo.rtl ? geo.titlePanel.x - 0.08 : geo.titlePanel.w, y: 0, w: 0.08, h: geo.height },
            color: pal.accent,
          },
        ],
      };
    case 'section':
      return {
        fill: pal.primary,
        rects: [
          { name: 'Accent bar', frame: { x: 0, y: geo.height - 0.14, w: geo.width, h: 0.14 }, color: pal.accent },
        ],
      };
    default: {
      const rects = key === 'blank' ? [] : [{ name: 'Top bar', frame: geo.topBar, color: pal.primary }];
      const logo = theme.logo && (key === 'content' || key === 'titleOnly') ? theme.logo : undefined;
      if (!logo) return { fill: pal.background, rects };
      const f = fitImage(logo, geo.footerLogo);
      return {
        fill: pal.background,
        rects,
        // At the side of its box nearer the slide's edge.
        logo: {
          frame: { ...f, x: geo.rtl ? geo.footerLogo.x : geo.footerLogo.x + geo.footerLogo.w - f.w },
          image: logo,
        },
      };
    }
  }
}

/** Rules and accents are our design: on a client's template its masters draw the design, so only surfaces are drawn. */
export function drawsShape(theme: Theme, shape: Pick<ShapeBox, 'role'>): boolean {
  return !theme.template || shape.role === 'surface';
}
