import { randomBytes } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { hkdfSha256 } from '../../../src/main/core/crypto/hkdf';
import { deriveKey, scryptParams } from '../../../src/main/core/crypto/kdf';
import {
  keyCheckPasses,
  newHeader,
  unwrapWithPassphrase,
  unwrapWithRecoveryKey,
  withPassphrase,
  withRecoveryKey,
} from '../../../src/main/core/vault/key-wraps';
import { KDF, OTHER_PASS, PASS } from './fixtures/samples';

/** Copies of every buffer handed to zero(), taken before it was overwritten. */
const zeroed = vi.hoisted(() => [] as Buffer[]);
vi.mock('../../../src/main/core/crypto/zero', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/main/core/crypto/zero')>();
  return {
    zero: (...buffers: Array<Buffer | undefined>) => {
      for (const b of buffers) if (b) zeroed.push(Buffer.from(b));
      real.zero(...buffers);
    },
  };
});

const RECOVERY_INFO = 'landscape-vault/1 recovery wrap';
const params = scryptParams(KDF);
const wasZeroed = (key: Buffer) => zeroed.some((z) => z.equals(key));

async function made() {
  const dataKey = randomBytes(32);
  const recoveryKey = randomBytes(32);
  const vaultId = randomBytes(16).toString('hex');
  const header = await newHeader(vaultId, dataKey, recoveryKey, PASS, params);
  return { dataKey, recoveryKey, header };
}

describe('key wraps', () => {
  it('overwrite each key-encryption key once it has wrapped or unwrapped the data key', async () => {
    zeroed.length = 0;
    const { dataKey, recoveryKey, header } = await made();
    const byPassphrase = await deriveKey(PASS, Buffer.from(header.kdf.salt, 'base64'), params);
    const byRecovery = hkdfSha256(recoveryKey, Buffer.from(header.recovery.salt, 'base64'), RECOVERY_INFO);
    expect(wasZeroed(byPassphrase)).toBe(true);
    expect(wasZeroed(byRecovery)).toBe(true);

    zeroed.length = 0;
    expect((await unwrapWithPassphrase(header, PASS)).equals(dataKey)).toBe(true);
    expect(wasZeroed(byPassphrase)).toBe(true);
    zeroed.length = 0;
    expect(unwrapWithRecoveryKey(header, recoveryKey).equals(dataKey)).toBe(true);
    expect(wasZeroed(byRecovery)).toBe(true);
    zeroed.length = 0;
    await expect(unwrapWithPassphrase(header, OTHER_PASS)).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
      message: 'Check for a typing mistake or Caps Lock, or open the journal with your recovery key.',
    });
    expect(zeroed).toHaveLength(1);
  });

  it('re-wrap for a new passphrase or recovery key, leaving the other wrap and the key check as they were', async () => {
    const { dataKey, recoveryKey, header } = await made();
    const renewed = await withPassphrase(header, dataKey, OTHER_PASS, params);
    expect(renewed.wrappedKeys.recovery).toBe(header.wrappedKeys.recovery);
    expect(renewed.kdf.salt).not.toBe(header.kdf.salt);
    expect((await unwrapWithPassphrase(renewed, OTHER_PASS)).equals(dataKey)).toBe(true);
    expect(unwrapWithRecoveryKey(renewed, recoveryKey).equals(dataKey)).toBe(true);
    const newRecovery = randomBytes(32);
    const replaced = withRecoveryKey(renewed, dataKey, newRecovery);
    expect(replaced.wrappedKeys.passphrase).toBe(renewed.wrappedKeys.passphrase);
    expect(unwrapWithRecoveryKey(replaced, newRecovery).equals(dataKey)).toBe(true);
    expect(() => unwrapWithRecoveryKey(replaced, recoveryKey)).toThrow(
      expect.objectContaining({ code: 'WRONG_RECOVERY_KEY' }),
    );
    expect(keyCheckPasses(replaced, dataKey)).toBe(true);
    expect(keyCheckPasses(replaced, randomBytes(32))).toBe(false);
  });

  it('call settings OpenSSL refuses damage to the key file, not a wrong passphrase', async () => {
    const { header } = await made();
    const refused = { ...header, kdf: { ...header.kdf, N: 3 } };
    await expect(unwrapWithPassphrase(refused, PASS)).rejects.toMatchObject({
      code: 'VAULT_DAMAGED',
      message: expect.stringMatching(/key-derivation settings that cannot be used/),
      cause: expect.anything(),
    });
  });
});
