/**
 * Serialises work per key (an entry id) inside one process, so two saves of the same entry from
 * one window never race each other; different entries still save in parallel.
 */
export class KeyedQueue {
  private tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const before = this.tails.get(key) ?? Promise.resolve();
    const result = before.then(fn, fn);
    const tail = result.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Resolves once all work queued so far, for every key, has finished. */
  async idle(): Promise<void> {
    await Promise.all([...this.tails.values()]);
  }
}
