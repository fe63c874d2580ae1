// The preview started as a user starts it, for the tests that open it in a browser.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * Starts `workshop-kit preview --content DIR` and resolves with the process and the address it prints. Node itself runs
 * the server (tsx as a loader, no wrapper process), so a signal reaches it.
 */
export function startPreview(content: string): Promise<{ server: ChildProcess; url: string }> {
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'preview', '--content', content], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /Preview: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) resolve({ server, url: m[1]! });
    });
    server.on('exit', (code) => reject(new Error(`preview exited ${code}: ${out}`)));
  });
}

/**
 * Waits until the preview at `url` has built every save made so far: no save is waiting or being built, and its build
 * version holds still for half a second (a save's event may come in a moment after the file is written).
 */
export async function settled(url: string): Promise<void> {
  const now = async () => (await (await fetch(`${url}api/state`)).json()) as { version: number; building: boolean };
  let last = await now();
  for (;;) {
    await new Promise((r) => setTimeout(r, 500));
    const next = await now();
    if (!next.building && !last.building && next.version === last.version) return;
    last = next;
  }
}
