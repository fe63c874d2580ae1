// `template:` fields: a PowerPoint template inside the content folder, readable, and `template-layouts` naming its layouts.

import { normaliseImagePath } from '../content/image-path.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Asset } from '../load/content.js';
import type { YamlSource } from '../load/yaml.js';
import type { Client } from '../schema/client.js';
import type { Workshop } from '../schema/workshop.js';
import { readTemplate, TemplateProblem } from '../template/read.js';
import { chooseLayouts } from '../template/roles.js';
import type { TemplateInfo } from '../template/types.js';
import { closest, listOf } from '../util/suggest.js';
import { findAsset } from './images.js';

interface Owner {
  value: Pick<Workshop | Client, 'template' | 'template-layouts'>;
  source: YamlSource;
}

/** Reads every template the workshop and its clients name, once each; problems are reported at the `template:` line. */
export function checkTemplates(
  workshop: Owner | undefined,
  clients: readonly Owner[],
  assets: ReadonlyMap<string, Asset>,
  diagnostics: Diagnostic[],
): Map<string, TemplateInfo> {
  const templates = new Map<string, TemplateInfo>();
  const failed = new Set<string>();
  const read = (owner: Owner): TemplateInfo | undefined => {
    const written = owner.value.template;
    if (written === undefined) return undefined;
    const at = owner.source.locate(['template']);
    const known = normaliseImagePath(written).path;
    if (known && templates.has(known)) return templates.get(known);
    if (known && failed.has(known)) return undefined;
    const found = findAsset(
      written,
      'template',
      at,
      assets,
      diagnostics,
      'compress its pictures in PowerPoint (File › Compress Pictures) and save it again',
    );
    if (!found) return undefined;
    const { path, asset } = found;
    try {
      const info = readTemplate(asset.bytes);
      templates.set(path, info);
      return info;
    } catch (error) {
      if (!(error instanceof TemplateProblem)) throw error;
      failed.add(path);
      return void diagnostics.push({
        rule: 'template/unusable',
        message: `template \`${written}\` ${error.message}`,
        source: at,
      });
    }
  };
  const general = workshop ? read(workshop) : undefined;
  const named = workshop?.value.template !== undefined;
  for (const owner of [...(workshop ? [workshop] : []), ...clients]) {
    const own = owner.value.template !== undefined;
    const inEffect = owner === workshop ? general : own ? read(owner) : general;
    checkMapping(owner, inEffect, own || named, diagnostics);
  }
  return templates;
}

/** Each name in `template-layouts` is one of the template's layouts. */
function checkMapping(
  owner: Owner,
  template: TemplateInfo | undefined,
  templateNamed: boolean,
  diagnostics: Diagnostic[],
): void {
  const mapping = owner.value['template-layouts'];
  if (!mapping) return;
  if (!template) {
    // A template that could not be read was reported already.
    if (!templateNamed)
      diagnostics.push({
        rule: 'template/layout-unknown',
        message: '`template-layouts` names layouts, but no `template:` is set here or in workshop.yaml',
        source: owner.source.locate(['template-layouts'], { key: true }),
      });
    return;
  }
  const names = template.layouts.map((l) => l.name);
  for (const { role, name } of chooseLayouts(template, mapping).unknown) {
    const hint = closest(name, names);
    diagnostics.push({
      rule: 'template/layout-unknown',
      message: `the template has no layout named "${name}" (for ${role})${hint ? `; did you mean "${hint}"?` : '.'} Its layouts: ${listOf(names.map((n) => `"${n}"`))}`,
      source: owner.source.locate(['template-layouts', role]),
    });
  }
}
