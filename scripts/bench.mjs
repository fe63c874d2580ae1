// `npm run bench`: cold one-client and 50-client builds, deck-only builds beside whole kits, the floors, pandoc and
// watch latency, side by side in one run.
// A benchmark, not a test: it prints a table and writes .bench/results.json; nothing in `npm test` reads it.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeManyClients } from './bench/clients.mjs';
import { canMeasureMemory, measure, median } from './bench/measure.mjs';
import { deckMarkdown } from './bench/pandoc-md.mjs';
import { previewLatency, writeLongWorkshop } from './bench/preview.mjs';
import { watchLatency } from './bench/watch.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const quick = args.includes('--quick');
const RUNS = Number(opt('--runs', quick ? 3 : 7));
const MANY = Number(opt('--clients', 50));
const CLIENT = opt('--client', 'northwind');
const work = join(root, '.bench');
const content = join(root, 'content');
const node = process.execPath;
const bin = join(root, 'bin', 'workshop-kit.js');
// Measure the installed command (bin/ over dist/), without npm's own start-up.
const log = (line) => process.stderr.write(`${line}\n`);

log('compiling dist/…');
const compiled = spawnSync('npm', ['run', 'compile'], { cwd: root, encoding: 'utf8' });
if (compiled.status !== 0) throw new Error(`npm run compile failed:\n${compiled.stdout}${compiled.stderr}`);
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

// --- inputs -------------------------------------------------------------------------------
const { composeModels } = await import('../dist/index.js');
const composed = await composeModels({ contentDir: content, clients: [CLIENT] });
if (composed.status !== 'ok')
  throw new Error(`the bundled content does not build: ${JSON.stringify(composed.diagnostics.slice(0, 3))}`);
const model = composed.models[0];
writeFileSync(join(work, 'deck.md'), deckMarkdown(model));
writeFileSync(
  join(work, 'floor-pptx.mjs'),
  "import P from 'pptxgenjs';\nimport { writeFileSync } from 'node:fs';\nwriteFileSync(process.argv[2], await new P().write({ outputType: 'nodebuffer' }));\n",
);
writeFileSync(
  join(work, 'floor-pdf.mjs'),
  "import PDFDocument from 'pdfkit';\nimport { createWriteStream } from 'node:fs';\nconst doc = new PDFDocument();\ndoc.pipe(createWriteStream(process.argv[2]));\ndoc.end();\n",
);
const manyContent = join(work, 'many', 'content');
writeManyClients(content, manyContent, MANY);
const tenContent = join(work, 'ten', 'content');
writeManyClients(content, tenContent, 10);
// The bundled content again, with `outputs: [deck]`: the deck-only rows run each build beside a whole-kit one.
const deckContent = join(work, 'deck', 'content');
cpSync(content, deckContent, { recursive: true });
const workshopYaml = join(deckContent, 'workshop.yaml');
writeFileSync(workshopYaml, `${readFileSync(workshopYaml, 'utf8').replace(/^outputs:.*\n/m, '')}\noutputs: [deck]\n`);
const pandoc = spawnSync('pandoc', ['--version'], { encoding: 'utf8' });
const pandocVersion = pandoc.status === 0 ? pandoc.stdout.split('\n')[0] : null;

// --- measurements ---------------------------------------------------------------------------
const rows = {};
// Runs of ours that a target compares with pandoc each run right after a pandoc run (see measure.mjs).
const row = (key, label, cmd, argv, runs = RUNS, beside = undefined) => {
  log(`measuring ${label} (${runs} runs)…`);
  rows[key] = { label, ...measure(cmd, argv, { runs, cwd: root, beside }) };
  delete rows[key].stdout;
  delete rows[key].stderr;
};
row('node', 'floor: node -e 0', node, ['-e', '0']);
row('pptxFloor', 'floor: empty pptxgenjs deck', node, [join(work, 'floor-pptx.mjs'), join(work, 'floor.pptx')]);
row('pdfFloor', 'floor: empty pdfkit document', node, [join(work, 'floor-pdf.mjs'), join(work, 'floor.pdf')]);
if (pandocVersion)
  row('pandoc', `pandoc deck.md -o deck.pptx (${model.slides.length} slides)`, 'pandoc', [
    join(work, 'deck.md'),
    '-o',
    join(work, 'pandoc.pptx'),
  ]);
