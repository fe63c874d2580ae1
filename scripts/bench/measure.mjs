// Runs a command in a fresh process and measures wall time, CPU time (user + system) and peak memory (max RSS).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// GNU time reports a child's CPU and max RSS; Node cannot (process.resourceUsage covers only itself).
const GNU_TIME = ['/usr/bin/time', '/bin/time'].find(
  (p) => existsSync(p) && spawnSync(p, ['-f', '%M', 'true']).status === 0,
);

/** Whether CPU time and peak memory can be measured on this machine. */
export const canMeasureMemory = Boolean(GNU_TIME);

/** One run: { wall, cpu, rss } in seconds and MiB (cpu/rss null without GNU time). Throws when the command fails. */
export function runOnce(cmd, args, options = {}) {
  const report = join(tmpdir(), `wk-bench-${process.pid}.time`);
  const [file, argv] = GNU_TIME ? [GNU_TIME, ['-f', '%U %S %M', '-o', report, cmd, ...args]] : [cmd, args];
  const started = process.hrtime.bigint();
  const r = spawnSync(file, argv, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stderr}${r.stdout}`);
  let cpu = null;
  let rss = null;
  if (GNU_TIME) {
    const [u, s, m] = readFileSync(report, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    rmSync(report, { force: true });
    cpu = u + s;
    rss = m / 1024;
  }
  return { wall, cpu, rss, stdout: r.stdout, stderr: r.stderr };
}

export const median = (xs) => {
  const v = xs.filter((x) => x !== null && x !== undefined).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
};

/**
 * `runs` fresh processes (after one unmeasured warm-up for the disk cache); medians of each figure.
 * With `beside` ({ cmd, args }), that command runs right before each run, and `ratios` holds each
 * run's wall time over its neighbour's: this VM's speed drifts by tens of percent from one minute to
 * the next, so a ratio of two medians taken minutes apart says more about the VM than about us.
 */
export function measure(cmd, args, { runs = 5, warmup = true, beside, ...options } = {}) {
  if (warmup) runOnce(cmd, args, options);
  const all = [];
  const ratios = [];
  for (let i = 0; i < runs; i++) {
    const reference = beside ? runOnce(beside.cmd, beside.args, { cwd: options.cwd }) : undefined;
    const run = runOnce(cmd, args, options);
    all.push(run);
    if (reference) ratios.push(run.wall / reference.wall);
  }
  return {
    ...(beside ? { ratio: median(ratios), ratios } : {}),
    wall: median(all.map((r) => r.wall)),
    cpu: median(all.map((r) => r.cpu)),
    rss: median(all.map((r) => r.rss)),
    runs: all.map(({ wall, cpu, rss }) => ({ wall, cpu, rss })),
    stdout: all.map((r) => r.stdout),
    stderr: all.map((r) => r.stderr),
  };
}
