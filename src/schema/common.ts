// Building blocks shared by the content schemas; each carries the message a facilitator should read.
import { z } from 'zod';

/** Text; a number written where text is expected (a year, a score) is taken as written. */
export const text = z
  .union([z.string(), z.number()], { error: 'expected text' })
  .transform((value) => String(value))
  .pipe(z.string().trim().min(1));
export const markdown = z.string();

export const minutes = z.number().int().positive();

/** "9:00" is accepted and read as "09:00": facilitators write both. */
export const clockTime = z
  .string()
  .regex(/^([01]?\d|2[0-3]):[0-5]\d$/, { error: 'expected a time as "HH:MM" (24-hour, quoted)' })
  .transform((value) => value.padStart(5, '0'));

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date as YYYY-MM-DD' })
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, { error: 'expected a real calendar date as YYYY-MM-DD' });

export const color = z.string().regex(/^#[0-9A-Fa-f]{6}$/, { error: 'expected a colour as "#RRGGBB" (quoted, six hex digits)' });

/** Ids come from file names, so any name a file can have (without spaces or slashes) is an id. */
export const id = z.string().regex(/^(?!\.\.?$)[^\s/\\{}#]+$/u, { error: 'expected an id: a file name without extension, with no spaces or slashes' });

export const paper = z.enum(['A4', 'Letter']);

export const grouping = z.enum(['solo', 'pairs', 'small groups', 'plenary']);

/** Values for {{vars.NAME}}: numbers and booleans are written as the author typed them. */
export const vars = z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_-]*$/, { error: 'expected a variable name made of letters, digits, - and _' }), z.union([z.string(), z.number(), z.boolean()]));

/** An agenda entry: a module id, or a break with its minutes. */
export const runningOrderItem = z.union([id, z.strictObject({ break: minutes, title: text.optional() })], {
  error: 'expected a module id or a break written as `break: MINUTES`',
});

export const runningOrder = z.array(runningOrderItem).min(1);
