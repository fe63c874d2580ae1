// Watch mode: rebuilds after a save; errors are printed and the last good output stays.
import { watch as watchFs } from 'node:fs';
import { resolve } from 'node:path';
import type { BuildOptions } from './build.js';
import { runOnce } from './cli.js';

/** Rebuilds on every change under the content folder until interrupted. */
export async function watch(options: BuildOptions, output: Parameters<typeof runOnce>[1]): Promise<number> {
  await runOnce({ ...options }, output);
  output.out(`watching ${options.contentDir}/ for changes (Ctrl+C to stop)`);
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;
  const rebuild = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    await runOnce({ ...options }, output).catch((e: unknown) => output.err(String(e)));
    running = false;
    if (again) {
      again = false;
      void rebuild();
    }
  };
  watchFs(resolve(options.contentDir), { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => void rebuild(), 20);
  });
  return new Promise<number>(() => undefined);
}
