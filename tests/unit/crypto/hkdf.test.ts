import { createHmac, hkdfSync } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { hkdfSha256 } from '../../../src/main/core/crypto/hkdf';

/** What each zero() call was given, copied before it was overwritten. */
const zeroed = vi.hoisted(() => [] as Array<{ before: Buffer; buffer: Buffer }>);
vi.mock('../../../src/main/core/crypto/zero', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/main/core/crypto/zero')>();
  return {
    zero: (...buffers: Array<Buffer | undefined>) => {
      for (const b of buffers) if (b) zeroed.push({ before: Buffer.from(b), buffer: b });
      real.zero(...buffers);
    },
  };
});

describe('HKDF-SHA256', () => {
  it('matches RFC 5869 test case 1 (first 32 bytes)', () => {
    const ikm = Buffer.alloc(22, 0x0b);
    const salt = Buffer.from('000102030405060708090a0b0c', 'hex');
    const info = Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex');
    expect(hkdfSha256(ikm, salt, info).toString('hex')).toBe(
      '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf',
    );
  });

  it("matches Node's own hkdf for a string info", () => {
    const ikm = Buffer.from('a recovery key of thirty-two bytes');
    const salt = Buffer.from('salt');
    const expected = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('landscape'), 32));
    expect(hkdfSha256(ikm, salt, 'landscape').equals(expected)).toBe(true);
    // A string info is its UTF-8 bytes.
    const accented = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('café €', 'utf8'), 32));
    expect(hkdfSha256(ikm, salt, 'café €').equals(accented)).toBe(true);
  });

  it('overwrites the intermediate pseudorandom key once the output is made', () => {
    zeroed.length = 0;
    const ikm = Buffer.alloc(32, 5);
    const salt = Buffer.from('salt');
    const okm = hkdfSha256(ikm, salt, 'landscape');
    expect(zeroed).toHaveLength(1);
    expect(zeroed[0]!.before.equals(createHmac('sha256', salt).update(ikm).digest())).toBe(true);
    expect(zeroed[0]!.buffer.every((b) => b === 0)).toBe(true);
    expect(okm.every((b) => b === 0)).toBe(false);
  });
});