else log('pandoc is not installed: skipping the pandoc reference and its ratios');
const pandocRun = pandocVersion
  ? { cmd: 'pandoc', args: [join(work, 'deck.md'), '-o', join(work, 'pandoc.pptx')] }
  : undefined;
row(
  'kit',
  `kit, 1 client (${CLIENT}), cold`,
  node,
  [bin, '--client', CLIENT, '--out', join(work, 'one')],
  RUNS,
  pandocRun,
);
row('kitSerial', 'kit, 1 client, cold, --jobs 1', node, [
  bin,
  '--client',
  CLIENT,
  '--out',
  join(work, 'one-serial'),
  '--jobs',
  '1',
]);
// Deck-only against the whole kit, each run right after a whole-kit run of the same clients (see measure.mjs).
const wholeKit = (clientArgs, out) => ({ cmd: node, args: [bin, ...clientArgs, '--out', join(work, out)] });
row(
  'deck',
  `deck only (outputs: [deck]), 1 client`,
  node,
  [bin, '--content', deckContent, '--client', CLIENT, '--out', join(work, 'deck', 'one')],
  RUNS,
  wholeKit(['--client', CLIENT], 'deck-beside-one'),
);
row(
  'deckAll',
  `deck only, bundled clients, one command`,
  node,
  [bin, '--content', deckContent, '--out', join(work, 'deck', 'all')],
  RUNS,
  wholeKit([], 'deck-beside-all'),
);
row(
  'ten',
  'kits, 10 clients, one command',
  node,
  [bin, '--content', tenContent, '--out', join(work, 'ten', 'out')],
  Math.max(3, Math.ceil(RUNS / 2)),
);
row(
  'many',
  `kits, ${MANY} clients, one command`,
  node,
  [bin, '--content', manyContent, '--out', join(work, 'many', 'out')],
  Math.max(3, Math.ceil(RUNS / 2)),
  pandocRun,
);
if (!quick)
  row(
    'manySerial',
    `kits, ${MANY} clients, --jobs 1`,
    node,
    [bin, '--content', manyContent, '--out', join(work, 'many', 'out-serial'), '--jobs', '1'],
    1,
  );

log(`measuring stages (${RUNS} runs)…`);
// Cold: the installed command, which prints its stage times with WORKSHOP_KIT_TIMINGS;
// start-up is everything before the build starts (Node, reading and loading the script).
const timed = measure(node, [bin, '--client', CLIENT, '--out', join(work, 'probe')], {
  runs: RUNS,
  cwd: root,
  env: { WORKSHOP_KIT_TIMINGS: '1' },
});
const cold = timed.stderr.map((err, i) => {
  const t = JSON.parse(/^timings (.*)$/m.exec(err)[1]);
  return { 'start-up': timed.runs[i].wall * 1000 - t.total, ...t };
});
// Warm: the 8th build of the kit in one process (watch mode and every kit after the first in a worker).
const warmRuns = measure(
  node,
  [join(root, 'scripts', 'bench', 'probe.mjs'), content, join(work, 'probe-warm'), CLIENT],
  { runs: Math.max(3, Math.ceil(RUNS / 2)), cwd: root },
).stdout.map((s) => JSON.parse(s));
const stageMedians = (list) => Object.fromEntries(Object.keys(list[0]).map((k) => [k, median(list.map((p) => p[k]))]));
const stages = stageMedians(cold);
const stagesWarm = stageMedians(warmRuns);

log('measuring watch mode…');
const watch = await watchLatency({
  root,
  contentDir: content,
  workDir: join(work, 'watch'),
  module: 'what-each-job-does',
  onlyClient: 'northwind',
  otherClient: 'brightpath',
  trials: quick ? 3 : 7,
});

