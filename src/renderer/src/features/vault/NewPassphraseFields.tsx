import { useEffect, useId, useState } from 'react';
import { announce } from '../../announce/announcer';
import { PassphraseField } from './PassphraseField';
import { StrengthMeter } from './StrengthMeter';
import { usePassphraseStrength } from './use-passphrase-strength';
import { t } from '../../i18n';

/** A new passphrase and its repeat: ready once it is strong enough and both match. */
export function useNewPassphrase() {
  const [value, setValue] = useState('');
  const [confirm, setConfirm] = useState('');
  const { strength, settled } = usePassphraseStrength(value);
  return {
    value,
    confirm,
    setValue,
    setConfirm,
    strength,
    ready: settled && strength?.acceptable === true && value === confirm,
    reset: () => {
      setValue('');
      setConfirm('');
    },
  };
}

/** Choosing a passphrase, as creating, recovering and changing all ask for it: strength feedback, then a repeat. */
export function NewPassphraseFields(props: {
  state: ReturnType<typeof useNewPassphrase>;
  label: string;
  againLabel: string;
  autoFocus?: boolean;
}) {
  const { state } = props;
  const strengthId = useId();
  const mismatchId = useId();
  const mismatch = state.confirm.length > 0 && state.confirm !== state.value;
  useEffect(() => {
    if (mismatch) announce(t('vault.strength.mismatch'));
  }, [mismatch]);
  return (
    <>
      <PassphraseField
        label={props.label}
        value={state.value}
        onChange={state.setValue}
        autoFocus={props.autoFocus}
        autoComplete="new-password"
        describedBy={strengthId}
      />
      <StrengthMeter passphrase={state.value} strength={state.strength} id={strengthId} />
      <PassphraseField
        label={props.againLabel}
        value={state.confirm}
        onChange={state.setConfirm}
        autoComplete="new-password"
        describedBy={mismatch ? mismatchId : undefined}
      />
      {mismatch && (
        <p id={mismatchId} className="field-error">
          {t('vault.strength.mismatch')}
        </p>
      )}
    </>
  );
}
