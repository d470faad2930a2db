import { describe, expect, it } from 'vitest';
import { MIN_PASSPHRASE_LENGTH, passphraseStrength } from '@shared/passphrase-strength';

describe('passphraseStrength', () => {
  it.each([
    '',
    'abc',
    'password',
    'Password123!',
    'aaaaaaaaaaaaaa',
    'abcdefghijklmn',
    'qwertyuiop123',
    'abcabcabcabc',
    'hellohello1',
  ])('rejects %j', (p) => {
    const s = passphraseStrength(p);
    expect(s.acceptable).toBe(false);
    expect(s.score).toBeLessThan(2);
    expect(s.hints.length).toBeGreaterThan(0);
  });

  it.each(['correct horse battery staple', 'mountain river song', 'Zq8!vR2#mK', 'my dog barks at 3am'])(
    'accepts %j',
    (p) => {
      const s = passphraseStrength(p);
      expect(s.acceptable).toBe(true);
      expect(s.score).toBeGreaterThanOrEqual(2);
    },
  );

  it('never accepts fewer than the minimum characters, however random', () => {
    const s = passphraseStrength('Zq8!vR2#m');
    expect(s.score).toBeLessThanOrEqual(1);
    expect(s.acceptable).toBe(false);
    expect(s.hints[0]).toContain(String(MIN_PASSPHRASE_LENGTH));
  });

  it('names the pattern it penalised', () => {
    expect(passphraseStrength('password river stone').hints.join(' ')).toMatch(/common words/);
    expect(passphraseStrength('xkq 123456 vmt').hints.join(' ')).toMatch(/runs like/);
    expect(passphraseStrength('zzzzzzzz river').hints.join(' ')).toMatch(/repeating/);
  });

  it('scores grow with length and variety, and labels follow the score', () => {
    const short = passphraseStrength('kettle');
    const longer = passphraseStrength('kettle tundra');
    const longest = passphraseStrength('kettle tundra Marigold 7');
    expect(longer.score).toBeGreaterThanOrEqual(short.score);
    expect(longest.score).toBeGreaterThan(short.score);
    expect(longest.label).toBe(['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'][longest.score]);
  });

  it('counts characters, not UTF-16 units, for non-Latin passphrases', () => {
    expect(passphraseStrength('山川草木鳥風月花雪空').acceptable).toBe(true);
  });
});
