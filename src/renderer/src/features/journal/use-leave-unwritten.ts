import { useEffect, useRef } from 'react';
import { call } from '../../bridge';
import { registerLeave, settlePendingSaves } from '../../state/pending-work';

/**
 * An entry nobody wrote in (`isUnwritten`, decided in main) is removed when the writer leaves it: for another
 * entry or screen (`openId` changes), or the journal (lock, close). Its last save lands first, and if a save
 * failed nothing is removed. `keepWhileOpen` spares Today's page on the way to another entry or screen: Today
 * would give the same page back, where removing it would make a new one each time Today opens. Leaving the
 * journal lets that page go too, so an unlock lands on a fresh one and no empty day is left behind.
 */
export function useLeaveUnwritten(
  openId: string | null,
  keepWhileOpen: (id: string) => boolean,
  onDiscarded: (id: string) => void,
): void {
  const latest = useRef({ keepWhileOpen, onDiscarded, openId, kept: null as string | null });
  useEffect(() => {
    Object.assign(latest.current, { keepWhileOpen, onDiscarded, openId });
  });

  useEffect(() => {
    if (!openId) return;
    // One object for the hook's life, its fields kept current above.
    const now = latest.current;
    return () => {
      if (now.keepWhileOpen(openId)) now.kept = openId;
      else void discard(openId, now.onDiscarded);
    };
  }, [openId]);

  useEffect(
    () =>
      registerLeave(async () => {
        const { openId: open, kept, onDiscarded: done } = latest.current;
        const ids = new Set([open, kept].filter((id) => id !== null));
        await Promise.all([...ids].map((id) => discard(id, done)));
      }),
    [],
  );
}

async function discard(id: string, onDiscarded: (id: string) => void): Promise<void> {
  // The closing editor's last save starts in the same commit as this; let it register first.
  await Promise.resolve();
  if (!(await settlePendingSaves())) return;
  try {
    const { discarded } = await call('entries:discardIfUnwritten', { id });
    if (discarded) onDiscarded(id);
  } catch {
    // Tidying up is best effort: an entry already gone, or a journal locked meanwhile, needs no word.
  }
}
