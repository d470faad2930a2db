/**
 * Finds redacted phrases in text: case-insensitive, whole words, Unicode-aware.
 *
 * "Whole words" means no letter, digit or combining mark of a script written with spaces may
 * touch the phrase on a side where it begins or ends with one. Scripts written without spaces between words (Chinese, Japanese,
 * Thai, Lao, Khmer, Myanmar) and Korean, where particles join a name ("민수는"), have no such
 * edge, so a phrase in them matches wherever it appears: hiding too much beats leaking a name.
 * Spaces inside a phrase match any run of white space or line breaks.
 */

export interface PhraseRule {
  phrase: string;
  replacement: string;
}

export interface Match {
  start: number;
  end: number;
  replacement: string;
}

const UNSPACED_CLASS =
  '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}\\p{Script=Myanmar}]';
const UNSPACED = new RegExp(UNSPACED_CLASS, 'u');
const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;
// A neighbour that breaks a whole word: a word character of a script that separates words with
// spaces. "Anna" in "我和Anna说话" is a whole word: the script changes at both edges.
const SPACED_WORD_CHAR = `(?!${UNSPACED_CLASS})[\\p{L}\\p{N}\\p{M}_]`;
const NOT_BEFORE = `(?<!${SPACED_WORD_CHAR})`;
const NOT_AFTER = `(?!${SPACED_WORD_CHAR})`;

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Needs a word edge on this side: a word character of a script that separates words with spaces. */
const needsEdge = (char: string | undefined): boolean =>
  char !== undefined && WORD_CHAR.test(char) && !UNSPACED.test(char);

function pattern(phrase: string): string {
  const chars = [...phrase];
  const body = phrase.split(/\s+/u).map(escape).join('\\s+');
  return `${needsEdge(chars[0]) ? NOT_BEFORE : ''}(${body})${needsEdge(chars.at(-1)) ? NOT_AFTER : ''}`;
}

export class PhraseMatcher {
  private readonly whole: RegExp | null;
  private readonly anywhere: RegExp | null;
  private readonly replacements: string[];

  constructor(rules: readonly PhraseRule[]) {
    const seen = new Set<string>();
    const kept: PhraseRule[] = [];
    for (const rule of rules) {
      const phrase = rule.phrase.normalize('NFC').trim();
      const key = phrase.toLowerCase();
      if (phrase === '' || seen.has(key)) continue;
      seen.add(key);
      kept.push({ phrase, replacement: rule.replacement });
    }
    // Longest first, so "Sam Lee" wins over "Sam" where both would match.
    kept.sort((a, b) => b.phrase.length - a.phrase.length);
    this.replacements = kept.map((rule) => rule.replacement);
    this.whole = kept.length ? new RegExp(kept.map((rule) => pattern(rule.phrase)).join('|'), 'giu') : null;
    this.anywhere = kept.length
      ? new RegExp(kept.map((rule) => rule.phrase.split(/\s+/u).map(escape).join('\\s+')).join('|'), 'iu')
      : null;
  }

  /** Every whole-word match in the text, in order, without overlaps. */
  matches(text: string): Match[] {
    if (this.whole === null) return [];
    const found: Match[] = [];
    this.whole.lastIndex = 0;
    for (const match of text.matchAll(this.whole)) {
      const group = match.findIndex((value, index) => index > 0 && value !== undefined);
      found.push({
        start: match.index,
        end: match.index + match[0].length,
        replacement: this.replacements[group - 1]!,
      });
    }
    return found;
  }

  replace(text: string): string {
    const normal = text.normalize('NFC');
    let out = '';
    let at = 0;
    for (const match of this.matches(normal)) {
      out += normal.slice(at, match.start) + match.replacement;
      at = match.end;
    }
    return out + normal.slice(at);
  }

  /** Whether any phrase appears anywhere in the text, word edges or not (for addresses). */
  occursIn(text: string): boolean {
    return this.anywhere !== null && this.anywhere.test(text.normalize('NFC'));
  }
}
