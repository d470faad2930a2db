/** A call this slow means slow storage: a network share, a cloud drive's placeholders. */
export const SLOW_CALL_MS = 8;

/**
 * The file calls on a save's path (a stat, a link, a few KiB written into a spare and flushed) made
 * on this thread while the storage answers quickly. On a local disk the metadata calls take
 * microseconds and the flush a fraction of a millisecond, while a thread-pool round trip costs more
 * than the small calls, and on a busy two-core machine one round trip in thirty waited another 2 ms
 * for the thread to be woken (the flush's p99 fell from 2.6 to 0.3–0.9 ms on this thread).
 * Once one call is slow, every later one goes to the pool, so slow storage holds the main
 * process for one call at most (prefix-reader.ts does the same for reads).
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
