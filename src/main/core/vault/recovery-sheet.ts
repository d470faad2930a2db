/**
 * The text file "Save as a file…" writes for a new recovery key: the key, what it opens, and how to keep it.
 * `today` is `YYYY-MM-DD`, passed in so this stays a pure function.
 */
export function recoverySheet(recoveryKey: string, today: string): string {
  return [
    'Landscape recovery key',
    '',
    recoveryKey,
    '',
    `Made on ${today}.`,
    '',
    'This key opens your Landscape journal if you forget your passphrase. It is the only way back in:',
    'nobody else, Landscape included, can open the journal without it or the passphrase.',
    '',
    'Keep it somewhere safe and away from this computer: printed in a drawer, on a USB stick, or in a',
    'password manager. Anyone who has this key and your journal folder can read your journal, so do not',
    'keep this file in the same place as the journal, and delete it from this computer once it is kept.',
    '',
    'To use it: on the unlock screen choose "Forgot your passphrase? Use your recovery key", type the key',
    '(dashes and spaces do not matter), and choose a new passphrase.',
    '',
  ].join('\n');
}
