// Unsaved work registers a flush here, so lock and close can save it first, from anywhere.
/** Saves what is pending; resolves true when nothing is left unsaved. */
type Flush = () => Promise<boolean | void>;
type Leave = () => Promise<void>;

const flushes = new Set<Flush>();
/** Last saves of screens that have closed (switching entries), still under way. */
const closing = new Set<Promise<boolean>>();
const leaves = new Set<Leave>();

export function registerFlush(flush: Flush): () => void {
  flushes.add(flush);
  return () => {
    flushes.delete(flush);
  };
}

/** A closing screen's last save, so whoever acts on what it saved can wait for it. */
export function trackClosingSave(save: Promise<boolean>): void {
  closing.add(save);
  void save.finally(() => closing.delete(save));
}

/** Saves everything pending and waits for closing saves: true when every one of them landed. */
export async function settlePendingSaves(): Promise<boolean> {
  const results = await Promise.allSettled([...[...flushes].map((flush) => flush()), ...closing]);
  return results.every((r) => r.status === 'fulfilled' && r.value !== false);
}

/** Work for when the writer leaves the journal (lock, close), run once every save has landed. */
export function registerLeave(leave: Leave): () => void {
  leaves.add(leave);
  return () => {
    leaves.delete(leave);
  };
}

/** Saves what is pending, then does the leave work (each waits for every save, closing ones too). */
export async function flushPendingWork(): Promise<void> {
  await Promise.allSettled([...flushes].map((flush) => flush()));
  await Promise.allSettled([...leaves].map((leave) => leave()));
}
