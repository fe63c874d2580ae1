// Compiles src/ to dist/ with esbuild: the command as one CommonJS file (with a V8 code cache), the API and render worker as ESM, all with their dependencies except the font data packages.
// `compileIfStale` is what the bin calls in a source checkout: a stat of each source file, no work when nothing changed.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cachePath } from '../bin/run-script.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stamp = join(root, 'dist', '.sources');

function sources(dir = join(root, 'src'), out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) sources(path, out);
    else if (entry.name.endsWith('.ts')) out.push(path);
  }
  return out;
}

function fingerprint() {
  return sources()
    .sort()
    .map((file) => `${file}:${statSync(file).mtimeMs}:${statSync(file).size}`)
    .join('\n');
}

/**
 * Left to Node's resolver: the font packages, which are data files found through require.resolve.
 * pdfkit, fontkit and pptxgenjs are bundled: unbundled, pdfkit alone cost ~190 ms of module
 * resolving and compiling per process, and fontkit was loaded twice (its ESM and CJS builds).
 * pdfkit's standard-font AFM data stays behind its own createRequire and is never reached
 * (documents are opened with `font: null`).
 */
const EXTERNAL = ['@expo-google-fonts/arimo', 'dejavu-fonts-ttf'];

const ID_PLACEHOLDER = '0000000000000000';

/** Compiles src/ into dist/, one compile at a time in this checkout. */
export async function compile() {
  await whileHoldingLock(compileUnlocked);
}

/**
 * Builds into a folder of its own and swaps it in for dist/ by renaming: a build already running keeps
 * the files it opened, and one starting meanwhile never finds a half-written bundle (a test run's compile
 * beside `npm run build:deck` did). Chunk names carry hashes, so the new folder also leaves no old chunks.
 */
async function compileUnlocked() {
  // Taken first: a source saved while this compile runs leaves the stamp stale, so the next start compiles again.
  const sources = fingerprint();
  const esbuild = await import('esbuild');
  const dist = join(root, 'dist');
  const next = join(root, `dist.next-${process.pid}`);
  rmSync(next, { recursive: true, force: true });
  const shared = {
    outdir: next,
    bundle: true,
    platform: 'node',
    target: 'node20',
    // Dependencies are bundled too: resolving several hundred small ESM files costs more at start-up than the whole build.
    external: EXTERNAL,
    // pptxgenjs only hands its parts to jszip; the collector passes them on unzipped (see part-collector.ts).
    alias: { jszip: join(root, 'src', 'render', 'pptx', 'part-collector.ts'), 'node:https': join(root, 'src', 'render', 'pptx', 'no-https.ts') },
    sourcemap: 'linked',
    logLevel: 'warning',
  };
  // The library API: ESM.
  await esbuild.build({
    ...shared,
    entryPoints: { index: join(root, 'src', 'index.ts') },
    splitting: true,
    format: 'esm',
    banner: { js: "import { createRequire as __wkCreateRequire } from 'node:module'; const require = __wkCreateRequire(import.meta.url);" },
    chunkNames: 'chunks/[name]-[hash]',
  });
  // The command: one CommonJS file, because a classic script can be given V8's code cache (bin/workshop-kit.js
  // loads it with vm.Script), which Node 20 cannot do for ES modules. Lazy parts stay lazy: esbuild
  // evaluates a bundled module the first time it is imported.
  // The render worker the same way; dist/render-worker.js only starts it from its cache.
  await esbuild.build({
    ...shared,
    entryPoints: { cli: join(root, 'src', 'cli.ts'), 'render-worker': join(root, 'src', 'render', 'worker.ts') },
    outExtension: { '.js': '.cjs' },
    minify: true,
    format: 'cjs',
    // A classic script cannot import() without a Node flag: pptxgenjs's `import('node:fs')` becomes a require.
    supported: { 'dynamic-import': false },
    define: { 'import.meta.url': '__wkModuleUrl' },
    // The first line is the bundle's build id (see bin/run-script.js): a placeholder of the id's
    // length, replaced below by a hash of the text, so the source maps' lines stay where they are.
    banner: { js: `// workshop-kit build ${ID_PLACEHOLDER}\nconst __wkModuleUrl = require('node:url').pathToFileURL(__filename).href;` },
  });
  // Imported here: the bin loads this file on every run, and a build loads no crypto.
  const { createHash } = await import('node:crypto');
  for (const bundle of ['cli.cjs', 'render-worker.cjs']) {
    const path = join(next, bundle);
    const text = readFileSync(path, 'utf8');
    const id = createHash('sha256').update(text).digest('hex').slice(0, ID_PLACEHOLDER.length);
    writeFileSync(path, text.replace(ID_PLACEHOLDER, id));
  }
  writeFileSync(
    join(next, 'render-worker.js'),
    "// Generated by scripts/compile.mjs: starts the render worker bundle from its code cache.\nimport { fileURLToPath } from 'node:url';\nimport { runScript } from '../bin/run-script.js';\nrunScript(fileURLToPath(new URL('./render-worker.cjs', import.meta.url)), 'worker');\n",
  );
  const old = join(root, `dist.old-${process.pid}`);
  if (existsSync(dist)) renameSync(dist, old);
  renameSync(next, dist);
  rmSync(old, { recursive: true, force: true });
  await trainCodeCache();
  // Last: a compile cut short (while training, say) leaves no stamp and runs again next time.
  writeFileSync(stamp, sources);
}

