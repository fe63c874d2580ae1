// A child process that writes a generation of test kits into an output folder, and can kill itself (SIGKILL, no
// clean-up) just before its Nth file system call, or slow every rename down: the write stage's faults made real.
// The test bundles it with esbuild (a plain node start per fault, and the bundle calls fs/promises through the
// patched object). Usage: node crash-writer.cjs OUT GENERATION [--kill-at N] [--slow-ms M] [--count] [--recover]
import { createRequire, syncBuiltinESMExports } from 'node:module';

const [out, generation, ...flags] = process.argv.slice(2);
const flag = (name: string) => {
  const i = flags.indexOf(name);
  return i >= 0 ? Number(flags[i + 1]) : undefined;
};
const killAt = flag('--kill-at');
const slowMs = flag('--slow-ms');

/** The calls that change the output folder, counted and possibly interrupted. */
const OPS = ['rename', 'writeFile', 'rm', 'mkdir', 'mkdtemp', 'open'] as const;
const fsp = createRequire(process.execPath)('node:fs/promises') as Record<
  string,
  (...args: unknown[]) => Promise<unknown>
>;
let calls = 0;
for (const op of OPS) {
  const original = fsp[op]!;
  fsp[op] = async (...args: unknown[]) => {
    calls++;
    if (killAt !== undefined && calls === killAt) process.kill(process.pid, 'SIGKILL');
    if (op === 'rename' && slowMs) await new Promise((r) => setTimeout(r, slowMs));
    return original(...args);
  };
}
syncBuiltinESMExports();

async function main(): Promise<void> {
  const { writeKits, recoverOutput } = await import('../../src/write/atomic.js');
  if (flags.includes('--recover')) {
    await recoverOutput(out!);
  } else {
    const kits = ['alpha', 'beta'].map((clientId) => ({
      clientId,
      files: ['deck.pptx', 'worksheets.pdf', 'facilitator-guide.pdf'].map((name) => ({
        name,
        bytes: new TextEncoder().encode(`${generation} ${clientId} ${name}`),
      })),
    }));
    calls = 0;
    await writeKits(out!, kits);
  }
  if (flags.includes('--count')) process.stdout.write(String(calls));
}

void main();
