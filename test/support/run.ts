// Runs the CLI in-process with captured output, as a facilitator would see it.
import { main } from '../../src/cli.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `workshop-kit ...args` and captures what it prints. */
export async function runCli(args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l), tty: false, color: false });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** `file:line:col rule` for each diagnostic line printed. */
export function diagnosticKeys(stderr: string): string[] {
  const keys: string[] = [];
  for (const line of stderr.split('\n')) {
    const match = /^(.+?:\d+:\d+): error: .*\[([\w/-]+)\]$/.exec(line);
    if (match) keys.push(`${match[1]} ${match[2]}`);
  }
  return keys;
}
