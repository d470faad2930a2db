import { useState, type FormEvent } from 'react';
import { passphraseStrength } from '../../../../shared/passphrase-strength';
import { call } from '../../bridge';
import { ErrorNotice } from '../../errors/ErrorNotice';
import { PassphraseField } from '../vault/PassphraseField';
import { StrengthMeter } from '../vault/StrengthMeter';

export function ChangePassphraseForm() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const ready = current && passphraseStrength(next).acceptable && next === confirm;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    setError(null);
    setDone(false);
    try {
      await call('vault:changePassphrase', { current, next });
      setDone(true);
      setCurrent('');
      setNext('');
      setConfirm('');
    } catch (e) {
      setError(e);
    }
  };

  return (
    <form onSubmit={submit} aria-labelledby="change-title">
      <fieldset>
        <legend id="change-title">Change passphrase</legend>
        <PassphraseField label="Current passphrase" value={current} onChange={setCurrent} />
        <PassphraseField
          label="New passphrase"
          value={next}
          onChange={setNext}
          autoComplete="new-password"
          describedBy="change-strength"
        />
        <StrengthMeter passphrase={next} id="change-strength" />
        <PassphraseField
          label="Type the new passphrase again"
          value={confirm}
          onChange={setConfirm}
          autoComplete="new-password"
        />
        <ErrorNotice error={error} />
        {done && <p role="status">Passphrase changed. Use the new one next time you unlock.</p>}
        <button type="submit" disabled={!ready}>
          Change passphrase
        </button>
      </fieldset>
    </form>
  );
}
