// Runs a compiled CommonJS bundle of dist/ from V8's code cache, written at compile time.
// Node 20 can give a code cache to a classic script but not to an ES module; a cold build spends
// ~130 ms compiling the command and ~100 ms per render worker without it. A cache from another Node
// version or with other V8 flags is rejected by V8, and the script then compiles as usual.
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/** The first line of a compiled bundle: its build id, a hash of its text, written by scripts/compile.mjs. */
const BUILD_ID = /^\/\/ workshop-kit build ([0-9a-f]{16})\n/;

/**
 * V8 checks a cache against the source's length, not its content, so the cache's name carries the
 * bundle's build id: a bundle compiled from other sources finds no cache instead of running the
 * code compiled from its old text. An id, not the file's time: npm sets its own times on install.
 * (A bundle patched by hand keeps its id: delete its .cache file then.)
 */
export function cachePath(file, text = readFileSync(file, 'utf8')) {
  const id = BUILD_ID.exec(text)?.[1] ?? `${statSync(file).size}-${Math.round(statSync(file).mtimeMs)}`;
  return `${file}.${id}.cache`;
}

function readCache(file, text) {
  try {
    return readFileSync(cachePath(file, text));
  } catch {
    return undefined;
  }
}

/**
 * Runs `file` and returns its exports. When WORKSHOP_KIT_WRITE_CODE_CACHE names `role` (the compile
 * step's training run), `saveCodeCache()` writes the code V8 has compiled so far next to the file.
 */
export function runScript(file, role) {
  const text = readFileSync(file, 'utf8');
  const script = new Script(module.wrap(text), { filename: file, cachedData: readCache(file, text) });
  const loaded = { exports: {} };
  if (process.env.WORKSHOP_KIT_WRITE_CODE_CACHE === role) {
    // Called after the work, so the cache holds every function the build used, not only the top level.
    globalThis.__wkSaveCodeCache = () => {
      const target = cachePath(file, text);
      const temporary = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}`;
      writeFileSync(temporary, script.createCachedData());
      renameSync(temporary, target);
    };
  }
  script.runInThisContext().call(loaded.exports, loaded.exports, module.createRequire(file), loaded, file, dirname(file));
  return loaded.exports;
}
