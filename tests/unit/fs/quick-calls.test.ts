import { describe, expect, it } from 'vitest';
import { QuickCalls, SLOW_CALL_MS } from '../../../src/main/core/fs/quick-calls';

const busy = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};

describe('QuickCalls', () => {
  it('makes calls on this thread while they are quick, passing on their result and their failure', async () => {
    const calls = new QuickCalls();
    const later = async () => 'pool';
    expect(await calls.run(() => 'here', later)).toBe('here');
    const failure = Object.assign(new Error('no such file'), { code: 'ENOENT' });
    await expect(
      calls.run(() => {
        throw failure;
      }, later),
    ).rejects.toBe(failure);
    expect(await calls.run(() => 'still here', later)).toBe('still here');
  });

  it('after one slow call, sends every later one to the pool', async () => {
    const calls = new QuickCalls();
    expect(
      await calls.run(
        () => (busy(SLOW_CALL_MS + 2), 'slow, but done'),
        async () => 'pool',
      ),
    ).toBe('slow, but done');
    let ranHere = false;
    expect(
      await calls.run(
        () => ((ranHere = true), 'here'),
        async () => 'pool',
      ),
    ).toBe('pool');
    expect(ranHere).toBe(false);
    expect(
      await new QuickCalls().run(
        () => 'here',
        async () => 'pool',
      ),
    ).toBe('here');
  });
});
