// `labels:` in workshop.yaml or a client file: the tool's own words, replaced one entry at a time.
import { z } from 'zod';
import { CATALOGUES, LABEL_KEYS, type LabelKey, placeholdersOf, type Template } from '../i18n/locale.js';

const form = (what: string) => z.string().trim().min(1).describe(what);

/** An entry that counts: a form for each plural category the language has, as Intl.PluralRules picks them. */
const counted = z.strictObject({
  zero: form('The text for the count the language calls zero (Arabic, Latvian; not 0 in English).').optional(),
  one: form('The text when the count is one (and any other count the language counts as one).'),
  two: form('The text for the count the language calls two (Arabic, Hebrew, Slovenian).').optional(),
  few: form('The text for the counts the language calls few (Polish: 2–4, 22–24…).').optional(),
  many: form('The text for the counts the language calls many (Polish: 0, 5–21, 25…).').optional(),
  other: form('The text for any other count (and any form the entry leaves out).'),
});

const entry = z
  .union([z.string().trim().min(1), counted], {
    error:
      'expected text, or `one:` and `other:` (and `few:`, `many:` where the language counts so) for an entry that counts',
  })
  .meta({ id: 'label' });

/** An editor shows the English text of the entry a key replaces. */
const describe = (t: Template) => (typeof t === 'string' ? t : `${t.one} / ${t.other}`);

const braces = (names: Iterable<string>) => [...names].map((n) => `{${n}}`).join(', ');

/** Every key of the English catalogue, each optional; an override keeps the placeholders the tool fills in. */
export const labels = z
  .strictObject(
    Object.fromEntries(
      LABEL_KEYS.map((key) => [key, entry.optional().describe(describe(CATALOGUES.en[key]))]),
    ) as Record<LabelKey, z.ZodOptional<typeof entry>>,
  )
  .superRefine(keepsPlaceholders);

/**
 * A catalogue file (`i18n/sv.yaml`): the tool's words in a language it has none of its own for, or a content's own
 * words for one it has; every key `labels:` accepts, and no other.
 */
export const catalogueSchema = z
  .strictObject(
    // Optional to zod, so that one run reports a missing entry and a broken one together; the check below requires them.
    Object.fromEntries(
      LABEL_KEYS.map((key) => [key, entry.optional().describe(describe(CATALOGUES.en[key]))]),
    ) as Record<LabelKey, z.ZodOptional<typeof entry>>,
  )
  .superRefine((value, ctx) => {
    for (const key of LABEL_KEYS)
      if (value[key] === undefined)
        ctx.addIssue({
          code: 'custom',
          path: [],
          params: { rule: 'catalogue/missing' },
          message: `missing entry \`${key}\` (in English: ${JSON.stringify(describe(CATALOGUES.en[key]))})`,
        });
    keepsPlaceholders(value, ctx);
  });

function keepsPlaceholders(value: Partial<Record<LabelKey, Template>>, ctx: z.RefinementCtx): void {
  for (const [key, template] of Object.entries(value) as [LabelKey, Template | undefined][]) {
    if (template === undefined) continue;
    const wanted = placeholdersOf(CATALOGUES.en[key]);
    const given = placeholdersOf(template);
    const missing = [...wanted].filter((n) => !given.has(n));
    const unknown = [...given].filter((n) => !wanted.has(n));
    if (missing.length > 0)
      ctx.addIssue({
        code: 'custom',
        path: [key],
        params: { rule: 'labels/placeholder' },
        message: `the tool fills ${braces(wanted)} into this entry; ${braces(missing)} ${missing.length === 1 ? 'is' : 'are'} missing`,
      });
    else if (unknown.length > 0)
      ctx.addIssue({
        code: 'custom',
        path: [key],
        params: { rule: 'labels/placeholder' },
        message: `${braces(unknown)} ${unknown.length === 1 ? 'is' : 'are'} not filled in here; this entry takes ${wanted.size ? braces(wanted) : 'no placeholders'}`,
      });
  }
}

export type Labels = z.infer<typeof labels>;

/**
 * A BCP 47 tag: its language picks the words (built in, or a catalogue file's: validate checks there are some), its
 * region the clock and date formats.
 */
export const kitLanguage = z
  .string()
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'expected a language tag such as en-GB' });
