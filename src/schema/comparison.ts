// comparisons/<id>.yaml: a side-by-side table.
import { z } from 'zod';
import { id, markdown, text } from './common.js';

export const comparisonSchema = z.strictObject({
  id: id.optional().describe('Id used in ::comparison{#id}. Default: the file name.'),
  title: text.describe('Title of the table, used on its slide unless a heading gives one.'),
  columns: z.array(text).min(2).describe('Column headings, two or more.'),
  rows: z
    .array(
      z.strictObject({
        aspect: text
          .optional()
          .describe(
            'What the row compares, in the first column. A comparison none of whose rows name one has no such column.',
          ),
        values: z.array(text).describe('One value per column, in column order.'),
      }),
    )
    .min(1)
    .describe('Rows of the table, one aspect each.'),
  source: text.optional().describe('Where the comparison comes from, shown on the slide.'),
  notes: markdown.optional().describe('Talking points (Markdown) for the speaker notes and the guide.'),
});

export type ComparisonFile = z.infer<typeof comparisonSchema>;
