// The kit's languages: each has words, built in or in a catalogue file of the content (`i18n/sv.yaml`).

import type { Checked } from '../content/types.js';
import type { Diagnostic } from '../diagnostics.js';
import { baseLanguage, type Catalogue, type FileCatalogue, LANGUAGES, languageOf } from '../i18n/locale.js';
import type { YamlSource } from '../load/yaml.js';
import type { Client } from '../schema/client.js';
import { catalogueSchema } from '../schema/labels.js';
import type { Workshop } from '../schema/workshop.js';
import { checkYamlFiles } from './files.js';

/** The catalogue files that pass their schema, by language; a file named other than by a language alone is refused. */
export function checkCatalogues(files: Map<string, YamlSource>, diagnostics: Diagnostic[]): Map<string, FileCatalogue> {
  const named = new Map<string, YamlSource>();
  for (const [id, source] of files) {
    if (/^[a-z]{2,3}$/.test(id)) named.set(id, source);
    else
      diagnostics.push({
        rule: 'labels/catalogue-name',
        message: `a catalogue is named by its language alone, in lower case: rename ${source.file} to i18n/${baseLanguage(id)}.yaml (it serves every region of the language)`,
        source: { file: source.file, line: 1, column: 1 },
      });
  }
  const checked = checkYamlFiles(named, catalogueSchema, 'catalogue', diagnostics);
  return new Map([...checked].map(([id, c]) => [id, { file: c.source.file, words: c.value as Catalogue }] as const));
}

/**
 * Every `lang:` names a language the kit has words for. A catalogue that exists but failed its checks counts as
 * words: its own mistakes are reported, not the language as well.
 */
export function checkLanguages(
  workshop: Checked<Workshop> | undefined,
  clients: ReadonlyMap<string, Checked<Client>>,
  catalogues: ReadonlySet<string>,
  diagnostics: Diagnostic[],
): void {
  const files: { lang?: string; source: YamlSource }[] = [
    ...(workshop ? [{ lang: workshop.value.lang, source: workshop.source }] : []),
    ...[...clients.values()].map((c) => ({ lang: c.value.lang, source: c.source })),
  ];
  for (const { lang, source } of files) {
    if (lang === undefined || languageOf(lang) || catalogues.has(baseLanguage(lang))) continue;
    const base = baseLanguage(lang);
    diagnostics.push({
      rule: 'labels/language',
      message: `unsupported language \`${base}\`: the kit speaks ${LANGUAGES.join(', ')} of its own (with any region, e.g. de-AT, fr-CA, en-US, pt-PT); for ${lang}, add i18n/${base}.yaml with the kit's words, every entry \`labels:\` accepts`,
      source: source.locate(['lang']),
    });
  }
}
