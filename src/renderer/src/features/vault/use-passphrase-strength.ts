import { useEffect, useState } from 'react';
import type { PassphraseStrength } from '@shared/passphrase-strength';
import { call } from '../../bridge';

interface Rated {
  value: string;
  strength: PassphraseStrength;
}

/**
 * Main's rating of `value` (`vault:ratePassphrase`): `strength` is the latest rating that came back,
 * for the meter, and `settled` says it is the rating of `value` itself, not of what was typed before.
 */
export function usePassphraseStrength(value: string): { strength: PassphraseStrength | undefined; settled: boolean } {
  const [rated, setRated] = useState<Rated | undefined>();
  useEffect(() => {
    if (!value) return;
    let live = true;
    // Typing outpaces the answers; a rating that comes back after the next key is dropped.
    call('vault:ratePassphrase', { passphrase: value }).then(
      (strength) => live && setRated({ value, strength }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [value]);
  const strength = value ? rated?.strength : undefined;
  return { strength, settled: strength !== undefined && rated?.value === value };
}
