import { useEffect, useState } from 'react';
import { loadPassphraseChecker, passphraseStrength, type PassphraseStrength } from '@shared/passphrase-strength';

/**
 * The strength of `value`, or undefined while the estimator's dictionaries are still loading
 * (they load when a form that asks for a new passphrase first appears, not with the app).
 */
export function usePassphraseStrength(value: string): PassphraseStrength | undefined {
  const [, setLoaded] = useState(false);
  useEffect(() => {
    let live = true;
    void loadPassphraseChecker().then(() => live && setLoaded(true));
    return () => {
      live = false;
    };
  }, []);
  return passphraseStrength(value);
}