const LOCK = join(root, '.compile-lock');

/** Runs `work` holding the checkout's compile lock (a folder, made atomically), waiting while another process holds it. */
async function whileHoldingLock(work) {
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      // A holder that died (killed mid-compile) leaves the folder behind. It is renamed away first, which only one
      // waiter can do, so two waiters never both take it over.
      if (!holderAlive() || Date.now() - started > 300_000) {
        try {
          renameSync(LOCK, `${LOCK}.stale-${process.pid}`);
          rmSync(`${LOCK}.stale-${process.pid}`, { recursive: true, force: true });
        } catch {
          // Another waiter took it over first.
        }
        continue;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  // Folders of compiles that were killed: no compile runs while the lock is held.
  for (const entry of readdirSync(root)) if (/^dist\.(next|old)-\d+$/.test(entry)) rmSync(join(root, entry), { recursive: true, force: true });
  try {
    await work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

function holderAlive() {
  let pid;
  try {
    pid = Number(readFileSync(join(LOCK, 'pid'), 'utf8'));
  } catch {
    // Made but not yet written: its holder is alive, a moment from writing.
    return true;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/**
 * Writes dist/cli.cjs.cache: V8's compiled code for the command, produced by checking the bundled
 * workshop (every renderer runs; nothing is written). Saves ~140 ms of each cold build. Node
 * rejects a cache from another V8 version or other flags, and then simply compiles as usual; the bin
 * sets its flags itself (bin/v8-flags.js), so the training run and every real start share them.
 */
async function trainCodeCache() {
  // Imported here: the bin loads this file on every run, and child_process drags in sockets and streams.
  const { spawnSync } = await import('node:child_process');
  const content = join(root, 'content');
  if (!existsSync(join(content, 'workshop.yaml'))) return;
  // The command's cache from a one-client build (it renders in its own thread); the workers' from a
  // build of two clients (one kit per worker).
  for (const [role, jobs, bundle] of [
    ['cli', '1', 'cli.cjs'],
    ['worker', '2', 'render-worker.cjs'],
  ]) {
    // A training run that wrote no cache (it failed, or was cut short) is tried once more, then reported.
    for (let attempt = 1; attempt <= 2; attempt++) {
      const run = spawnSync(process.execPath, [join(root, 'bin', 'workshop-kit.js'), '--check', '--jobs', jobs, '--content', content], {
        env: { ...process.env, WORKSHOP_KIT_WRITE_CODE_CACHE: role, WORKSHOP_KIT_TIMINGS: '' },
        encoding: 'utf8',
      });
      if (existsSync(cachePath(join(root, 'dist', bundle)))) break;
      if (attempt === 2)
        process.stderr.write(
          `workshop-kit: no ${role} code cache (${run.status !== 0 ? `the bundled workshop did not check: ${run.stderr.trim().split('\n')[0]}` : 'the training run wrote none'}); builds start ~100 ms slower\n`,
        );
    }
  }
}

/** Compiles only when a source file changed since the last compile. */
export async function compileIfStale() {
  const fresh = () => existsSync(join(root, 'dist', 'cli.cjs')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint();
  if (fresh()) return;
  try {
    // Another process may have compiled while this one waited for the lock.
    await whileHoldingLock(async () => {
      if (!fresh()) await compileUnlocked();
    });
  } catch (error) {
    process.stderr.write(`workshop-kit: could not compile src/ (${error instanceof Error ? error.message : error}); run npm install\n`);
    process.exit(3);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await compile();
