/** How guessable a passphrase is, as main rates it (core/crypto/passphrase-strength.ts) for the page to show. */
export interface PassphraseStrength {
  score: 0 | 1 | 2 | 3 | 4;
  label: string;
  hints: string[];
  acceptable: boolean;
}
