// comparisons/<id>.yaml: a side-by-side table.
import { z } from 'zod';
import { id, markdown, text } from './common.js';

export const comparisonSchema = z.strictObject({
  id: id.optional(),
  title: text,
  columns: z.array(text).min(2),
  rows: z.array(z.strictObject({ aspect: text, values: z.array(text) })).min(1),
  source: text.optional(),
  notes: markdown.optional(),
});

export type ComparisonFile = z.infer<typeof comparisonSchema>;
