import { describe, expect, it } from 'vitest';
import { zero } from '../../../src/main/core/crypto/zero';
import { KeyRing } from '../../../src/main/core/vault/key-ring';

describe('key zeroing', () => {
  it('overwrites every buffer given, skipping undefined', () => {
    const a = Buffer.from('secret key material');
    const b = Buffer.alloc(32, 7);
    zero(a, undefined, b);
    expect(a.every((x) => x === 0)).toBe(true);
    expect(b.every((x) => x === 0)).toBe(true);
  });

  it('KeyRing.drop zeroes the key it holds and refuses it afterwards', () => {
    const key = Buffer.alloc(32, 9);
    const ring = new KeyRing(key);
    expect(ring.get()).toBe(key);
    expect(ring.locked).toBe(false);
    ring.drop();
    expect(key.every((x) => x === 0)).toBe(true);
    expect(ring.locked).toBe(true);
    expect(() => ring.get()).toThrow(
      expect.objectContaining({ code: 'VAULT_LOCKED', message: 'The journal is locked. Unlock it to go on.' }),
    );
  });
});
