import type { PassphraseStrength } from '@shared/passphrase-strength';
import { t } from '../../i18n';

/** Main's score, 0 to 4, in words from the catalogue; the hints under it are main's own words. */
const SCORE_WORDS = [
  'vault.strength.veryWeak',
  'vault.strength.weak',
  'vault.strength.fair',
  'vault.strength.strong',
  'vault.strength.veryStrong',
] as const;

/** Live feedback while choosing a passphrase; the same rule main enforces. */
export function StrengthMeter(props: { passphrase: string; strength: PassphraseStrength | undefined; id: string }) {
  const { passphrase, strength, id } = props;
  const label = !passphrase
    ? t('vault.strength.advice')
    : strength
      ? t(SCORE_WORDS[strength.score])
      : t('vault.strength.checking');
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
