// Regenerates schemas/*.json from the zod schemas (npm run schemas). A test fails when they are stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemas } from '../src/schema/json-schema.js';

const dir = join(import.meta.dirname, '..', 'schemas');
mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(jsonSchemas())) writeFileSync(join(dir, name), text);
console.log(`wrote ${Object.keys(jsonSchemas()).length} schemas to schemas/`);
