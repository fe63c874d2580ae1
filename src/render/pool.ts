// A pool of render worker threads: each loads the renderers and fonts once, then takes jobs from one queue as it becomes free.
import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';
import type { DeckModel } from '../model/deck.js';
import type { RenderedKit } from './index.js';

interface Pending {
  id: number;
  model: DeckModel;
  resolve: (kit: RenderedKit) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  /** Jobs sent to the worker, oldest first; it runs them one at a time. */
  jobs: Pending[];
}

/**
 * Jobs a worker holds at once while more are waiting: the next kit is already there when one is
 * done, instead of waiting for this thread (which may be busy composing) to answer its message.
 */
const IN_FLIGHT = 2;

// Loaded when a pool opens: a one-client build never needs worker_threads and its internals.
let threads: typeof import('node:worker_threads') | undefined;
function workerThreads(): typeof import('node:worker_threads') {
  threads ??= createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
  return threads;
}

/**
 * The worker's entry beside this file once compiled (dist/render/worker.js). Run from TypeScript (tsx, the tests)
 * there is none a thread could load: Node hands no TypeScript loader to worker threads, so kits render in this thread.
 */
function workerFile(): URL | undefined {
  return import.meta.url.endsWith('.js') ? new URL('./worker.js', import.meta.url) : undefined;
}

export class RenderPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;

  private constructor(private readonly file: URL) {}

  /** A pool with `size` workers, or undefined when workers are not available here. */
  static open(size: number): RenderPool | undefined {
    const file = workerFile();
    if (!file || size < 1) return undefined;
    const pool = new RenderPool(file);
    pool.grow(size);
    return pool;
  }

  get size(): number {
    return this.slots.length;
  }

  /** Adds workers up to `size` (they start warming up at once). */
  grow(size: number): void {
    while (!this.closed && this.slots.length < size) {
      // A small young generation (24 MB): peak memory per worker drops with no loss of speed.
      const slot: Slot = {
        worker: new (workerThreads().Worker)(this.file, { resourceLimits: { maxYoungGenerationSizeMb: 24 } }),
        jobs: [],
      };
      slot.worker.on('message', (message: { id: number; result?: RenderedKit; error?: string }) => {
        const at = slot.jobs.findIndex((j) => j.id === message.id);
        const [job] = at >= 0 ? slot.jobs.splice(at, 1) : [];
        if (job) {
          if (message.error !== undefined) job.reject(new Error(message.error));
          else job.resolve(message.result!);
        }
        this.dispatch();
      });
      const fail = (error: Error) => {
        // A worker that throws reports 'error' and then 'exit': only the first counts.
        const at = this.slots.indexOf(slot);
        if (at < 0) return;
        this.slots.splice(at, 1);
        void slot.worker.terminate();
        // The job it was running fails; the one it held but had not started goes back to the queue.
        const [running, ...waiting] = slot.jobs.splice(0);
        running?.reject(error);
        this.queue.unshift(...waiting);
        if (this.slots.length === 0) for (const queued of this.queue.splice(0)) queued.reject(error);
        else this.dispatch();
      };
      slot.worker.on('error', fail);
      slot.worker.on('exit', (code) => {
        if (!this.closed) fail(new Error(`render worker exited with code ${code}`));
      });
      this.slots.push(slot);
    }
  }

  /** Queues a kit; it is rendered on the first free worker. */
  run(model: DeckModel): Promise<RenderedKit> {
    if (this.closed) return Promise.reject(new Error('render pool is closed'));
    return new Promise<RenderedKit>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, model, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    // Every idle worker gets a job first; a second one each only while enough are waiting that no
    // worker would be left idle at the end holding none.
    for (const depth of [1, IN_FLIGHT]) {
      for (const slot of this.slots) {
        if (slot.jobs.length >= depth) continue;
        if (depth > 1 && this.queue.length < this.slots.length) return;
        const next = this.queue.shift();
        if (!next) return;
        slot.jobs.push(next);
        slot.worker.postMessage({ id: next.id, model: next.model });
      }
    }
  }

  /** Stops every worker; jobs still queued or running are rejected. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    const error = new Error('render pool closed');
    for (const slot of this.slots) {
      for (const job of slot.jobs.splice(0)) job.reject(error);
      void slot.worker.terminate();
    }
    for (const queued of this.queue.splice(0)) queued.reject(error);
    this.slots.length = 0;
  }
}
