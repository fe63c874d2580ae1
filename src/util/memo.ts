// The one bounded memo every per-process cache uses: a limit in entries or in bytes, the oldest entries forgotten
// first, and one switch (WORKSHOP_KIT_NO_CACHE=1) that turns every cache off to check that no output depends on one.
// docs/performance.md lists each memo, what it saves and the test that shows its output unchanged.

/** True when WORKSHOP_KIT_NO_CACHE=1: every memo computes afresh (slower, same bytes). */
export const CACHES_OFF = process.env.WORKSHOP_KIT_NO_CACHE === '1';

export interface MemoLimits<K, V> {
  /** At most this many entries. */
  entries?: number;
  /** At most this many bytes, as `bytesOf` counts them. */
  bytes?: number;
  bytesOf?: (key: K, value: V) => number;
}

/** A map with a limit; values are never changed once made, so any process gives the same output. */
export class Memo<K, V> {
  private readonly map = new Map<K, V>();
  private held = 0;

  constructor(private readonly limits: MemoLimits<K, V>) {}

  get(key: K): V | undefined {
    return CACHES_OFF ? undefined : this.map.get(key);
  }

  set(key: K, value: V): V {
    if (CACHES_OFF) return value;
    const { entries = Infinity, bytes = Infinity, bytesOf } = this.limits;
    if (this.map.has(key)) this.forget(key);
    this.map.set(key, value);
    if (bytesOf) this.held += bytesOf(key, value);
    while (this.map.size > entries || this.held > bytes) {
      const oldest = this.map.keys().next();
      if (oldest.done) break;
      this.forget(oldest.value);
    }
    return value;
  }

  /** The value for `key`, made by `make` the first time. */
  getOrMake(key: K, make: () => V): V {
    const hit = this.get(key);
    return hit !== undefined ? hit : this.set(key, make());
  }

  /** Moves an entry to the newest place, so it is forgotten last. */
  touch(key: K): void {
    const value = this.map.get(key);
    if (value === undefined) return;
    this.map.delete(key);
    this.map.set(key, value);
  }

  delete(key: K): void {
    if (this.map.has(key)) this.forget(key);
  }

  get size(): number {
    return this.map.size;
  }

  private forget(key: K): void {
    const value = this.map.get(key) as V;
    if (this.limits.bytesOf) this.held -= this.limits.bytesOf(key, value);
    this.map.delete(key);
  }
}
