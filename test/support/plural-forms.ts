// An entry's plural forms against its language's: each form the language takes for a whole number is written out,
// none it never takes is, and an entry counts wherever English's does.
import { expect } from 'vitest';
import {
  CATALOGUES,
  type LabelKey,
  PLURAL_FORMS,
  type PluralForm,
  placeholdersOf,
  pluralForm,
  type Template,
} from '../../src/i18n/locale.js';

const wholeNumberForms = new Map<string, Set<PluralForm>>();

/** The forms `tag`'s language takes for the whole numbers a kit counts (minutes, modules, rows). */
export function formsForWholeNumbers(tag: string): Set<PluralForm> {
  let forms = wholeNumberForms.get(tag);
  if (!forms) {
    forms = new Set<PluralForm>();
    for (let n = 0; n < 10_000; n++) forms.add(pluralForm(tag, n));
    wholeNumberForms.set(tag, forms);
  }
  return forms;
}

export function expectFormsFit(tag: string, key: LabelKey, template: Template): void {
  const what = `${tag} ${key}`;
  const englishCounts = typeof CATALOGUES.en[key] !== 'string';
  if (englishCounts) expect(typeof template, `${what} counts, as English does`).toBe('object');
  if (typeof template === 'string') return;
  // Where English writes one text, the tool passes a count only to an entry that prints it.
  if (!englishCounts) expect(placeholdersOf(template).has('n'), `${what} counts {n}`).toBe(true);
  const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories as string[];
  const given = PLURAL_FORMS.filter((form) => template[form] !== undefined);
  expect(
    given.filter((form) => !categories.includes(form)),
    `${what}: forms ${tag} never takes`,
  ).toEqual([]);
  expect(
    [...formsForWholeNumbers(tag)].filter((form) => template[form] === undefined),
    `${what}: forms ${tag} takes for a whole number`,
  ).toEqual([]);
}
