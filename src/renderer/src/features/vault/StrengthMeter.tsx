import { passphraseStrength } from '@shared/passphrase-strength';

/** Live feedback while choosing a passphrase; the same rule main enforces. */
export function StrengthMeter({ passphrase, id }: { passphrase: string; id: string }) {
  const strength = passphraseStrength(passphrase);
  return (
    <div id={id} className="strength" aria-live="polite">
      <meter min={0} max={4} value={strength.score} aria-label="Passphrase strength" />
      <span className="strength-label">{passphrase ? strength.label : 'Use four or more unrelated words.'}</span>
      {passphrase && strength.hints.length > 0 && (
        <ul className="hints">
          {strength.hints.map((hint) => (
            <li key={hint}>{hint}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
