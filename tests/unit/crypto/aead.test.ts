import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { NONCE_BYTES, open, seal, TAG_BYTES } from '../../../src/main/core/crypto/aead';

const key = randomBytes(32);
const aad = Buffer.from('vault\nentry-meta\nabc');
const plain = Buffer.from('a private reflection');

describe('AES-256-GCM seal/open', () => {
  it('round-trips and carries nonce and tag in the box', () => {
    const box = seal(key, plain, aad);
    expect(box.length).toBe(NONCE_BYTES + plain.length + TAG_BYTES);
    expect(open(key, box, aad)?.toString()).toBe('a private reflection');
  });

  it('seals and opens an empty plaintext, whose box is only nonce and tag', () => {
    const box = seal(key, Buffer.alloc(0), aad);
    expect(box.length).toBe(NONCE_BYTES + TAG_BYTES);
    expect(open(key, box, aad)?.length).toBe(0);
  });

  it('uses a fresh nonce every time', () => {
    const nonces = new Set(
      Array.from({ length: 200 }, () => seal(key, plain, aad).subarray(0, NONCE_BYTES).toString('hex')),
    );
    expect(nonces.size).toBe(200);
  });

  it('refuses another key, another AAD, a flipped bit, or a cut-short box', () => {
    const box = seal(key, plain, aad);
    expect(open(randomBytes(32), box, aad)).toBeUndefined();
    expect(open(key, box, Buffer.from('vault\nentry-meta\nabd'))).toBeUndefined();
    for (const at of [0, NONCE_BYTES + 2, box.length - 1]) {
      const bad = Buffer.from(box);
      bad[at]! ^= 1;
      expect(open(key, bad, aad)).toBeUndefined();
    }
    expect(open(key, box.subarray(0, box.length - 1), aad)).toBeUndefined();
    expect(open(key, box.subarray(0, 10), aad)).toBeUndefined();
  });

  it('refuses, rather than throws, a key of the wrong size', () => {
    const box = seal(key, plain, aad);
    expect(open(Buffer.alloc(16), box, aad)).toBeUndefined();
  });
});

describe('open leaves no copy of what it decrypts', () => {
  it('returns the one buffer the plaintext was decrypted into; zeroing it leaves no other copy', async () => {
    const { vi } = await import('vitest');
    const dataKey = randomBytes(32);
    const box = seal(key, dataKey, aad);
    const concat = vi.spyOn(Buffer, 'concat');
    const opened = open(key, box, aad)!;
    expect(opened.equals(dataKey)).toBe(true);
    // A Buffer.concat would have made a second buffer holding the key, and left the first unzeroed.
    expect(concat).not.toHaveBeenCalled();
    concat.mockRestore();
  });

  it('zeroes what it decrypted when the tag then fails', async () => {
    const { vi } = await import('vitest');
    const secret = Buffer.from('a data key that must not linger');
    const box = seal(key, secret, aad);
    const fill = vi.spyOn(Buffer.prototype, 'fill');
    try {
      expect(open(key, box, Buffer.from('another aad'))).toBeUndefined();
      // The one buffer GCM decrypted into, before the tag check failed, was overwritten with zeros.
      const zeroed = (fill.mock.contexts as Buffer[]).filter(
        (b, i) => b.length === secret.length && fill.mock.calls[i]![0] === 0,
      );
      expect(zeroed).toHaveLength(1);
      expect(zeroed[0]!.every((x) => x === 0)).toBe(true);
    } finally {
      fill.mockRestore();
    }
  });
});
