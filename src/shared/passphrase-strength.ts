// Pure: the renderer calls this on every keystroke and Vault.create calls it again as the gate.

export interface PassphraseStrength {
  score: 0 | 1 | 2 | 3 | 4;
  label: string;
  hints: string[];
  acceptable: boolean;
}

export const MIN_PASSPHRASE_LENGTH = 10;

const LABELS = ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'] as const;

/** Words guessers try first; each match counts as one guess from a short list, not as its letters. */
const COMMON_WORDS = [
  'password',
  'passwort',
  'passphrase',
  'qwerty',
  'azerty',
  'letmein',
  'welcome',
  'iloveyou',
  'admin',
  'login',
  'master',
  'secret',
  'monkey',
  'dragon',
  'football',
  'baseball',
  'sunshine',
  'princess',
  'shadow',
  'superman',
  'batman',
  'trustno1',
  'whatever',
  'freedom',
  'hello',
  'charlie',
  'summer',
  'winter',
  'spring',
  'autumn',
  'love',
  'god',
  'jesus',
  'money',
  'journal',
  'diary',
  'landscape',
  'changeme',
  'default',
  'test',
  'guest',
  'user',
  'abc',
  'pass',
];

/** Keyboard rows and alphabet/digit runs, read forwards or backwards. */
const SEQUENCES = ['abcdefghijklmnopqrstuvwxyz', '01234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** Rough guessing cost in bits; deliberately simple and conservative. */
export function passphraseStrength(p: string): PassphraseStrength {
  const chars = Array.from(p);
  const lower = p.toLowerCase();
  const hints: string[] = [];

  const pool = poolSize(p);
  // Each character position is worth log2(pool) bits unless a pattern makes it predictable.
  const predictable = new Array<boolean>(chars.length).fill(false);
  let patternBits = 0;

  const common = markCommonWords(lower, predictable);
  patternBits += common * 6;
  const sequences = markSequences(lower, predictable);
  patternBits += sequences * 3;
  const repeats = markRepeats(chars, predictable);
  patternBits += repeats * 2;

  const free = predictable.filter((x) => !x).length;
  let bits = free * Math.log2(Math.max(pool, 1)) + patternBits;
  if (isRepeatedUnit(lower)) bits = Math.min(bits, 20);

  let score: 0 | 1 | 2 | 3 | 4 = bits < 28 ? 0 : bits < 40 ? 1 : bits < 55 ? 2 : bits < 70 ? 3 : 4;
  if (chars.length < MIN_PASSPHRASE_LENGTH && score > 1) score = 1;

  if (chars.length < MIN_PASSPHRASE_LENGTH) hints.push(`Use at least ${MIN_PASSPHRASE_LENGTH} characters.`);
  if (common > 0) hints.push('Avoid common words such as “password”.');
  if (sequences > 0) hints.push('Avoid runs like “abc”, “123” or “qwerty”.');
  if (repeats > 0 || isRepeatedUnit(lower)) hints.push('Avoid repeating characters or chunks.');
  if (score < 3) hints.push('Add another unusual word or two; a short sentence only you would write works well.');

  return { score, label: LABELS[score], hints, acceptable: score >= 2 && chars.length >= MIN_PASSPHRASE_LENGTH };
}

function poolSize(p: string): number {
  let pool = 0;
  if (/[a-z]/.test(p)) pool += 26;
  if (/[A-Z]/.test(p)) pool += 26;
  if (/[0-9]/.test(p)) pool += 10;
  if (/ /.test(p)) pool += 1;
  if (/[!-/:-@[-`{-~]/.test(p)) pool += 33;
  if (/[\u0080-\uffff]/.test(p)) pool += 100;
  return pool;
}

/** Marks every occurrence of a common word; returns how many were found. */
function markCommonWords(lower: string, predictable: boolean[]): number {
  let found = 0;
  for (const word of COMMON_WORDS) {
    let at = lower.indexOf(word);
    while (at >= 0) {
      if (!predictable[at]) found++;
      for (let i = at; i < at + word.length; i++) predictable[i] = true;
      at = lower.indexOf(word, at + word.length);
    }
  }
  return found;
}

/** Marks runs of 3+ characters that follow a sequence; the first character stays free. */
function markSequences(lower: string, predictable: boolean[]): number {
  let found = 0;
  let i = 0;
  while (i < lower.length - 2) {
    let len = 1;
    while (i + len < lower.length && follows(lower[i + len - 1]!, lower[i + len]!)) len++;
    if (len >= 3) {
      found++;
      for (let j = i + 1; j < i + len; j++) predictable[j] = true;
      i += len;
    } else {
      i++;
    }
  }
  return found;
}

function follows(a: string, b: string): boolean {
  return SEQUENCES.some((s) => {
    const at = s.indexOf(a);
    return at >= 0 && (s[at + 1] === b || (at > 0 && s[at - 1] === b));
  });
}

/** Marks characters that repeat the one before (aaa, 1111); returns the number of such runs. */
function markRepeats(chars: string[], predictable: boolean[]): number {
  let runs = 0;
  for (let i = 1; i < chars.length; i++) {
    if (chars[i] === chars[i - 1]) {
      if (i < 2 || chars[i - 1] !== chars[i - 2]) runs++;
      predictable[i] = true;
    }
  }
  return runs;
}

/** True for strings made of one short chunk said again and again, like "abcabcabc". */
function isRepeatedUnit(s: string): boolean {
  for (let unit = 1; unit <= s.length / 2; unit++) {
    if (s.length % unit !== 0) continue;
    if (s.slice(0, unit).repeat(s.length / unit) === s) return true;
  }
  return false;
}
