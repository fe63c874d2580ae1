// workshop.yaml: title, length, running order, defaults for every client.
import { z } from 'zod';
import { clockTime, id, minutes, paper, runningOrder, text, vars } from './common.js';

export const workshopSchema = z.strictObject({
  title: text,
  subtitle: text.optional(),
  audience: text.optional(),
  minutes,
  start: clockTime.default('09:00'),
  theme: id.default('default'),
  paper: paper.default('A4'),
  /** Extension: language of the content, for tagged PDFs (BCP 47). */
  lang: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'expected a language tag such as en-GB' }).default('en-GB'),
  modules: runningOrder,
  /** Extension: default values for {{vars.NAME}}; a client's vars override them. */
  vars: vars.optional(),
  /** Extension: text for the closing slide. */
  closing: text.optional(),
});

export type Workshop = z.infer<typeof workshopSchema>;
export type RunningOrderItem = Workshop['modules'][number];
