import { describe, expect, it } from 'vitest';
import { KeyedQueue } from '../../../src/main/core/vault/keyed-queue';

function deferred() {
  let resolve!: () => void;
  let reject!: (err: unknown) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}
const drain = () => new Promise((res) => setImmediate(res));

describe('KeyedQueue', () => {
  it('runs work for one key one at a time, in order, even after a failure', async () => {
    const queue = new KeyedQueue();
    const first = deferred();
    const log: string[] = [];
    const a = queue.run('k', async () => {
      log.push('a start');
      await first.promise;
      log.push('a end');
    });
    const b = queue.run('k', async () => {
      log.push('b');
      throw new Error('b failed');
    });
    const c = queue.run('k', async () => {
      log.push('c');
      return 'c done';
    });
    await drain();
    expect(log).toEqual(['a start']);
    first.reject(new Error('a failed'));
    await expect(a).rejects.toThrow('a failed');
    await expect(b).rejects.toThrow('b failed');
    await expect(c).resolves.toBe('c done');
    expect(log).toEqual(['a start', 'b', 'c']);
  });

  it('runs work for different keys side by side', async () => {
    const queue = new KeyedQueue();
    const gate = deferred();
    const log: string[] = [];
    const slow = queue.run('one', async () => {
      await gate.promise;
      log.push('one');
    });
    await queue.run('two', async () => void log.push('two'));
    expect(log).toEqual(['two']);
    gate.resolve();
    await slow;
    expect(log).toEqual(['two', 'one']);
  });

  it('keeps the queue of a key whose earlier work finished while later work still runs', async () => {
    const queue = new KeyedQueue();
    const gate = deferred();
    const log: string[] = [];
    const a = queue.run('k', async () => void log.push('a'));
    const b = queue.run('k', async () => {
      await gate.promise;
      log.push('b');
    });
    await a;
    await drain();
    const c = queue.run('k', async () => void log.push('c'));
    await drain();
    expect(log).toEqual(['a']);
    gate.resolve();
    await Promise.all([b, c]);
    expect(log).toEqual(['a', 'b', 'c']);
  });

  // One map entry per entry id ever saved would grow for as long as the journal stays open.
  it('forgets a key once its work is done, and starts new work for it at once', async () => {
    const queue = new KeyedQueue();
    await queue.run('k', async () => 1);
    await drain();
    expect((queue as unknown as { tails: Map<string, unknown> }).tails.size).toBe(0);
    const log: string[] = [];
    const later = queue.run('k', async () => void log.push('ran'));
    await drain();
    expect(log).toEqual(['ran']);
    await later;
  });
});
