import { useEffect, useId, useRef, useState, type FormEvent } from 'react';

const normalise = (key: string) => key.replace(/[\s-]/g, '').toUpperCase();

/** The recovery key is shown once; the person proves they kept it by typing it back. */
export function RecoveryKeyStep({ recoveryKey, onDone }: { recoveryKey: string; onDone: () => void }) {
  const [typed, setTyped] = useState('');
  const [tried, setTried] = useState(false);
  const inputId = useId();
  const matches = normalise(typed) === normalise(recoveryKey);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The Create button that led here is gone: focus goes to this step's heading, which is read out.
  useEffect(() => headingRef.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (matches) onDone();
  };

  return (
    <main className="centered-screen">
      <form className="card" onSubmit={submit} aria-labelledby="recovery-title">
        <h1 id="recovery-title" ref={headingRef} tabIndex={-1}>
          Keep your recovery key safe
        </h1>
        <p>
          If you forget your passphrase, this key is the only way back into your journal. Write it down or keep it in a
          password manager. It will not be shown again.
        </p>
        <output className="recovery-key" aria-label="Recovery key" data-testid="recovery-key">
          {recoveryKey}
        </output>
        <div className="field">
          <label htmlFor={inputId}>Type the recovery key to confirm you have kept it</label>
          <input
            id={inputId}
            value={typed}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={tried && !matches}
            aria-describedby={tried && !matches ? 'recovery-mismatch' : undefined}
            onChange={(e) => setTyped(e.target.value)}
          />
        </div>
        {tried && !matches && (
          <p id="recovery-mismatch" className="field-error" role="alert">
            That does not match the key above. Check each group of letters.
          </p>
        )}
        <button type="submit" className="primary">
          I have kept it — open my journal
        </button>
      </form>
    </main>
  );
}
