import { useEffect, useState } from 'react';
import type { EntrySetback, Setback } from '@shared/setback';
import { call } from '../../bridge';
import { announce } from '../../announce/announcer';

function whatHappened(s: EntrySetback): string {
  if (s.kind === 'back')
    return `It shows revision ${s.left}, but this device saw revision ${s.had}: the newer file is gone from the folder.`;
  if (s.left !== null)
    return `Its files were removed without the trash. Revision ${s.left} of ${s.had} is still kept and can come back.`;
  return 'Its files were removed without the trash, and nothing of it is left in the folder.';
}

/**
 * Entries that went backwards or went missing since this device last saw the journal (a file deleted
 * or put back by something other than Landscape). Each stays listed until the writer settles it.
 */
export function SetbacksNotice(props: { onChanged: () => void }) {
  const [setbacks, setSetbacks] = useState<Setback[]>([]);
  useEffect(() => {
    let live = true;
    call('vault:setbacks').then(
      (found) => live && setSetbacks(found),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  if (setbacks.length === 0) return null;

  const settle = async (s: Setback, action: 'keep' | 'bringBack') => {
    setSetbacks(await call('vault:settleSetback', { id: s.id, action }));
    if (action === 'bringBack' && s.kind !== 'key-file') {
      props.onChanged();
      announce(`${s.title ?? 'The entry'} is back, at revision ${s.left}.`);
    }
  };
  return (
    <section className="notice notice-error setbacks" aria-labelledby="setbacks-heading">
      <h2 id="setbacks-heading">
        {setbacks.length === 1 ? 'An entry went back' : `${setbacks.length} entries went back`} since this device last
        opened the journal
      </h2>
      <ul>
        {setbacks.map((s) =>
          s.kind === 'key-file' ? (
            <li key={s.id}>
              <strong>The journal’s key file</strong> is an older copy, put back in the folder: a passphrase or recovery
              key you replaced opens the journal again. Change your passphrase in Settings and make a new recovery key.{' '}
              <button type="button" onClick={() => void settle(s, 'keep')}>
                Understood
              </button>
            </li>
          ) : (
            <li key={s.id}>
              <strong>{s.title ?? 'An entry'}</strong> {whatHappened(s)}{' '}
              {s.kind === 'gone' && s.left !== null && (
                <button type="button" onClick={() => void settle(s, 'bringBack')}>
                  Bring back revision {s.left}
                </button>
              )}
              <button type="button" onClick={() => void settle(s, 'keep')}>
                {s.kind === 'back' ? 'Keep as it is' : 'Let it go'}
              </button>
            </li>
          ),
        )}
      </ul>
    </section>
  );
}
