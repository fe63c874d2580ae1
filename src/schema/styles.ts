// styles/<id>.yaml: a catalogue of styles shown as cards.
import { z } from 'zod';
import { id, markdown, text } from './common.js';

export const stylesSchema = z.strictObject({
  id: id.optional().describe('Id used in ::styles{#id}. Default: the file name.'),
  title: text.describe('Title of the catalogue, used on its slide unless a heading gives one.'),
  styles: z
    .array(
      z.strictObject({
        name: text.describe('Name of the style, the heading of its card.'),
        summary: text.describe('What the style is, in a sentence.'),
        fits: text.optional().describe('Where the style fits, shown after Fits:.'),
        risk: text.optional().describe('What can go wrong with it, shown after Risk:.'),
      }),
    )
    .min(1)
    .describe('The styles, one card each.'),
  source: text.optional().describe('Where the styles come from, shown on the slide.'),
  notes: markdown.optional().describe('Talking points (Markdown) for the speaker notes and the guide.'),
});

export type StylesFile = z.infer<typeof stylesSchema>;
