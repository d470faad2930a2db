import type { PassphraseStrength } from '@shared/passphrase-strength';

/** Live feedback while choosing a passphrase; the same rule main enforces. */
export function StrengthMeter(props: { passphrase: string; strength: PassphraseStrength | undefined; id: string }) {
  const { passphrase, strength, id } = props;
  const label = !passphrase
    ? 'Use four or more unrelated words.'
    : strength
      ? strength.label
      : 'Checking the passphrase…';
  return (
    <div id={id} className="strength" aria-live="polite">
      <meter min={0} max={4} value={strength?.score ?? 0} aria-label="Passphrase strength" />
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
