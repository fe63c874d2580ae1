// clients/<id>.yaml: overlays the workshop for one client.
import { z } from 'zod';
import { clockTime, color, id, isoDate, minutes, paper, runningOrder, text, vars } from './common.js';
import { kitOptions } from './kit.js';
import { kitLanguage } from './labels.js';

export const clientSchema = z.strictObject({
  id: id.optional().describe('Id of the client, used by --client and for out/<id>/. Default: the file name.'),
  name: text.describe('Name of the client, on the title slide and in page footers; {{client.name}}.'),
  date: isoDate.optional().describe('Date of the session as YYYY-MM-DD; {{client.date}}.'),
  start: clockTime.optional().describe('Start time as "HH:MM" (24-hour, quoted); replaces the start of the workshop.'),
  /** Extension: the session starts late but must end as planned: optional items are dropped to make up the time. */
  'late-start': clockTime
    .optional()
    .describe('Time the session really starts, "HH:MM" (quoted), after the planned start; the planned end holds.'),
  facilitator: text
    .optional()
    .describe('Who runs the session, on the title and closing slides; {{client.facilitator}}.'),
  location: text.optional().describe('Where the session takes place; {{client.location}}.'),
  /** Extension: who is coming, by name: a certificate and a name tent each in session-pack.pdf, and their rows on the sign-in sheet. */
  attendees: z
    .union([z.array(text).min(1).max(10000), z.string().trim().min(1)], {
      error:
        'expected a list of names, or the path of a CSV file of names inside the content folder (how many come is `participants:`)',
    })
    .optional()
    .describe(
      'Who is coming: a list of names, or the path of a CSV file (UTF-8) inside the content folder with a `name` column.',
    ),
  paper: paper
    .optional()
    .describe('Paper size of worksheets, handouts and the guide: A4 or Letter; replaces the workshop paper.'),
  /** Extension: the language of this client's kit when it differs from the workshop's (de-DE, en-US). */
  lang: kitLanguage
    .optional()
    .describe('Language of this kit as a BCP 47 tag (de-DE, en-US), when it differs from the workshop.'),
  ...kitOptions,
  theme: id.optional().describe('Theme for this client, by name; replaces the theme of the workshop.'),
  brand: z
    .strictObject({
      primary: color.optional().describe('Main brand colour as "#RRGGBB" (quoted): titles, header rows, accents.'),
      secondary: color.optional().describe('Colour for text on light backgrounds, as "#RRGGBB" (quoted).'),
      accent: color.optional().describe('Colour for small highlights, as "#RRGGBB" (quoted).'),
      logo: text
        .optional()
        .describe('Path of the logo image (PNG or JPEG) inside the content folder, shown on the slides.'),
    })
    .optional()
    .describe('Brand colours and logo of the client, laid over the theme.'),
  modules: runningOrder
    .optional()
    .describe('Running order for this client: module ids and breaks; replaces the workshop modules.'),
  minutes: minutes.optional().describe('Planned length for this client in minutes, breaks included.'),
  timing: z.record(id, minutes).optional().describe('Minutes per module for this client, by module id (two-jobs: 40).'),
  vars: vars.optional().describe('Values for {{vars.NAME}}; they override the workshop vars.'),
});

export type Client = z.infer<typeof clientSchema>;
