// Front matter of modules/<id>.md.
import { z } from 'zod';
import { id, minutes, text } from './common.js';

export const moduleFrontMatterSchema = z.strictObject({
  id: id.optional().describe('Id used in running orders. Default: the file name.'),
  title: text.describe('Title of the module, in the agenda and run sheet.'),
  minutes: minutes.describe('Minutes the module takes in the running order, its exercises included.'),
  objectives: z
    .array(text)
    .optional()
    .describe('Learning objectives, listed on the first section divider of the module.'),
  /** What the module needs beyond its exercises' materials (a flipchart, sticky notes); listed in the guide's checklist. */
  materials: z
    .array(text)
    .optional()
    .describe('What the module needs beyond its exercises (a flipchart, say); in the materials checklist.'),
  /** Extension: the module may be dropped when the session runs late (the run sheet and a late start say what to drop). */
  optional: z
    .boolean()
    .optional()
    .describe('true: the module can be dropped to recover time; the run sheet says what to drop when late.'),
  /** Extension: the module is in these clients' kits only. */
  only: z.array(id).min(1).optional().describe('Client ids: the module is in the kits of these clients only.'),
  /** Extension: the module is left out of these clients' kits. */
  except: z.array(id).min(1).optional().describe('Client ids: the module is left out of the kits of these clients.'),
});

export type ModuleFrontMatter = z.infer<typeof moduleFrontMatterSchema>;
