import { useState } from 'react';
import { call } from '../../bridge';
import { entries, type Action } from './BackupScreen';
import { t } from '../../i18n';

/** The one way journal text leaves unencrypted in bulk, so the risk is named before anything is written. */
export function PlainCopySection({ action }: { action: Action }) {
  const [confirming, setConfirming] = useState(false);
  const save = () =>
    action.run('plain', async () => {
      setConfirming(false);
      const saved = await call('backup:exportPlain');
      if (saved) action.setMessage(t('backup.plain.saved', { entries: entries(saved.entries), path: saved.path }));
    });
  return (
    <fieldset>
      <legend>{t('backup.plain.legend')}</legend>
      <p className="muted">{t('backup.plain.about')}</p>
      {!confirming ? (
        <button type="button" onClick={() => setConfirming(true)} disabled={action.busy !== null}>
          {t('backup.plain.save')}
        </button>
      ) : (
        <div role="alertdialog" aria-labelledby="plain-risk-title" aria-describedby="plain-risk-words">
          <p id="plain-risk-title">
            <strong>{t('backup.plain.riskTitle')}</strong>
          </p>
          <p id="plain-risk-words">{t('backup.plain.risk')}</p>
          <button type="button" onClick={save}>
            {t('backup.plain.confirm')}
          </button>
          <button type="button" onClick={() => setConfirming(false)} autoFocus>
            {t('common.cancel')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
