import { useState, type FormEvent } from 'react';
import { call } from '../../bridge';
import { ErrorNotice } from '../../errors/ErrorNotice';
import { NewPassphraseFields, useNewPassphrase } from '../vault/NewPassphraseFields';
import { PassphraseField } from '../vault/PassphraseField';
import { t } from '../../i18n';

export function ChangePassphraseForm() {
  const [current, setCurrent] = useState('');
  const next = useNewPassphrase();
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const ready = current && next.ready;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    setError(null);
    setDone(false);
    try {
      await call('vault:changePassphrase', { current, next: next.value });
      setDone(true);
      setCurrent('');
      next.reset();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <form onSubmit={submit} aria-labelledby="change-title">
      <fieldset>
        <legend id="change-title">{t('settings.passphrase.legend')}</legend>
        <PassphraseField label={t('settings.passphrase.current')} value={current} onChange={setCurrent} />
        <NewPassphraseFields
          state={next}
          label={t('settings.passphrase.next')}
          againLabel={t('settings.passphrase.again')}
        />
        <ErrorNotice error={error} />
        {done && <p role="status">{t('settings.passphrase.changed')}</p>}
        <button type="submit" disabled={!ready}>
          {t('settings.passphrase.change')}
        </button>
      </fieldset>
    </form>
  );
}
