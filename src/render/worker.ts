// Entry of a render worker thread: warms up once, then renders the kits the pool sends, one at a time, and posts their bytes back.
import { parentPort } from 'node:worker_threads';
import type { DeckModel } from '../model/deck.js';
import { runJob, warmUp } from './jobs.js';

const port = parentPort!;
const ready = warmUp();
let queue = Promise.resolve();

port.on('message', (message: { id: number; model: DeckModel }) => {
  queue = queue.then(async () => {
    try {
      await ready;
      port.postMessage({ id: message.id, result: await runJob(message.model) });
    } catch (error) {
      port.postMessage({
        id: message.id,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
    }
  });
});
