// JSON Schemas (draft-7) generated from the zod schemas, for editor completion and squiggles in YAML files.
import { z } from 'zod';
import { clientSchema } from './client.js';
import { comparisonSchema } from './comparison.js';
import { exerciseSchema } from './exercise.js';
import { catalogueSchema } from './labels.js';
import { moduleFrontMatterSchema } from './module.js';
import { stylesSchema } from './styles.js';
import { themeSchema } from './theme.js';
import { workshopSchema } from './workshop.js';

const FILES = {
  'workshop.schema.json': { schema: workshopSchema, title: 'workshop-kit workshop.yaml' },
  'module.schema.json': { schema: moduleFrontMatterSchema, title: 'workshop-kit module front matter' },
  'comparison.schema.json': { schema: comparisonSchema, title: 'workshop-kit comparisons/<id>.yaml' },
  'styles.schema.json': { schema: stylesSchema, title: 'workshop-kit styles/<id>.yaml' },
  'exercise.schema.json': { schema: exerciseSchema, title: 'workshop-kit exercises/<id>.yaml' },
  'client.schema.json': { schema: clientSchema, title: 'workshop-kit clients/<id>.yaml' },
  'theme.schema.json': { schema: themeSchema, title: 'workshop-kit templates/<name>/theme.yaml' },
  'catalogue.schema.json': { schema: catalogueSchema, title: 'workshop-kit i18n/<language>.yaml' },
} as const;

/** File name -> JSON text of every schema, as committed under schemas/. */
export function jsonSchemas(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, { schema, title }] of Object.entries(FILES)) {
    // `input` describes what authors write: fields with defaults are optional there.
    const json = z.toJSONSchema(schema as z.ZodType, { target: 'draft-7', io: 'input' }) as Record<string, unknown>;
    out[name] = `${JSON.stringify({ ...json, title }, null, 2)}\n`;
  }
  return out;
}
