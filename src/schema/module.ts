// Front matter of modules/<id>.md.
import { z } from 'zod';
import { id, minutes, text } from './common.js';

export const moduleFrontMatterSchema = z.strictObject({
  id: id.optional(),
  title: text,
  minutes,
  objectives: z.array(text).optional(),
  /** What the module needs beyond its exercises' materials (a flipchart, sticky notes); listed in the guide's checklist. */
  materials: z.array(text).optional(),
});

export type ModuleFrontMatter = z.infer<typeof moduleFrontMatterSchema>;
