// clients/<id>.yaml: overlays the workshop for one client.
import { z } from 'zod';
import { kitOptions } from './kit.js';
import { kitLanguage } from './labels.js';
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
  ...kitOptions,
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
