// Runs one build in this (fresh) process and prints, as JSON, the time of the import and of each stage and artefact.
const started = performance.now();
const { build } = await import('../../dist/index.js');
const imported = performance.now();
const [contentDir, outDir, client, jobs] = process.argv.slice(2);
const result = await build({ contentDir, outDir, clients: [client], jobs: Number(jobs) });
if (result.status !== 'ok') throw new Error(`build failed: ${JSON.stringify(result.diagnostics.slice(0, 3))}`);
process.stdout.write(JSON.stringify({ import: imported - started, ...result.timings, total: performance.now() - started }));
