// Front matter of modules/<id>.md.
import { z } from 'zod';
import { id, minutes, text } from './common.js';

export const moduleFrontMatterSchema = z.strictObject({
  id: id.optional(),
  title: text,
  minutes,
  objectives: z.array(text).optional(),
});

export type ModuleFrontMatter = z.infer<typeof moduleFrontMatterSchema>;
