// Real-client checks need external tools. In CI they are required; on a developer
// machine without them the checks skip, and say so loudly.
import { execFileSync } from 'node:child_process';

const cache = new Map<string, boolean>();

/** True when `name` is on PATH. */
export function hasTool(name: string): boolean {
  let found = cache.get(name);
  if (found === undefined) {
    try {
      execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
      found = true;
    } catch {
      found = false;
    }
    cache.set(name, found);
  }
  return found;
}

/**
 * Whether real-client tests may run. Missing tools fail the run in CI (CI set)
 * and skip with a loud warning elsewhere.
 */
export function realClients(...tools: string[]): boolean {
  const missing = tools.filter((t) => !hasTool(t));
  if (missing.length === 0) return true;
  if (process.env.CI) {
    throw new Error(`CI requires ${missing.join(', ')} for the real-client checks; install them (see .ci/run).`);
  }
  process.stderr.write(
    `\n!!! SKIPPING real-client checks: ${missing.join(', ')} not installed. Install them to run these checks (.ci/run names the Debian packages). !!!\n\n`,
  );
  return false;
}
