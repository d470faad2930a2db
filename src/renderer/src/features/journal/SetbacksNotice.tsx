import type { EntrySetback, Setback } from '@shared/setback';
import { call } from '../../bridge';
import { announce } from '../../announce/announcer';
import { t } from '../../i18n';
import { useLoad } from '../../state/use-load';

function whatHappened(s: EntrySetback): string {
  if (s.kind === 'back') return t('journal.setbacks.back', { left: s.left, had: s.had });
  if (s.left !== null) return t('journal.setbacks.goneKept', { left: s.left, had: s.had });
  return t('journal.setbacks.goneNothing');
}

/**
 * Entries that went backwards or went missing since this device last saw the journal (a file deleted
 * or put back by something other than Landscape), and a key file this device replaced put back. Each
 * stays listed until the writer settles it.
 */
export function SetbacksNotice(props: { onChanged: () => void }) {
  const { load, update } = useLoad(() => call('vault:setbacks'), []);
  const setbacks = load.state === 'ready' ? load.value : [];
  if (setbacks.length === 0) return null;

  const settle = async (s: Setback, action: 'keep' | 'bringBack') => {
    const left = await call('vault:settleSetback', { id: s.id, action });
    update(() => left);
    if (action === 'bringBack' && s.kind !== 'key-file') {
      props.onChanged();
      announce(t('journal.setbacks.broughtBack', { title: s.title ?? t('journal.setbacks.theEntry'), left: s.left }));
    }
  };
  return (
    <section className="notice notice-error setbacks" aria-labelledby="setbacks-heading">
      <h2 id="setbacks-heading">{t('journal.setbacks.heading', { count: setbacks.length })}</h2>
      <ul>
        {setbacks.map((s) =>
          s.kind === 'key-file' ? (
            <li key={s.id}>
              <strong>{t('journal.setbacks.keyFile')}</strong> {t('journal.setbacks.keyFileText')}{' '}
              <button type="button" onClick={() => void settle(s, 'keep')}>
                {t('journal.setbacks.understood')}
              </button>
            </li>
          ) : (
            <li key={s.id}>
              <strong>{s.title ?? t('journal.setbacks.untitled')}</strong> {whatHappened(s)}{' '}
              {s.kind === 'gone' && s.left !== null && (
                <button type="button" onClick={() => void settle(s, 'bringBack')}>
                  {t('journal.setbacks.bringBack', { left: s.left })}
                </button>
              )}
              <button type="button" onClick={() => void settle(s, 'keep')}>
                {s.kind === 'back' ? t('journal.setbacks.keep') : t('journal.setbacks.letGo')}
              </button>
            </li>
          ),
        )}
      </ul>
    </section>
  );
}
