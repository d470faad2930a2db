import { useState, type FormEvent } from 'react';
import { call } from '../../bridge';
import { ErrorNotice } from '../../errors/ErrorNotice';
import { NewPassphraseFields, useNewPassphrase } from '../vault/NewPassphraseFields';
import { PassphraseField } from '../vault/PassphraseField';

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
        <legend id="change-title">Change passphrase</legend>
        <PassphraseField label="Current passphrase" value={current} onChange={setCurrent} />
        <NewPassphraseFields state={next} label="New passphrase" againLabel="Type the new passphrase again" />
        <ErrorNotice error={error} />
        {done && <p role="status">Passphrase changed. Use the new one next time you unlock.</p>}
        <button type="submit" disabled={!ready}>
          Change passphrase
        </button>
      </fieldset>
    </form>
  );
}
