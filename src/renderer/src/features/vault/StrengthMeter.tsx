import type { PassphraseStrength } from '@shared/passphrase-strength';
import { t } from '../../i18n';

/** Live feedback while choosing a passphrase; the same rule main enforces. */
export function StrengthMeter(props: { passphrase: string; strength: PassphraseStrength | undefined; id: string }) {
  const { passphrase, strength, id } = props;
  const label = !passphrase ? t('vault.strength.advice') : strength ? strength.label : t('vault.strength.checking');
  return (
    <div id={id} className="strength" aria-live="polite">
      <meter min={0} max={4} value={strength?.score ?? 0} aria-label={t('vault.strength.meter')} />
      <span className="strength-label">{label}</span>
      {passphrase && strength && strength.hints.length > 0 && (
        <ul className="hints">
          {strength.hints.map((hint) => (
            <li key={hint}>{hint}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
