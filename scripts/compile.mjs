// Compiles src/ to dist/ with esbuild: the command as one CommonJS file (with a V8 code cache), the API and render worker as ESM, all with their dependencies except the font data packages.
// `compileIfStale` is what the bin calls in a source checkout: a stat of each source file, no work when nothing changed.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync, existsSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

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

/** Compiles src/ into dist/. */
export async function compile() {
  const esbuild = await import('esbuild');
  // Chunk names carry hashes: without a clean folder, every compile would leave the old chunks behind.
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  const shared = {
    outdir: join(root, 'dist'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    // Dependencies are bundled too: resolving several hundred small ESM files costs more at start-up than the whole build.
    external: EXTERNAL,
    // pptxgenjs only hands its parts to jszip; the collector passes them on unzipped (see part-collector.ts).
    alias: { jszip: join(root, 'src', 'render', 'pptx', 'part-collector.ts') },
    sourcemap: 'linked',
    logLevel: 'warning',
  };
  // The library API and the render worker: ESM, chunks shared between them.
  await esbuild.build({
    ...shared,
    entryPoints: { index: join(root, 'src', 'index.ts'), 'render-worker': join(root, 'src', 'render', 'worker.ts') },
    splitting: true,
    format: 'esm',
    banner: { js: "import { createRequire as __wkCreateRequire } from 'node:module'; const require = __wkCreateRequire(import.meta.url);" },
    chunkNames: 'chunks/[name]-[hash]',
  });
  // The command: one CommonJS file, because a classic script can be given V8's code cache (bin/workshop-kit.js
  // loads it with vm.Script), which Node 20 cannot do for ES modules. Lazy parts stay lazy: esbuild
  // evaluates a bundled module the first time it is imported.
  await esbuild.build({
    ...shared,
    entryPoints: { cli: join(root, 'src', 'cli.ts') },
    outExtension: { '.js': '.cjs' },
    minify: true,
    format: 'cjs',
    // A classic script cannot import() without a Node flag: pptxgenjs's `import('node:fs')` becomes a require.
    supported: { 'dynamic-import': false },
    define: { 'import.meta.url': '__wkModuleUrl' },
    banner: { js: "const __wkModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
  writeFileSync(stamp, fingerprint());
  trainCodeCache();
}

/**
 * Writes dist/cli.cjs.cache: V8's compiled code for the command, produced by checking the bundled
 * workshop (every renderer runs; nothing is written). Saves ~140 ms of each cold build. Node
 * rejects a cache from another V8 version or other flags, and then simply compiles as usual, so the
 * training run uses the flags of `npm run build:deck`.
 */
function trainCodeCache() {
  const content = join(root, 'content');
  if (!existsSync(join(content, 'workshop.yaml'))) return;
  const flags = /^node\s+(.*?)\s*bin\/workshop-kit\.js/.exec(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts['build:deck'])?.[1] ?? '';
  const run = spawnSync(process.execPath, [...flags.split(/\s+/).filter(Boolean), join(root, 'bin', 'workshop-kit.js'), '--check', '--jobs', '1', '--content', content], {
    env: { ...process.env, WORKSHOP_KIT_WRITE_CODE_CACHE: '1', WORKSHOP_KIT_TIMINGS: '' },
    encoding: 'utf8',
  });
  if (run.status !== 0) process.stderr.write(`workshop-kit: no code cache (the bundled workshop did not check: ${run.stderr.trim().split('\n')[0]})\n`);
}

/** Compiles only when a source file changed since the last compile. */
export async function compileIfStale() {
  const current = fingerprint();
  if (existsSync(join(root, 'dist', 'cli.cjs')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === current) return;
  try {
    await compile();
  } catch (error) {
    process.stderr.write(`workshop-kit: could not compile src/ (${error instanceof Error ? error.message : error}); run npm install\n`);
    process.exit(3);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await compile();
