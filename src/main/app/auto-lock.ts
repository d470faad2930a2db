/**
 * Locks after the machine has been idle for the configured minutes. Idle time comes from the OS
 * (so typing in another app counts as activity) and is polled: no timer per keystroke.
 */
export function startAutoLock(opts: {
  idleSeconds: () => number;
  minutes: () => number;
  isOpen: () => boolean;
  lock: () => void;
  everyMs?: number;
}): () => void {
  const check = () => {
    const minutes = opts.minutes();
    if (minutes > 0 && opts.isOpen() && opts.idleSeconds() >= minutes * 60) opts.lock();
  };
  const timer = setInterval(check, opts.everyMs ?? 15_000);
  return () => clearInterval(timer);
}
