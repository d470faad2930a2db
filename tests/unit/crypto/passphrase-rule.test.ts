// The public accept/refuse rule, whatever estimator sits behind it: nothing rated weak is accepted,
// however long, and the vault refuses it too.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  loadPassphraseChecker,
  MIN_PASSPHRASE_LENGTH,
  passphraseStrength,
} from '../../../src/main/core/crypto/passphrase-strength';
import { Vault } from '../../../src/main/core/vault/vault';
import { KDF } from '../vault/fixtures/samples';
import { tempDir } from '../vault/fixtures/temp-dir';

// Long enough to pass the length check, and well known to guessers.
const WEAK_BUT_LONG = ['password2026', 'password1234', 'aaaaaaaaaaaa', 'qwerty123456', 'sunshine1234'];

describe('the passphrase rule', () => {
  beforeAll(loadPassphraseChecker);

  it.each(WEAK_BUT_LONG)('refuses %j, which is long enough but weak', async (passphrase) => {
    expect(passphrase.length).toBeGreaterThanOrEqual(MIN_PASSPHRASE_LENGTH);
    expect(passphraseStrength(passphrase)).toMatchObject({ acceptable: false });
    const dir = await tempDir();
    await expect(Vault.create(`${dir}/vault`, passphrase, { kdf: KDF })).rejects.toMatchObject({
      code: 'WEAK_PASSPHRASE',
    });
  });

  it('never accepts a passphrase it rates very weak or weak, whatever its length', () => {
    const word = fc.constantFrom('password', 'summer', 'dragon', 'river', 'love', 'qwerty', 'a', '1', '2026', '!');
    const candidate = fc.array(word, { minLength: 2, maxLength: 6 }).map((words) => words.join(''));
    let weakAndLong = 0;
    fc.assert(
      fc.property(candidate, (passphrase) => {
        const s = passphraseStrength(passphrase)!;
        if (s.score <= 1 && passphrase.length >= MIN_PASSPHRASE_LENGTH) weakAndLong++;
        return s.score >= 2 || !s.acceptable;
      }),
      { numRuns: 60, seed: 13 },
    );
    // The property was tested where it matters: on long passphrases rated weak.
    expect(weakAndLong).toBeGreaterThan(10);
  });
});
