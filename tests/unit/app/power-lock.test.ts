// Power events through the port: what each one does, as the settings say, and that disposing stops it.
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LockReason } from '@shared/contract';
import { watchPower } from '../../../src/main/app/power-lock';
import type { PowerPort } from '../../../src/main/app/ports';
import { memoryPrefs } from '../../support/fake-ports';

function fakePower(): PowerPort & EventEmitter & { idle: number } {
  const power = Object.assign(new EventEmitter(), { idle: 0 }) as EventEmitter & PowerPort & { idle: number };
  power.getSystemIdleTime = () => power.idle;
  return power;
}

const session = () => {
  const asked: LockReason[] = [];
  return { asked, open: true, requestLock: (reason: LockReason) => void asked.push(reason), isOpen: () => true };
};

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('watchPower', () => {
  it('asks for a lock on suspend and screen lock when lock-on-sleep is on, and not when it is off', () => {
    const power = fakePower();
    const s = session();
    const prefs = memoryPrefs({ lockOnSuspend: true });
    watchPower(power, s, prefs);
    power.emit('suspend');
    power.emit('lock-screen');
    expect(s.asked).toEqual(['suspend', 'screen-lock']);
    prefs.set({ lockOnSuspend: false });
    power.emit('suspend');
    power.emit('lock-screen');
    expect(s.asked).toEqual(['suspend', 'screen-lock']);
  });

  it('asks for an idle lock once the OS idle time passes the auto-lock minutes', () => {
    const power = fakePower();
    const s = session();
    watchPower(power, s, memoryPrefs({ autoLockMinutes: 5 }), 1000);
    power.idle = 4 * 60;
    vi.advanceTimersByTime(1000);
    expect(s.asked).toEqual([]);
    power.idle = 5 * 60;
    vi.advanceTimersByTime(1000);
    expect(s.asked).toEqual(['idle']);
  });

  it('stops listening and polling once disposed', () => {
    const power = fakePower();
    const s = session();
    const watching = watchPower(power, s, memoryPrefs({ lockOnSuspend: true, autoLockMinutes: 1 }), 1000);
    watching.dispose();
    expect(power.listenerCount('suspend') + power.listenerCount('lock-screen')).toBe(0);
    power.emit('suspend');
    power.idle = 3600;
    vi.advanceTimersByTime(5000);
    expect(s.asked).toEqual([]);
  });
});
