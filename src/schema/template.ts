// `template:` and `template-layouts:`: the client's PowerPoint template, and which of its layouts each kind of slide uses.
import { z } from 'zod';
import { text } from './common.js';

/** `template-layouts:` which of the template's layouts (by the name PowerPoint shows) a kind of slide uses. */
export const templateLayouts = z.strictObject({
  title: text.optional().describe('Layout name for the title slide.'),
  section: text.optional().describe('Layout name for section divider slides.'),
  content: text.optional().describe('Layout name for text slides (a title and bullets).'),
  'title-only': text.optional().describe('Layout name for tables, comparisons, cards and exercise slides.'),
  closing: text
    .optional()
    .describe(
      'Layout name for the closing slide (by default a layout named for it, such as "Closing Slide" or "Abschluss", else the section dividers\' layout).',
    ),
});
