import { describe, expect, it } from 'vitest';
import { BackgroundWork } from '../../../src/main/core/background-work';

describe('BackgroundWork', () => {
  it('settles once every job has, those started meanwhile and those that failed included', async () => {
    const work = new BackgroundWork();
    const order: string[] = [];
    let finishFirst: () => void = () => undefined;
    const first = work.track(new Promise<void>((resolve) => (finishFirst = resolve))).then(() => {
      order.push('first');
      // Started while settled() waits on the first.
      void work.track(new Promise((resolve) => setTimeout(resolve, 20)).then(() => order.push('second')));
    });
    void work.track(Promise.reject(new Error('a job that failed')).catch(() => order.push('failed')));
    const settled = work.settled().then(() => order.push('settled'));
    finishFirst();
    await first;
    await settled;
    expect(order).toEqual(['failed', 'first', 'second', 'settled']);
  });

  it('returns each job it tracks, and settles at once with none', async () => {
    const work = new BackgroundWork();
    expect(await work.track(Promise.resolve(7))).toBe(7);
    await expect(work.settled()).resolves.toBeUndefined();
  });
});
