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
  /** Extension: the module is in these clients' kits only. */
  only: z.array(id).min(1).optional(),
  /** Extension: the module is left out of these clients' kits. */
  except: z.array(id).min(1).optional(),
});

export type ModuleFrontMatter = z.infer<typeof moduleFrontMatterSchema>;
