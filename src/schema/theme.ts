// templates/<name>/theme.yaml: fonts, colours, sizes and margins of a theme.
import { z } from 'zod';
import { color, text } from './common.js';

const points = z.number().positive().max(200);

export const themeSchema = z.strictObject({
  name: text.describe('Name of the theme, usually its folder name.'),
  fonts: z
    .strictObject({
      heading: text.describe('Font name for titles and headings.'),
      body: text.describe('Font name for body text.'),
      mono: text.describe('Font name for inline code.'),
    })
    .describe('Font names the deck asks for; text is measured with their metric twins.'),
  colors: z
    .strictObject({
      primary: color.describe('Colour of titles, header rows and accents (Accent 1 in the deck), as "#RRGGBB".'),
      secondary: color.describe('Second colour (Accent 3 in the deck), as "#RRGGBB".'),
      accent: color.describe('Colour of small highlights (Accent 2 in the deck), as "#RRGGBB".'),
      background: color.describe('Slide background colour, as "#RRGGBB".'),
      text: color.describe('Colour of body text, as "#RRGGBB".'),
      muted: color.describe('Colour of footers and captions, as "#RRGGBB".'),
      surface: color.describe('Fill of cards and aspect columns, as "#RRGGBB".'),
    })
    .describe('Colours of the theme; brand colours of a client replace primary, secondary and accent.'),
  sizes: z
    .strictObject({
      title: points.describe('Size of slide titles in points.'),
      minTitle: points.describe('Smallest size in points a long title shrinks to.'),
      body: points.describe('Size of slide text in points.'),
      minBody: points.describe('Smallest size in points slide text shrinks to before it splits across slides.'),
      small: points.describe('Size of footers and slide numbers in points.'),
    })
    .describe('Text sizes in points, up to 200.'),
  slide: z
    .strictObject({
      width: z.number().positive().describe('Slide width in inches (13.333 for 16:9).'),
      height: z.number().positive().describe('Slide height in inches (7.5 for 16:9).'),
      margin: z.number().nonnegative().describe('Margin around the slide content in inches.'),
    })
    .describe('Slide size and margin in inches.'),
});

export type ThemeFile = z.infer<typeof themeSchema>;
