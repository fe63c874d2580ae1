// Entry of a render worker thread: warms up once, then runs the jobs the pool sends, one at a time, and posts their bytes back.
import { parentPort } from 'node:worker_threads';
import { type Job, runJob, warmUp } from './jobs.js';

const port = parentPort!;
const ready = warmUp();
let queue = Promise.resolve();

port.on('message', (message: { id: number; job: Job }) => {
  queue = queue.then(async () => {
    try {
      await ready;
      const result = await runJob(message.job);
      // Set only by the compile step's training run (bin/run-script.js). Saved before the result is
      // posted: once the build has every result it terminates the pool, which cut a save made after.
      (globalThis as { __wkSaveCodeCache?: () => void }).__wkSaveCodeCache?.();
      port.postMessage({ id: message.id, result });
    } catch (error) {
      port.postMessage({ id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  });
});
