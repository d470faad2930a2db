import { describe, expect, it } from 'vitest';
import {
  checkPassphrase,
  loadPassphraseChecker,
  MIN_PASSPHRASE_LENGTH,
  passphraseStrength,
} from '../../../src/main/core/crypto/passphrase-strength';

/** Well-known cracking-list passwords and the l33t, year, name and keyboard variants people make of them. */
const WEAK = [
  'P@ssw0rd2026',
  'Tr0ub4dor&3',
  'Passw0rd1234',
  'michael1990!',
  'correcthorse',
  'correcthorsebatterystaple',
  'correct horse battery staple',
  'Correct-Horse-Battery-Staple',
  'may the force be with you',
  'the cat sat on the mat',
  'Keep Calm And Carry On',
  'Summer2024!',
  'iloveyou123',
  'Qwerty123456',
  'Jennifer1985',
  'Football#1',
  'Dragon2023!!',
  'Letmein2025',
  'Welcome@123',
  'Monkey1234!',
  'Sunshine2020',
  'Princess1999',
  'Baseball1987',
  'Superman123!',
  'Batman1990!!',
  'Trustno1trustno1',
  'Password!2024',
  'Charlie2019!',
  'Shadow12345',
  'Master2022!',
  'Liverpool1892',
  'Chelsea2012!',
  'Jordan23jordan',
  'L3tm31n2024',
  'S3cur1ty!2025',
  'Adm1n1strat0r',
  'qazwsxedc123',
  '1q2w3e4r5t6y',
  'Hunter2hunter2',
  'Starwars1977!',
  'Pokemon2000!',
  'Changeme2024!',
  'Landscape2026!',
  'MyJournal2025',
  'aaaaaaaaaaaaaa',
  'abcdefghijklmn',
];

const STRONG = [
  'walnut ferry cobbler astronomy',
  'kettle tundra marigold lantern',
  'granite whistle parsnip harbour',
  'violet ferry cobbler astronomy',
  'harbour lantern quietly orchard 42',
  'my dog barks at 3am',
  '山川草木鳥風月花雪空',
];

describe('passphrase strength (zxcvbn-ts with common and English dictionaries)', () => {
  it.each(WEAK)('refuses %j', async (p) => {
    const s = await checkPassphrase(p);
    expect(s.acceptable).toBe(false);
    expect(s.score).toBeLessThan(3);
    expect(s.hints.length).toBeGreaterThan(0);
  });

  it.each(STRONG)('accepts %j, a passphrase of unrelated words', async (p) => {
    const s = await checkPassphrase(p);
    expect(s.acceptable).toBe(true);
    expect(s.score).toBeGreaterThanOrEqual(3);
  });

  it('never accepts fewer than the minimum characters, however random', async () => {
    const s = await checkPassphrase('Zq8!vR2#m');
    expect(s.score).toBeLessThanOrEqual(1);
    expect(s.acceptable).toBe(false);
    expect(s.hints[0]).toContain(String(MIN_PASSPHRASE_LENGTH));
  });

  it('says why a known password is weak', async () => {
    expect((await checkPassphrase('Passw0rd1234')).hints.join(' ')).toMatch(/common/i);
  });

  it('rates synchronously once loaded, and the labels follow the score', async () => {
    await loadPassphraseChecker();
    const short = passphraseStrength('kettle')!;
    const longest = passphraseStrength('kettle tundra Marigold 7 orbit')!;
    expect(longest.score).toBeGreaterThan(short.score);
    expect(longest.label).toBe(['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'][longest.score]);
  });
});
