// Compiles src/ to dist/ with esbuild: ESM bundles (CLI, API, render worker) with their dependencies, except the font data packages.
// `compileIfStale` is what the bin calls in a source checkout: a stat of each source file, no work when nothing changed.
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
  await esbuild.build({
    entryPoints: { cli: join(root, 'src', 'cli.ts'), index: join(root, 'src', 'index.ts'), 'render-worker': join(root, 'src', 'render', 'worker.ts') },
    outdir: join(root, 'dist'),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Dependencies are bundled too: resolving several hundred small ESM files costs more at start-up than the whole build.
    external: EXTERNAL,
    // pptxgenjs only hands its parts to jszip; the collector passes them on unzipped (see part-collector.ts).
    alias: { jszip: join(root, 'src', 'render', 'pptx', 'part-collector.ts') },
    banner: { js: "import { createRequire as __wkCreateRequire } from 'node:module'; const require = __wkCreateRequire(import.meta.url);" },
    sourcemap: 'linked',
    logLevel: 'warning',
    chunkNames: 'chunks/[name]-[hash]',
  });
  writeFileSync(stamp, fingerprint());
}

/** Compiles only when a source file changed since the last compile. */
export async function compileIfStale() {
  const current = fingerprint();
  if (existsSync(join(root, 'dist', 'cli.js')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === current) return;
  try {
    await compile();
  } catch (error) {
    process.stderr.write(`workshop-kit: could not compile src/ (${error instanceof Error ? error.message : error}); run npm install\n`);
    process.exit(3);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await compile();
