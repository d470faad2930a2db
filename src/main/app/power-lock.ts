import { startAutoLock } from './auto-lock';
import { toDisposable, type Disposable } from './disposable';
import type { PowerPort, PrefsPort } from './ports';
import type { VaultSession } from './vault-session';

/** Locks on idle, suspend and screen lock, as the settings say. */
export function watchPower(
  power: PowerPort,
  session: Pick<VaultSession, 'requestLock' | 'isOpen'>,
  prefs: PrefsPort,
  everyMs?: number,
): Disposable {
  const onSuspend = () => {
    if (prefs.get().lockOnSuspend) session.requestLock('suspend');
  };
  const onScreenLock = () => {
    if (prefs.get().lockOnSuspend) session.requestLock('screen-lock');
  };
  power.on('suspend', onSuspend);
  power.on('lock-screen', onScreenLock);
  const stopAutoLock = startAutoLock({
    idleSeconds: () => power.getSystemIdleTime(),
    minutes: () => prefs.get().autoLockMinutes,
    isOpen: () => session.isOpen(),
    lock: () => session.requestLock('idle'),
    ...(everyMs === undefined ? {} : { everyMs }),
  });
  return toDisposable(() => {
    power.removeListener('suspend', onSuspend);
    power.removeListener('lock-screen', onScreenLock);
    stopAutoLock();
  });
}
