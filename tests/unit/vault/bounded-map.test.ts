import { describe, expect, it } from 'vitest';
import { boundedMap } from '../../../src/main/core/vault/bounded-map';

/** A promise with its resolve and reject in hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (err: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

/** Lets every pending promise callback run. */
const drain = () => new Promise((res) => setImmediate(res));

describe('boundedMap', () => {
  it('keeps results in the order of the items, whatever order the calls finish in', async () => {
    const gates = [0, 1, 2, 3].map(() => deferred<void>());
    const run = boundedMap([10, 20, 30, 40], 4, async (n) => {
      await gates[n / 10 - 1]!.promise;
      return n + 1;
    });
    for (const i of [3, 1, 0, 2]) gates[i]!.resolve();
    await expect(run).resolves.toEqual([11, 21, 31, 41]);
  });

  it('never has more than `limit` calls in flight, and makes one call per item', async () => {
    const gates = Array.from({ length: 7 }, () => deferred<void>());
    const started: number[] = [];
    let inFlight = 0;
    let most = 0;
    const run = boundedMap([0, 1, 2, 3, 4, 5, 6], 3, async (i) => {
      started.push(i);
      most = Math.max(most, ++inFlight);
      await gates[i]!.promise;
      inFlight--;
      return i;
    });
    await drain();
    expect(started).toEqual([0, 1, 2]);
    for (const gate of gates) {
      gate.resolve();
      await drain();
    }
    await expect(run).resolves.toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(most).toBe(3);
  });

  it('returns an empty list for no items without calling fn', async () => {
    let calls = 0;
    await expect(boundedMap([], 4, async () => ++calls)).resolves.toEqual([]);
    expect(calls).toBe(0);
  });

  // A restore that fails part-way removes what it wrote: no call may still be writing after that.
  it('after a failure starts no new item, and rejects only once the calls in flight have settled', async () => {
    const slow = deferred<void>();
    const tampered = new Error('tampered');
    const started: number[] = [];
    let settled = false;
    const run = boundedMap([0, 1, 2, 3, 4, 5], 2, async (i) => {
      started.push(i);
      if (i === 0) throw tampered;
      if (i === 1) await slow.promise;
    }).finally(() => (settled = true));
    run.catch(() => undefined);
    await drain();
    expect(settled).toBe(false);
    slow.resolve();
    await expect(run).rejects.toBe(tampered);
    expect(started).toEqual([0, 1]);
  });
});
