// Building blocks shared by the content schemas; each carries the message a facilitator should read.
import { z } from 'zod';

/** Text; a number written where text is expected (a year, a score) is taken as written. */
export const text = z
  .union([z.string(), z.number()], { error: 'expected text' })
  .transform((value) => String(value))
  .pipe(z.string().trim().min(1));
/** Markdown, read as written (src/schema/markdown-fields.ts finds every field of this type). */
export const markdown = z.string();
/** Markdown that must say something: read without the blank space around it. */
export const requiredMarkdown = markdown.pipe(z.string().trim().min(1));

export const minutes = z.number().int().positive();

/** "9:00" is accepted and read as "09:00": facilitators write both. */
export const clockTime = z
  .string()
  .regex(/^([01]?\d|2[0-3]):[0-5]\d$/, { error: 'expected a time as "HH:MM" (24-hour, quoted)' })
  .transform((value) => value.padStart(5, '0'));

/** A date as YYYY-MM-DD; a date written the German (3.12.2026) or US (12/3/2026) way is told its ISO form. */
export const isoDate = z
  .string()
  .superRefine((value, ctx) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
      const slashed = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
      const iso = dotted
        ? `${dotted[3]}-${dotted[2]!.padStart(2, '0')}-${dotted[1]!.padStart(2, '0')}`
        : slashed
          ? `${slashed[3]}-${slashed[1]!.padStart(2, '0')}-${slashed[2]!.padStart(2, '0')}`
          : undefined;
      ctx.addIssue({
        code: 'invalid_format',
        format: 'date',
        message: `expected a date as YYYY-MM-DD${iso ? ` (for ${value}, write ${iso})` : ''}`,
      });
      return;
    }
    const date = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || !date.toISOString().startsWith(value))
      ctx.addIssue({ code: 'custom', message: 'expected a real calendar date as YYYY-MM-DD' });
  })
  // Editors check the form as they type.
  .meta({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

/** Longest feedback address: a longer one makes a QR code too dense to scan from a printed page across a table. */
export const MAX_URL_LENGTH = 300;

/** A web address people open on their phones: https only (a phone warns about plain http), no spaces, no user name. */
export const httpsUrl = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const problem = urlProblem(value);
    if (problem) ctx.addIssue({ code: 'invalid_format', format: 'url', message: problem });
  })
  .meta({ pattern: '^https://' });

function urlProblem(value: string): string | undefined {
  if (value.length > MAX_URL_LENGTH)
    return `expected a web address of at most ${MAX_URL_LENGTH} characters (a shorter link makes a QR code a phone reads from across a table)`;
  if (/\s/.test(value)) return 'expected a web address without spaces (write a space as %20)';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'expected a web address such as https://example.org/feedback';
  }
  if (url.protocol !== 'https:')
    return `expected a web address starting with https:// (${url.protocol === 'http:' ? 'phones warn about http://' : `not ${url.protocol}`})`;
  if (!url.hostname.includes('.'))
    return 'expected a web address with a full host name, such as https://example.org/feedback';
  if (url.username || url.password) return 'expected a web address without a user name or password in it';
  return undefined;
}

export const color = z
  .string()
  .regex(/^#[0-9A-Fa-f]{6}$/, { error: 'expected a colour as "#RRGGBB" (quoted, six hex digits)' });

/** Ids come from file names, so any name a file can have (without spaces or slashes) is an id. */
export const id = z.string().regex(/^(?!\.\.?$)[^\s/\\{}#]+$/u, {
  error: 'expected an id: a file name without extension, with no spaces or slashes',
});

export const paper = z.enum(['A4', 'Letter']);

export const grouping = z.enum(['solo', 'pairs', 'small groups', 'plenary']);

/** Values for {{vars.NAME}}: numbers and booleans are written as the author typed them. */
export const vars = z.record(
  z.string().regex(/^[A-Za-z_][A-Za-z0-9_-]*$/, { error: 'expected a variable name made of letters, digits, - and _' }),
  z.union([z.string(), z.number(), z.boolean()]),
);

/** An agenda entry: a module id, or a break with its minutes (and, maybe, the clock time it is fixed at). */
export const runningOrderItem = z.union(
  [
    id,
    z.strictObject({
      break: minutes.describe('Minutes the break takes in the running order.'),
      title: text.optional().describe('Name of the break in the agenda and run sheet, such as Lunch. Default: Break.'),
      /** Extension: the break is fixed to the clock (lunch is served at 12:30 whatever ran before). */
      at: clockTime
        .optional()
        .describe('Clock time the break starts, "HH:MM" (quoted): what comes before it must end by then.'),
    }),
  ],
  {
    error: 'expected a module id or a break written as `break: MINUTES`',
  },
);

export const runningOrder = z.array(runningOrderItem).min(1);
