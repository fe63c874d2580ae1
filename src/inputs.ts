// Which content files a client's kit was built from, read off the model's own source positions; watch mode rebuilds by this.
import { posix } from 'node:path';
import type { DeckModel } from './model/deck.js';

/**
 * Content-relative paths of every file a model took something from: each `source.file` anywhere
 * in it, each image, and the client's own file. A save to any other file cannot change this kit.
 */
export function modelInputs(model: DeckModel): Set<string> {
  const files = new Set<string>(['workshop.yaml', `clients/${model.client.id}.yaml`]);
  const seen = new Set<object>();
  const walk = (value: unknown): void => {
    if (value === null || typeof value !== 'object' || seen.has(value) || ArrayBuffer.isView(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      for (const v of value) walk(v);
      return;
    }
    const record = value as Record<string, unknown>;
    if (typeof record.file === 'string' && typeof record.line === 'number') files.add(record.file);
    if (typeof record.path === 'string' && typeof record.mime === 'string') files.add(posix.normalize(record.path));
    for (const v of Object.values(record)) walk(v);
  };
  walk(model);
  // Files the theme was made from: a content theme, the client's template, its font files.
  if (model.theme.file) files.add(model.theme.file);
  if (model.locale.catalogue) files.add(model.locale.catalogue);
  if (model.theme.template) files.add(model.theme.template.path);
  for (const f of model.theme.fontFiles ?? []) if (f.path) files.add(f.path);
  return files;
}
