// When and where a build's kits render: on pool workers once there are two kits or more with PDFs, else in this thread.
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { clientFileCount } from '../load/content.js';
import { plannedBeyondDeck } from '../load/planned-outputs.js';
import type { DeckModel } from '../model/deck.js';
import type { RenderedKit } from '../render/index.js';
import { renderKitOn } from '../render/parallel.js';
import { RenderPool } from '../render/pool.js';
import type { BuildOptions } from './options.js';

/**
 * Renders a build's kits. Workers are opened only once there are two kits or more. Measured on 2 cores: a cold
 * one-client build already keeps both busy (V8 compiles and collects garbage on background threads), so a worker
 * for its PDFs made it no faster and cost ~55 MiB. A kit that holds only the deck renders in this thread too: its
 * renderers (~250 ms of work, cold) cost a worker about as much again to load: on two cores under others' load,
 * 4, 10 and 50 such kits took 1.25, 1.15 and 1.4 times as long on workers as in this thread. Watch mode passes a
 * warm pool instead, which is never closed here (a deck-only kit does not use it either).
 */
export class KitRenderer {
  private readonly rendering = new Map<DeckModel, Promise<RenderedKit>>();

  /** `pool` is where kits go once one is worth using: the caller's, else `ownPool`, opened here. */
  private constructor(
    private pool: RenderPool | undefined,
    private ownPool: RenderPool | undefined,
    private readonly jobs: number,
  ) {}

  /** A renderer for one build, with `--jobs` threads at most (default: one per core). */
  static open(options: Pick<BuildOptions, 'contentDir' | 'clients' | 'jobs' | 'pool'>): KitRenderer {
    const jobs = Math.max(1, options.jobs ?? availableParallelism());
    // Workers take ~250 ms to start (a Node environment, the renderers, the fonts). When several kits
    // are coming, they start now and get ready while the content is read, checked and composed.
    const kitsExpected = options.pool || jobs < 2 ? 0 : expectedKits(options);
    const worthWorkers = kitsExpected >= 2 && plannedBeyondDeck(resolve(options.contentDir), options.clients ?? []);
    const ownPool = worthWorkers ? RenderPool.open(Math.min(jobs, kitsExpected)) : undefined;
    return new KitRenderer(options.pool, ownPool, jobs);
  }

  /**
   * Starts the kit of a model just composed on a worker, while the other clients are still composed; `total` is the
   * number of clients. A one-client build, or one with a single job, leaves it for `all`.
   */
  readonly startEarly = (model: DeckModel, total: number): void => {
    if (total < 2 || this.jobs < 2 || deckOnly(model)) return;
    this.pool ??= this.ownPool ??= RenderPool.open(1);
    if (!this.pool) return;
    this.pool.grow(Math.min(this.jobs, total));
    this.start(model);
  };

  /**
   * Each model's kit, in the models' order: the one already rendering, else rendered now. With a pool every kit not
   * yet started goes to it at once; without one, kits render one after another, as interleaving them would only
   * raise peak memory.
   */
  async *all(models: readonly DeckModel[]): AsyncGenerator<{ model: DeckModel; kit: RenderedKit }> {
    if (this.pool) for (const model of models) if (!this.rendering.has(model) && !deckOnly(model)) this.start(model);
    for (const model of models)
      yield { model, kit: await (this.rendering.get(model) ?? renderKitOn(model, undefined)) };
  }

  /** Stops the workers this renderer opened; a pool the caller passed stays open. */
  close(): void {
    this.ownPool?.close();
  }

  private start(model: DeckModel): void {
    const kit = renderKitOn(model, this.pool);
    kit.catch(() => undefined); // awaited by `all`; a build that fails in compose drops it
    this.rendering.set(model, kit);
  }
}

/** A kit of the deck alone, which renders in this thread (see KitRenderer). */
function deckOnly(model: DeckModel): boolean {
  return model.outputs.every((output) => output === 'deck');
}

/** How many kits a build will likely render: the clients asked for, else the client files in the content folder. */
function expectedKits(options: Pick<BuildOptions, 'contentDir' | 'clients'>): number {
  if (options.clients?.length) return options.clients.length;
  return clientFileCount(resolve(options.contentDir));
}
