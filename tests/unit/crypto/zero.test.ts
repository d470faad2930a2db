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

  it('KeyRing reads with both keys while moving to a new one, and zeroes the old one when it retires', () => {
    const old = Buffer.alloc(32, 1);
    const next = Buffer.alloc(32, 2);
    const ring = new KeyRing(old);
    ring.advance(next);
    expect(ring.get()).toBe(next);
    expect(ring.readKeys()).toEqual([next, old]);
    expect(ring.moving).toBe(true);
    ring.retire();
    expect(old.every((x) => x === 0)).toBe(true);
    expect(ring.readKeys()).toEqual([next]);
    expect(ring.moving).toBe(false);
    const later = Buffer.alloc(32, 3);
    ring.advance(later);
    ring.drop();
    expect(next.every((x) => x === 0) && later.every((x) => x === 0)).toBe(true);
    expect(() => ring.readKeys()).toThrow(expect.objectContaining({ code: 'VAULT_LOCKED' }));
  });
});
