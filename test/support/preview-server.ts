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
