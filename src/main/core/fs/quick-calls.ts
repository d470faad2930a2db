/** A call this slow means slow storage: a network share, a cloud drive's placeholders. */
export const SLOW_CALL_MS = 8;

/**
 * Small file calls on a save's path (a stat, a link, a few KiB into the page cache) made on this
 * thread while the storage answers quickly: on a local disk each takes microseconds, and a
 * thread-pool round trip costs more than the call and exposes the save to the pool's scheduling
 * on a busy two-core machine. Once one call is slow, every later one goes to the pool, so slow
 * storage holds the main process for one call at most (prefix-reader.ts does the same for reads).
 */
export class QuickCalls {
  private slow = false;

  run<T>(now: () => T, later: () => Promise<T>): Promise<T> {
    if (this.slow) return later();
    const started = performance.now();
    try {
      return Promise.resolve(now());
    } catch (err) {
      return Promise.reject(err as Error);
    } finally {
      if (performance.now() - started > SLOW_CALL_MS) this.slow = true;
    }
  }
}
