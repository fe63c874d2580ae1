#!/usr/bin/env node
// Starts the compiled CLI. In a source checkout it first recompiles when src/ changed, so
// `npm run build:deck` never runs stale code and never pays for transpiling on an unchanged tree.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runScript } from './run-script.js';
import { applyV8Flags } from './v8-flags.js';

applyV8Flags();

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// The compile step's own training runs set WORKSHOP_KIT_WRITE_CODE_CACHE: dist/ is fresh by then.
if (existsSync(join(root, 'src', 'cli.ts')) && !process.env.WORKSHOP_KIT_WRITE_CODE_CACHE) {
  const { compileIfStale } = await import('../scripts/compile.mjs');
  await compileIfStale();
}
const cli = runScript(join(root, 'dist', 'cli.cjs'), 'cli');
if (globalThis.__wkSaveCodeCache) process.on('exit', (code) => code === 0 && globalThis.__wkSaveCodeCache());
cli.run();
