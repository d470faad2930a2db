import { useId, useRef, useState } from 'react';
import type { VaultStatus } from '@shared/contract';
import type { Settings, SettingsPatch } from '@shared/settings';
import { call } from '../../bridge';
import { ErrorNotice } from '../../errors/ErrorNotice';
import { useLoad } from '../../state/use-load';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { ReencryptForm } from './ReencryptForm';
import { ReminderSettings } from './ReminderSettings';
import { WritingSettings } from './WritingSettings';
import { t } from '../../i18n';

const AUTO_LOCK_CHOICES = [0, 1, 5, 10, 15, 30, 60];

export function SettingsPanel(props: {
  settings: Settings;
  status: VaultStatus;
  onSettings: (settings: Settings) => void;
  onStatus: (status: VaultStatus) => void;
}) {
  const [error, setError] = useState<unknown>(null);
  const latest = useRef(0);
  const rememberNoteId = useId();
  const info = useLoad(() => call('app:info'), []);
  const platform = info.load.state === 'ready' ? info.load.value.platform : null;
  // Shown at once (a checkbox must not bounce back while the call runs); main's answer to the newest change
  // then settles it. An older answer would undo a change made since, so it is ignored.
  const save = async (patch: SettingsPatch) => {
    const before = props.settings;
    const request = ++latest.current;
    props.onSettings({ ...before, ...patch });
    try {
      setError(null);
      const settled = await call('settings:set', patch);
      if (request === latest.current) props.onSettings(settled);
    } catch (e) {
      if (request === latest.current) props.onSettings(before);
      setError(e);
    }
  };
  const remember = async (enabled: boolean) => {
    try {
      setError(null);
      props.onStatus(await call('vault:remember', { enabled }));
    } catch (e) {
      setError(e);
    }
  };

  return (
    <section className="settings" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settings.title')}</h1>
      <ErrorNotice error={error} />
      <fieldset>
        <legend>{t('settings.appearance')}</legend>
        <label>
          {t('settings.theme')}{' '}
          <select value={props.settings.theme} onChange={(e) => save({ theme: e.target.value as Settings['theme'] })}>
            <option value="system">{t('settings.themes.system')}</option>
            <option value="light">{t('settings.themes.light')}</option>
            <option value="dark">{t('settings.themes.dark')}</option>
          </select>
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('settings.locking')}</legend>
        <label>
          {t('settings.lockAfter')}{' '}
          <select
            value={props.settings.autoLockMinutes}
            onChange={(e) => save({ autoLockMinutes: Number(e.target.value) })}
          >
            {AUTO_LOCK_CHOICES.map((m) => (
              <option key={m} value={m}>
                {m === 0 ? t('settings.never') : t('settings.minutes', { count: m })}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={props.settings.lockOnSuspend}
            onChange={(e) => save({ lockOnSuspend: e.target.checked })}
          />{' '}
          {t('settings.lockOnSuspend')}
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={props.status.remembered}
            disabled={!props.status.rememberSupported}
            aria-describedby={props.status.rememberSupported ? undefined : rememberNoteId}
            onChange={(e) => remember(e.target.checked)}
          />{' '}
          {t('settings.remember')}
        </label>
        {!props.status.rememberSupported && (
          <p className="muted" id={rememberNoteId}>
            {t('settings.noSafeStorage')}
          </p>
        )}
      </fieldset>
      {platform && <WritingSettings settings={props.settings} platform={platform} save={save} />}
      <ReminderSettings settings={props.settings} save={save} />
      <ChangePassphraseForm />
      <ReencryptForm onStatus={props.onStatus} />
    </section>
  );
}
