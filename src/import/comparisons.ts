// A slide's comparison as comparisons/<id>.yaml, named for the slide's title, and a `::comparison{#id}` line in its
// place: first under the slide's heading, so the comparison fills that slide and takes its title (content-format.md).

import { Document, type YAMLMap, type YAMLSeq } from 'yaml';
import { Ids, slug } from './ids.js';
import { yamlText } from './markdown.js';
import type { PlannedModule } from './plan.js';

/** Turns every comparison block of the modules into a directive; the files they need, path to YAML. */
export function comparisonFiles(
  modules: readonly PlannedModule[],
  taken: readonly string[],
  deckName: string,
): Map<string, string> {
  const files = new Map<string, string>();
  const ids = new Ids(taken);
  for (const module of modules)
    for (const { slide } of module.slides)
      slide.blocks = slide.blocks.map((block) => {
        if (block.kind !== 'comparison') return block;
        const title = slide.titlePlain ?? `Slide ${slide.number}`;
        const id = ids.next(slug(title, 'comparison'));
        const doc = new Document({
          title: yamlText(title),
          columns: block.columns.map(yamlText),
          rows: block.rows.map((r) => ({
            ...(r.aspect === undefined ? {} : { aspect: yamlText(r.aspect) }),
            values: r.values.map(yamlText),
          })),
          ...(block.source ? { source: yamlText(block.source) } : {}),
        });
        // Short lists on one line, as the format's own examples write them.
        (doc.get('columns', true) as YAMLSeq).flow = true;
        for (const row of (doc.get('rows', true) as YAMLSeq<YAMLMap>).items)
          (row.get('values', true) as unknown as YAMLSeq).flow = true;
        doc.commentBefore = ` Read from slide ${slide.number} of ${deckName} by workshop-kit import.`;
        files.set(`comparisons/${id}.yaml`, doc.toString({ lineWidth: 0, flowCollectionPadding: false }));
        return { kind: 'directive', name: 'comparison', id };
      });
  return files;
}
