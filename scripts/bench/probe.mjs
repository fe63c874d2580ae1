// Builds one client several times in this process and prints, as JSON, the time of each stage and artefact
// of the last build: what a kit costs once V8 has optimised the renderers (watch mode, many clients).
const { build } = await import('../../dist/index.js');
const [contentDir, outDir, client, rounds = '8'] = process.argv.slice(2);
let result;
for (let i = 0; i < Number(rounds); i++) {
  const started = performance.now();
  result = await build({ contentDir, outDir, clients: [client], jobs: 1 });
  if (result.status !== 'ok') throw new Error(`build failed: ${JSON.stringify(result.diagnostics.slice(0, 3))}`);
  result.timings.total = performance.now() - started;
}
process.stdout.write(JSON.stringify(result.timings));
