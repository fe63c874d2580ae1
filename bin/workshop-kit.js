#!/usr/bin/env node
// Starts the compiled CLI. In a source checkout it first recompiles when src/ changed, so
// `npm run build:deck` never runs stale code and never pays for transpiling on an unchanged tree.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (existsSync(join(root, 'src', 'cli.ts'))) {
  const { compileIfStale } = await import('../scripts/compile.mjs');
  await compileIfStale();
}

// The command is a classic script so V8 can start from the code it compiled when dist/ was built
// (dist/cli.cjs.cache, ~140 ms of a cold build). A cache from another Node version or other flags
// is rejected by V8 and the script compiles as usual.
const file = join(root, 'dist', 'cli.cjs');
const cacheFile = `${file}.cache`;
const cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
const script = new Script(module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
const cli = { exports: {} };
script.runInThisContext().call(cli.exports, cli.exports, module.createRequire(file), cli, file, dirname(file));
if (process.env.WORKSHOP_KIT_WRITE_CODE_CACHE) {
  // After the run, so the cache holds the code of every function the build used, not only the top level.
  process.on('exit', (code) => {
    if (code === 0) writeFileSync(cacheFile, script.createCachedData());
  });
}
cli.exports.run();
