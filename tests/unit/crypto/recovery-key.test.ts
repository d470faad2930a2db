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
    expect(() => formatRecoveryKey(Buffer.alloc(16))).toThrow(RangeError);
  });
});
