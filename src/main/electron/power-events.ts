import { powerMonitor } from 'electron';
import { startAutoLock } from '../app/auto-lock';
import type { PrefsPort } from '../app/ports';
import type { VaultSession } from '../app/vault-session';

/** Locks on idle, suspend and screen lock, as the settings say. */
export function watchPower(session: VaultSession, prefs: PrefsPort): void {
  powerMonitor.on('suspend', () => {
    if (prefs.get().lockOnSuspend) session.requestLock('suspend');
  });
  powerMonitor.on('lock-screen', () => {
    if (prefs.get().lockOnSuspend) session.requestLock('screen-lock');
  });
  startAutoLock({
    idleSeconds: () => powerMonitor.getSystemIdleTime(),
    minutes: () => prefs.get().autoLockMinutes,
    isOpen: () => session.isOpen(),
    lock: () => session.requestLock('idle'),
  });
}
