// workshop.yaml: title, length, running order, defaults for every client.
import { z } from 'zod';
import { kitOptions } from './kit.js';
import { kitLanguage } from './labels.js';
import { clockTime, id, minutes, paper, runningOrder, text, vars } from './common.js';

export const workshopSchema = z.strictObject({
  title: text,
  subtitle: text.optional(),
  audience: text.optional(),
  minutes,
  start: clockTime.default('09:00'),
  theme: id.default('default'),
  paper: paper.default('A4'),
  /** Extension: the kit's language (BCP 47): the tool's own words, clock, dates, and the language tags of deck and PDFs. */
  lang: kitLanguage.default('en-GB'),
  ...kitOptions,
  modules: runningOrder,
  /** Extension: default values for {{vars.NAME}}; a client's vars override them. */
  vars: vars.optional(),
  /** Extension: text for the closing slide. */
  closing: text.optional(),
});

export type Workshop = z.infer<typeof workshopSchema>;
export type RunningOrderItem = Workshop['modules'][number];
