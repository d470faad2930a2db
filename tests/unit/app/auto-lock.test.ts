import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startAutoLock } from '../../../src/main/app/auto-lock';

describe('auto-lock', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function run(idle: { seconds: number }, minutes: number, open = true) {
    const lock = vi.fn();
    const stop = startAutoLock({
      idleSeconds: () => idle.seconds,
      minutes: () => minutes,
      isOpen: () => open,
      lock,
      everyMs: 1000,
    });
    return { lock, stop };
  }

  it('locks once the machine has been idle for the set minutes', () => {
    const idle = { seconds: 0 };
    const { lock, stop } = run(idle, 5);
    idle.seconds = 299;
    vi.advanceTimersByTime(1000);
    expect(lock).not.toHaveBeenCalled();
    idle.seconds = 300;
    vi.advanceTimersByTime(1000);
    expect(lock).toHaveBeenCalledOnce();
    stop();
  });

  it('never locks when set to 0 (off) or when already locked', () => {
    const off = run({ seconds: 99_999 }, 0);
    const closed = run({ seconds: 99_999 }, 5, false);
    vi.advanceTimersByTime(10_000);
    expect(off.lock).not.toHaveBeenCalled();
    expect(closed.lock).not.toHaveBeenCalled();
  });

  it('stops checking when stopped', () => {
    const { lock, stop } = run({ seconds: 99_999 }, 1);
    stop();
    vi.advanceTimersByTime(10_000);
    expect(lock).not.toHaveBeenCalled();
  });
});