// The preview in Chromium (Debian's, as the tests use it): skipped where it is not installed.
let preview = null;
if (existsSync('/usr/bin/chromium')) {
  log('measuring the live preview…');
  const bundled = join(work, 'preview', 'content');
  cpSync(content, bundled, { recursive: true });
  const long = join(work, 'preview-long', 'content');
  writeLongWorkshop(content, long, 6);
  const trials = quick ? 5 : 11;
  preview = {
    bundled: await previewLatency({ root, content: bundled, module: 'what-each-job-does', trials }),
    long: await previewLatency({ root, content: long, module: 'what-each-job-does-3', trials }),
  };
} else log('Chromium is not at /usr/bin/chromium: skipping the preview measurements');

// --- report -----------------------------------------------------------------------------------
const ref = rows.pandoc;
const fmt = (v, digits = 2) => (v === null || v === undefined ? 'n/a' : v.toFixed(digits));
const ratio = (a, b) => (a === null || b === null || b === undefined ? null : a / b);
const lines = [];
lines.push(
  `workshop-kit benchmark — Node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? 'cpu'}), medians of ${RUNS} cold runs`,
);
lines.push(
  pandocVersion ? `reference: ${pandocVersion}` : 'reference: pandoc not installed (ratios to pandoc skipped)',
);
if (!canMeasureMemory) lines.push('GNU time not found: CPU time and peak memory are not measured');
lines.push('');
lines.push(
  `${'what'.padEnd(44)} ${'wall s'.padStart(7)} ${'cpu s'.padStart(7)} ${'peak MiB'.padStart(9)} ${'× pandoc'.padStart(9)} ${'× node'.padStart(7)}`,
);
for (const r of Object.values(rows)) {
  lines.push(
    `${r.label.padEnd(44)} ${fmt(r.wall).padStart(7)} ${fmt(r.cpu).padStart(7)} ${fmt(r.rss, 0).padStart(9)} ${fmt(ratio(r.wall, ref?.wall)).padStart(9)} ${fmt(ratio(r.wall, rows.node.wall), 1).padStart(7)}`,
  );
}
lines.push('');
lines.push(`stages of one client's kit, ms (medians; cold command | warm, 8th build in one process):`);
for (const k of Object.keys(stages))
  lines.push(`  ${k.padEnd(24)} ${fmt(stages[k], 0).padStart(6)} | ${fmt(stagesWarm[k], 0).padStart(6)}`);
