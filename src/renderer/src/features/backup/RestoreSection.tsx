import { useId, useState } from 'react';
import type { ChosenBackup } from '@shared/backup';
import type { VaultStatus } from '@shared/contract';
import { call } from '../../bridge';
import { formatMoment } from '../../dates/date-words';
import { PassphraseField } from '../vault/PassphraseField';
import { entries, type Action } from './BackupScreen';
import { Trans } from 'react-i18next';
import { t } from '../../i18n';

export function RestoreSection(props: {
  action: Action;
  onChanged: () => void;
  onStatus: (status: VaultStatus) => void;
  /** False where no journal is open yet, so a backup can only be restored. */
  canMerge?: boolean;
}) {
  const canMerge = props.canMerge ?? true;
  const { action } = props;
  const [chosen, setChosen] = useState<ChosenBackup | null>(null);
  const [useKey, setUseKey] = useState(false);
  const [secret, setSecret] = useState('');
  const keyId = useId();
  const input = () => (useKey ? { recoveryKey: secret } : { passphrase: secret });

  const choose = () =>
    action.run('choose', async () => {
      const picked = await call('backup:choose');
      if (picked) setChosen(picked);
    });
  const merge = () =>
    action.run('merge', async () => {
      const s = await call('backup:merge', input());
      setSecret('');
      props.onChanged();
      const parts = [
        t('backup.restore.added', { entries: entries(s.added) }),
        s.updated && t('backup.restore.updated', { count: s.updated }),
        s.conflicts && t('backup.restore.conflicts', { count: s.conflicts }),
        t('backup.restore.skipped', { count: s.skipped }),
      ].filter(Boolean);
      action.setMessage(t('backup.restore.merged', { parts: parts.join(', ') }));
    });
  const restore = () =>
    action.run('restore', async () => {
      const status = await call('backup:restore', input());
      if (!status) return;
      setSecret('');
      props.onStatus(status);
      props.onChanged();
      action.setMessage(t('backup.restore.restored', { dir: status.dir }));
    });
  const ready = chosen !== null && secret !== '' && action.busy === null;

  return (
    <fieldset>
      <legend>{canMerge ? t('backup.restore.legendMerge') : t('backup.restore.legend')}</legend>
      <button type="button" onClick={choose} disabled={action.busy !== null}>
        {t('backup.restore.choose')}
      </button>
      {chosen && (
        <>
          <p>
            <Trans
              i18nKey="backup.restore.made"
              values={{ name: chosen.name, date: formatMoment(chosen.createdAt) }}
              components={[<strong key="name" />]}
            />
          </p>
          <label className="check">
            <input type="checkbox" checked={useKey} onChange={(e) => setUseKey(e.target.checked)} />{' '}
            {t('backup.restore.useKey')}
          </label>
          {useKey ? (
            <div className="field">
              <label htmlFor={keyId}>{t('backup.restore.key')}</label>
              <input id={keyId} value={secret} spellCheck={false} onChange={(e) => setSecret(e.target.value)} />
            </div>
          ) : (
            <PassphraseField label={t('backup.restore.passphrase')} value={secret} onChange={setSecret} />
          )}
          {canMerge && (
            <>
              <p className="muted">{t('backup.restore.mergeAbout')}</p>
              <button type="button" onClick={merge} disabled={!ready}>
                {action.busy === 'merge' ? t('backup.restore.adding') : t('backup.restore.add')}
              </button>
            </>
          )}
          <button type="button" onClick={restore} disabled={!ready}>
            {action.busy === 'restore'
              ? t('backup.restore.restoring')
              : canMerge
                ? t('backup.restore.restoreSeparate')
                : t('backup.restore.restoreInto')}
          </button>
        </>
      )}
    </fieldset>
  );
}
