// styles/<id>.yaml: a catalogue of styles shown as cards.
import { z } from 'zod';
import { id, markdown, text } from './common.js';

export const stylesSchema = z.strictObject({
  id: id.optional(),
  title: text,
  styles: z.array(z.strictObject({ name: text, summary: text, fits: text.optional(), risk: text.optional() })).min(1),
  source: text.optional(),
  notes: markdown.optional(),
});

export type StylesFile = z.infer<typeof stylesSchema>;
