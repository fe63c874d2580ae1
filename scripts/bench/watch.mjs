// Measures watch mode from outside: the time from saving a file to the client's files being replaced, and which clients were rebuilt.
import { spawn } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const inode = (file) => {
  try {
    return statSync(file).ino;
  } catch {
    return undefined;
  }
};

/** Waits until `check()` is true, polling every millisecond; returns the elapsed ms or null on timeout. */
async function until(check, started, timeoutMs = 10_000) {
  while (!check()) {
    if (performance.now() - started > timeoutMs) return null;
    await sleep(1);
  }
  return performance.now() - started;
}

/** Appends a marker to the first speaker-notes paragraph of a module, so the save really changes the output. */
function edit(file, n) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const at = lines.findIndex((l, i) => i > 0 && lines[i - 1].startsWith(':::notes') && /\w/.test(l));
  lines[at] = `${lines[at].replace(/ \(bench edit \d+\)$/, '')} (bench edit ${n})`;
  writeFileSync(file, lines.join('\n'));
}

/**
 * Starts `bin --watch` on a copy of `contentDir`, edits a module only `onlyClient` runs `trials` times,
 * and breaks and repairs a client file once. Returns latencies (ms) and what was rebuilt.
 */
export async function watchLatency({
  root,
  contentDir,
  workDir,
  module,
  onlyClient,
  otherClient,
  trials = 5,
  settleMs = 2000,
}) {
  rmSync(workDir, { recursive: true, force: true });
  const content = join(workDir, 'content');
  const out = join(workDir, 'out');
  cpSync(contentDir, content, { recursive: true });
  // Only the two clients measured: the edit is one only `onlyClient` runs, whatever clients the bundled content gains.
  for (const file of readdirSync(join(content, 'clients')))
    if (![onlyClient, otherClient].includes(file.replace(/\.ya?ml$/, ''))) rmSync(join(content, 'clients', file));
  const child = spawn(
    process.execPath,
    [join(root, 'bin', 'workshop-kit.js'), '--watch', '--content', content, '--out', out],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  try {
    if ((await until(() => stdout.includes('watching'), performance.now(), 30_000)) === null)
      throw new Error(`watch did not start:\n${stderr}`);
    // Nobody saves within a second of starting the watcher; the watcher spends that time warming up
    // (in-memory rebuilds, see src/watch.ts), which is part of what is measured: the first save's latency.
    await sleep(settleMs);
    const deck = (client) => join(out, client, 'deck.pptx');
    const latencies = [];
    let othersRebuilt = 0;
    for (let i = 1; i <= trials; i++) {
      const [mine, other] = [inode(deck(onlyClient)), inode(deck(otherClient))];
      const started = performance.now();
      edit(join(content, 'modules', `${module}.md`), i);
      const ms = await until(() => inode(deck(onlyClient)) !== mine, started);
      if (ms === null) throw new Error(`watch did not rebuild after an edit:\n${stderr.slice(-2000)}`);
      latencies.push(ms);
      await sleep(250);
      if (inode(deck(otherClient)) !== other) othersRebuilt++;
    }
    // A broken client file: the error is printed, the process stays up and the last good output stays.
    const clientFile = join(content, 'clients', `${otherClient}.yaml`);
    const good = readFileSync(clientFile, 'utf8');
    const before = inode(deck(otherClient));
    const errorsBefore = stderr.length;
    writeFileSync(clientFile, `${good}\nminuts: 3\n`);
    const reported = (await until(() => stderr.length > errorsBefore, performance.now())) !== null;
    await sleep(200);
    const keptOutput = inode(deck(otherClient)) === before && child.exitCode === null;
    writeFileSync(clientFile, good);
    const recovered = (await until(() => inode(deck(otherClient)) !== before, performance.now())) !== null;
    return { latencies, othersRebuilt, errorReported: reported, keptLastGood: keptOutput, recovered };
  } finally {
    child.kill();
  }
}
