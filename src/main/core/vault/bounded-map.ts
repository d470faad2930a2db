/**
 * Runs `fn` over `items` with at most `limit` in flight: enough to keep the disk and the libuv
 * thread pool busy, without opening ten thousand files at once (EMFILE). After a failure no new
 * item starts, and the first error is thrown only once the calls in flight have settled, so a
 * caller that cleans up after a failure (restore removes what it wrote) races no late writes.
 */
export async function boundedMap<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (!failure && next < items.length) {
      const i = next++;
      try {
        results[i] = await fn(items[i]!);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failure) throw failure.error;
  return results;
}
