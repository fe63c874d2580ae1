#!/usr/bin/env node
// The installed command: runs dist/, which `npm run compile` writes (npm pack runs it before packing).
import module from 'node:module';

// Node 22.1+ keeps V8's compiled code on disk between runs; older versions compile every time.
module.enableCompileCache?.();

const entry = new URL('../dist/cli.js', import.meta.url);
let cli;
try {
  cli = await import(entry.href);
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || error.url !== entry.href) throw error;
  process.stderr.write(
    'workshop-kit: dist/ is not compiled; in a clone of the repository run `npm run compile` first (`npm run build:deck` runs the sources as they are)\n',
  );
  process.exit(2);
}
cli.run();
