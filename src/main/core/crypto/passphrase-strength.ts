// How guessable a passphrase is, by the maintained zxcvbn-ts estimator with its common-password
// and English dictionaries (names, words, Wikipedia, l33t and year variants). The rule lives in main
// alone: the page asks for a rating (`vault:ratePassphrase`), so the few MB of dictionaries are never
// in the renderer's bundle, and they load on the first rating rather than when the app starts.
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import type { PassphraseStrength } from '@shared/passphrase-strength';

export const MIN_PASSPHRASE_LENGTH = 10;
/**
 * 10^10 guesses: zxcvbn's own bar for "strongly protected against an offline attack". Everything a
 * cracking list knows, with its l33t, year and name variants, falls well short of it.
 */
const ACCEPT_LOG10 = 10;
/** zxcvbn's run time grows with length; what lies past this adds strength it need not measure. */
const MEASURED_CHARS = 64;
/** Words about this app a guesser would try first. */
const APP_WORDS = ['landscape', 'journal', 'diary', 'reflection', 'convener', 'convening'];

/** Passphrases made famous by comics, films and advice pages: guessers try them, with or without spaces. */
const FAMOUS = [
  'correcthorsebatterystaple',
  'thequickbrownfoxjumpsoverthelazydog',
  'maytheforcebewithyou',
  'tobeornottobethatisthequestion',
  'tobeornottobe',
  'iamyourfather',
  'openthepodbaydoorshal',
  'allyourbasearebelongtous',
  'onceuponatime',
  'letitbeletitbe',
  'itsasecret',
  'whateverwillbewillbe',
  'thecatsatonthemat',
  'helloworld',
  'iloveyoutothemoonandback',
  'carpediem',
  'hakunamatata',
  'keepcalmandcarryon',
  'winteriscoming',
  'youshallnotpass',
];

const LABELS = ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'] as const;

/**
 * Two estimators over the same dictionaries: short passwords are also compared by edit distance
 * (Tr0ub4dor&3 is one l33t spelling from "troubadour"), which costs time in proportion to length,
 * so long ones, where a misspelt single word is not the risk, skip it.
 */
const FUZZY_UP_TO = 20;

interface Checkers {
  fuzzy: ZxcvbnFactory;
  plain: ZxcvbnFactory;
}

let checker: Checkers | undefined;
let loading: Promise<Checkers> | undefined;

/** Loads the estimator and its dictionaries once; later calls return the same promise. */
export function loadPassphraseChecker(): Promise<void> {
  loading ??= Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]).then(([core, common, en]) => {
    const options = {
      dictionary: { ...common.dictionary, ...en.dictionary, famous: FAMOUS },
      graphs: common.adjacencyGraphs,
      translations: en.translations,
      // The l33t matcher's cost grows steeply with substitutable characters; a few already find P@ssw0rd.
      l33tMaxSubstitutions: 8,
    };
    checker = {
      fuzzy: new core.ZxcvbnFactory({ ...options, useLevenshteinDistance: true }),
      plain: new core.ZxcvbnFactory(options),
    };
    return checker;
  });
  return loading.then(() => undefined);
}

/** The rating, once the checker has loaded (see loadPassphraseChecker); undefined before. */
export function passphraseStrength(p: string): PassphraseStrength | undefined {
  if (!checker) return undefined;
  return rate(p, checker);
}

/** Loads the checker if need be, then rates: the gate main uses before it wraps a key. */
export async function checkPassphrase(p: string): Promise<PassphraseStrength> {
  await loadPassphraseChecker();
  return rate(p, checker!);
}

function rate(p: string, checkers: Checkers): PassphraseStrength {
  const length = Array.from(p).length;
  const zxcvbn = length <= FUZZY_UP_TO ? checkers.fuzzy : checkers.plain;
  const measured = Array.from(p).slice(0, MEASURED_CHARS).join('');
  // Spaces and dashes between words hide a known phrase from the matcher, so it is also rated without them.
  const joined = measured.replace(/[\s\-_.]+/g, '');
  const whole = zxcvbn.check(measured, APP_WORDS);
  const squeezed = joined && joined !== measured ? zxcvbn.check(joined, APP_WORDS) : whole;
  const result = squeezed.guessesLog10 < whole.guessesLog10 ? squeezed : whole;
  const log10 = result.guessesLog10;
  let score: PassphraseStrength['score'] =
    log10 < 6 ? 0 : log10 < 8 ? 1 : log10 < ACCEPT_LOG10 ? 2 : log10 < ACCEPT_LOG10 + 2 ? 3 : 4;
  if (length < MIN_PASSPHRASE_LENGTH && score > 1) score = 1;

  const hints: string[] = [];
  if (length < MIN_PASSPHRASE_LENGTH) hints.push(`Use at least ${MIN_PASSPHRASE_LENGTH} characters.`);
  if (result.feedback.warning) hints.push(result.feedback.warning);
  if (score < 3) {
    hints.push(...result.feedback.suggestions);
    hints.push('Add another unusual word or two; a short sentence only you would write works well.');
  }
  return {
    score,
    label: LABELS[score],
    hints: [...new Set(hints)],
    acceptable: log10 >= ACCEPT_LOG10 && length >= MIN_PASSPHRASE_LENGTH,
  };
}
