// workshop.yaml: title, length, running order, defaults for every client.
import { z } from 'zod';
import { clockTime, id, minutes, paper, runningOrder, text, vars } from './common.js';
import { kitOptions } from './kit.js';
import { kitLanguage } from './labels.js';

export const workshopSchema = z.strictObject({
  title: text.describe('Title of the workshop, on the title slide and in page footers.'),
  subtitle: text.optional().describe('Subtitle, shown under the title.'),
  audience: text
    .optional()
    .describe('Who the workshop is for, on the guide cover (and the title slide of the generic kit).'),
  minutes: minutes.describe('Planned length in minutes, breaks included; the running order must add up to it.'),
  start: clockTime.default('09:00').describe('Start time as "HH:MM" (24-hour, quoted). Default "09:00".'),
  theme: id
    .default('default')
    .describe('Theme to use: a built-in one (templates/<name>/) or one in themes/<name>/. Default: default.'),
  paper: paper.default('A4').describe('Paper size of worksheets, handouts and the guide: A4 or Letter. Default A4.'),
  /** Extension: the kit's language (BCP 47): the tool's own words, clock, dates, and the language tags of deck and PDFs. */
  lang: kitLanguage
    .default('en-GB')
    .describe('Language of the kit as a BCP 47 tag (de-DE, en-US): words, clock and dates. Default en-GB.'),
  ...kitOptions,
  modules: runningOrder.describe('Running order: module ids and breaks (`break: MINUTES`), in the order they run.'),
  /** Extension: default values for {{vars.NAME}}; a client's vars override them. */
  vars: vars.optional().describe('Default values for {{vars.NAME}}; a client file can override them.'),
  /** Extension: text for the closing slide. */
  closing: text.optional().describe('Line on the closing slide. Default: Questions, reflections and next steps.'),
});

export type Workshop = z.infer<typeof workshopSchema>;
export type RunningOrderItem = Workshop['modules'][number];