// What the cold kit spends before it renders anything: Node, the script, and reading, checking and
// composing the content with the stack's parsers. Against pandoc's whole run, it bounds the cold ratio.
const beforeRendering = ['start-up', 'load', 'validate', 'compose'].reduce((sum, k) => sum + (stages[k] ?? 0), 0);
lines.push(
  `  before rendering anything: ${fmt(beforeRendering, 0)} ms${ref ? ` = ${fmt(ratio(beforeRendering / 1000, ref.wall))} × pandoc's whole run` : ''}`,
);
lines.push('');
const manyRef = ref ? ref.wall * MANY : null;
const targets = [
  [
    '1 client kit, cold ≤ 1.0 × pandoc (deck only)',
    rows.kit.ratio ?? null,
    (x) => x <= 1.0,
    `${fmt(rows.kit.ratio)} (each run beside a pandoc run; medians ${fmt(rows.kit.wall)} s vs ${fmt(ref?.wall)} s)`,
  ],
  ...[
    ['deck', `1 client`],
    ['deckAll', 'bundled clients'],
  ].map(([key, what]) => [
    `deck only ≤ 0.5 × whole kit (${what})`,
    rows[key].ratio ?? null,
    (x) => x <= 0.5,
    `${fmt(rows[key].ratio)} (each run beside a whole-kit run; deck-only median ${fmt(rows[key].wall)} s)`,
  ]),
  ['1 client kit, peak memory ≤ 150 MiB', rows.kit.rss, (x) => x <= 150, `${fmt(rows.kit.rss, 0)} MiB`],
  [
    `${MANY} clients ≤ 0.25 × ${MANY} pandoc runs`,
    rows.many.ratio === undefined ? null : rows.many.ratio / MANY,
    (x) => x <= 0.25,
    `${fmt(rows.many.ratio === undefined ? null : rows.many.ratio / MANY, 3)} (each run beside a pandoc run; medians ${fmt(rows.many.wall)} s vs ${fmt(manyRef)} s)`,
  ],
  [
    `${MANY} clients use every core (cpu/wall)`,
    ratio(rows.many.cpu, rows.many.wall),
    (x) => x >= 0.8 * availableParallelism(),
    `${fmt(ratio(rows.many.cpu, rows.many.wall))} of ${availableParallelism()}`,
  ],
  // Sub-linear: memory grows more slowly than the number of clients, i.e. the slope of log(memory)
  // against log(clients) from 1 to ${MANY} clients is below 1.
  [
    `memory sub-linear (1 → 10 → ${MANY} clients)`,
    memorySlope(rows.kit.rss, rows.many.rss, MANY),
    (x) => x < 1,
    `${fmt(rows.kit.rss, 0)} → ${fmt(rows.ten.rss, 0)} → ${fmt(rows.many.rss, 0)} MiB (log-log slope ${fmt(memorySlope(rows.kit.rss, rows.many.rss, MANY), 2)})`,
  ],
  [
    'watch: save → files replaced ≤ 150 ms',
    median(watch.latencies),
    (x) => x <= 150,
    `${fmt(median(watch.latencies), 0)} ms median (${watch.latencies.map((l) => l.toFixed(0)).join(', ')})`,
  ],
  [
    'watch: only affected clients rebuilt',
    watch.othersRebuilt,
    (x) => x === 0,
    `${watch.othersRebuilt} unaffected rebuilds`,
  ],
  [
    'watch: error printed, last good output kept',
    watch.errorReported && watch.keptLastGood && watch.recovered ? 1 : 0,
    (x) => x === 1,
    `reported ${watch.errorReported}, kept ${watch.keptLastGood}, recovered ${watch.recovered}`,
  ],
  [
    'preview: command → first slide ≤ 1.5 s',
    preview?.bundled.firstSlide,
    (x) => x <= 1500,
    preview ? `${fmt(preview.bundled.firstSlide, 0)} ms (${preview.bundled.slides} slides)` : 'no Chromium',
  ],
  [
    'preview: save → on screen ≤ 200 ms (bundled)',
    preview?.bundled.saveMedian,
    (x) => x <= 200,
    preview
      ? `${fmt(preview.bundled.saveMedian, 0)} ms median (${preview.bundled.saves.map((l) => l.toFixed(0)).join(', ')})`
      : 'no Chromium',
  ],
  [
    'preview: save → on screen ≤ 400 ms (~300 slides)',
    preview?.long.saveMedian,
    (x) => x <= 400,
    preview
      ? `${fmt(preview.long.saveMedian, 0)} ms median on ${preview.long.slides} slides; first slide ${fmt(preview.long.firstSlide, 0)} ms`
      : 'no Chromium',
  ],
];
lines.push('targets:');
for (const [name, value, ok, text] of targets)
  lines.push(
    `  ${value === null || value === undefined ? 'n/a ' : ok(value) ? 'met ' : 'MISS'}  ${name.padEnd(48)} ${text}`,
  );
process.stdout.write(`${lines.join('\n')}\n`);

const results = {
  date: new Date().toISOString(),
  node: process.version,
  cores: availableParallelism(),
  runs: RUNS,
  client: CLIENT,
  slides: model.slides.length,
  pandoc: pandocVersion,
  rows,
  stages: { cold: stages, warm: stagesWarm, coldBeforeRendering: beforeRendering },
  watch,
  preview,
  targets: targets.map(([name, value, ok, text]) => ({
    name,
    value,
    met: value === null || value === undefined ? null : ok(value),
    text,
  })),
};
writeFileSync(join(work, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
log(`results written to .bench/results.json`);

function memorySlope(one, many, clients) {
  return one && many ? Math.log(many / one) / Math.log(clients) : null;
}
