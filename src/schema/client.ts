// clients/<id>.yaml: overlays the workshop for one client.
import { z } from 'zod';
import { kitLanguage, labels } from './labels.js';
import { templateLayouts } from './template.js';
import { clockTime, color, id, isoDate, minutes, paper, runningOrder, text, vars } from './common.js';

export const clientSchema = z.strictObject({
  id: id.optional(),
  name: text,
  date: isoDate.optional(),
  start: clockTime.optional(),
  facilitator: text.optional(),
  location: text.optional(),
  paper: paper.optional(),
  /** Extension: the language of this client's kit when it differs from the workshop's (de-DE, en-US). */
  lang: kitLanguage.optional(),
  /** Extension: the tool's own words for this client, over the workshop's `labels`. */
  labels: labels.optional(),
  /** Extension: the client's PowerPoint template (.potx or .pptx, inside the content folder); the client's wins. */
  template: text.optional(),
  /** Extension: the template layout each kind of slide uses, by its name, where finding it by its placeholders is not what you want. */
  'template-layouts': templateLayouts.optional(),
  /** Extension: how many take part; per-participant materials are then counted for the group. */
  participants: z.number().int().positive().max(10000).optional(),
  /** Extension: which artefacts to build (default all five); `--check` still renders every one. */
  outputs: z.array(z.enum(['deck', 'slides', 'handouts', 'worksheets', 'guide'])).min(1).optional(),
  /** Extension: slides a page in handouts.pdf: 1 (with lines below), 2, 3 (with lines beside, the default), 4 or 6. */
  handouts: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(6)], { error: 'expected 1, 2, 3, 4 or 6 slides a page' }).optional(),
  /** Extension: font files (.ttf, .otf, .woff, .woff2) inside the content folder for fonts a template names; text in them is measured with them. */
  fonts: z.array(text).min(1).optional(),
  theme: id.optional(),
  brand: z
    .strictObject({
      primary: color.optional(),
      secondary: color.optional(),
      accent: color.optional(),
      logo: text.optional(),
    })
    .optional(),
  modules: runningOrder.optional(),
  minutes: minutes.optional(),
  timing: z.record(id, minutes).optional(),
  vars: vars.optional(),
});

export type Client = z.infer<typeof clientSchema>;
