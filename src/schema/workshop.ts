// workshop.yaml: title, length, running order, defaults for every client.
import { z } from 'zod';
import { kitLanguage, labels } from './labels.js';
import { templateLayouts } from './template.js';
import { clockTime, id, minutes, paper, runningOrder, text, vars } from './common.js';

export const workshopSchema = z.strictObject({
  title: text,
  subtitle: text.optional(),
  audience: text.optional(),
  minutes,
  start: clockTime.default('09:00'),
  theme: id.default('default'),
  paper: paper.default('A4'),
  /** Extension: the kit's language (BCP 47): the tool's own words, clock, dates, and the language tags of deck and PDFs. */
  lang: kitLanguage.default('en-GB'),
  /** Extension: the tool's own words, replaced by key (a client's `labels` win). */
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
  modules: runningOrder,
  /** Extension: default values for {{vars.NAME}}; a client's vars override them. */
  vars: vars.optional(),
  /** Extension: text for the closing slide. */
  closing: text.optional(),
});

export type Workshop = z.infer<typeof workshopSchema>;
export type RunningOrderItem = Workshop['modules'][number];
