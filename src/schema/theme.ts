// templates/<name>/theme.yaml: fonts, colours, sizes and margins of a theme.
import { z } from 'zod';
import { color, text } from './common.js';

const points = z.number().positive().max(200);

export const themeSchema = z.strictObject({
  name: text,
  fonts: z.strictObject({ heading: text, body: text, mono: text }),
  colors: z.strictObject({ primary: color, secondary: color, accent: color, background: color, text: color, muted: color, surface: color }),
  sizes: z.strictObject({ title: points, minTitle: points, body: points, minBody: points, small: points }),
  slide: z.strictObject({ width: z.number().positive(), height: z.number().positive(), margin: z.number().nonnegative() }),
});

export type ThemeFile = z.infer<typeof themeSchema>;
