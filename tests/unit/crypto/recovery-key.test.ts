import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { formatRecoveryKey, generateRecoveryKey, parseRecoveryKey } from '../../../src/main/core/crypto/recovery-key';

describe('recovery key', () => {
  it('is 256 random bits shown as fourteen groups of four Crockford base32 characters', () => {
    const key = generateRecoveryKey();
    expect(key.length).toBe(32);
    expect(generateRecoveryKey().equals(key)).toBe(false);
    const text = formatRecoveryKey(key);
    expect(text).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){13}$/);
  });

  it('parses back, forgiving case, spaces and look-alike letters', () => {
    const key = generateRecoveryKey();
    const text = formatRecoveryKey(key);
    expect(parseRecoveryKey(text)?.equals(key)).toBe(true);
    expect(parseRecoveryKey(` ${text.toLowerCase().replace(/-/g, ' ')} `)?.equals(key)).toBe(true);
    expect(parseRecoveryKey(text.replace(/0/g, 'O').replace(/1/g, 'l'))?.equals(key)).toBe(true);
  });

  it('catches a typo, a missing group and foreign characters', () => {
    const text = formatRecoveryKey(generateRecoveryKey());
    const chars = text.split('');
    const at = chars.findIndex((c) => c !== '-');
    chars[at] = chars[at] === 'A' ? 'B' : 'A';
    expect(parseRecoveryKey(chars.join(''))).toBeUndefined();
    expect(parseRecoveryKey(text.slice(0, -5))).toBeUndefined();
    expect(parseRecoveryKey(text.replace(/^./, 'U'))).toBeUndefined();
    expect(parseRecoveryKey('')).toBeUndefined();
  });

  it('refuses to format a key of the wrong size', () => {
    expect(() => formatRecoveryKey(Buffer.alloc(16))).toThrow(new RangeError('recovery key must be 32 bytes'));
  });

  it('encodes the all-zero key by hand: 51 zeros, then the first 25 bits of its SHA-256 check (66 68 7a)', () => {
    // 0 | 0110 0110 0110 1000 0111 1010 → 00110 01100 11010 00011 11010 → 6 C T 3 T.
    expect(formatRecoveryKey(Buffer.alloc(32))).toBe(`${'0000-'.repeat(12)}0006-CT3T`);
    expect(parseRecoveryKey(`${'0000-'.repeat(12)}0006-CT3T`)?.equals(Buffer.alloc(32))).toBe(true);
  });

  it('reads I and L as 1 and O as 0, in a key whose text holds both digits', () => {
    // 0x42 repeated is 01000 01001 00001 00100 00100 10000 10010 00010 …: 8 9 1 4 4 G J 2.
    const key = Buffer.alloc(32, 0x42);
    const text = formatRecoveryKey(key);
    expect(text.startsWith('8914-4GJ2-')).toBe(true);
    for (const typed of [text.replace(/1/g, 'I'), text.replace(/1/g, 'l'), text.replace(/1/g, 'i')])
      expect(parseRecoveryKey(typed)?.equals(key)).toBe(true);
    const zeros = Buffer.alloc(32);
    expect(parseRecoveryKey(formatRecoveryKey(zeros).replace(/0/g, 'o'))?.equals(zeros)).toBe(true);
  });

  it('is the key and its 3-byte check read as one 280-bit number in base 32', () => {
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    for (let i = 0; i < 50; i++) {
      const key = i === 0 ? Buffer.alloc(32, 0xff) : randomBytes(32);
      const check = createHash('sha256').update(key).digest().subarray(0, 3);
      let n = BigInt(`0x${Buffer.concat([key, check]).toString('hex')}`);
      let digits = '';
      for (let d = 0; d < 56; d++, n >>= 5n) digits = alphabet[Number(n & 31n)] + digits;
      expect(formatRecoveryKey(key).replace(/-/g, '')).toBe(digits);
      expect(parseRecoveryKey(digits)?.equals(key)).toBe(true);
    }
  });

  it('refuses a key with one character too many or too few, even one that is only a look-alike', () => {
    const text = formatRecoveryKey(generateRecoveryKey());
    expect(parseRecoveryKey(`${text}0`)).toBeUndefined();
    expect(parseRecoveryKey(text.slice(0, -1))).toBeUndefined();
    expect(parseRecoveryKey(text.replace(/-/g, '_'))).toBeUndefined();
  });
});
