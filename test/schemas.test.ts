// The JSON Schemas under schemas/ are generated from the zod schemas and must be current.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../src/schema/json-schema.js';

describe('editor schemas', () => {
  for (const [name, text] of Object.entries(jsonSchemas())) {
    it(`${name} is current (run npm run schemas)`, () => {
      expect(readFileSync(join(import.meta.dirname, '..', 'schemas', name), 'utf8')).toBe(text);
    });
  }
});
