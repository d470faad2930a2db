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

const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Needs a word edge on this side: a word character of a script that separates words with spaces. */
const needsEdge = (char: string | undefined): boolean =>
  char !== undefined && WORD_CHAR.test(char) && !UNSPACED.test(char);

/** A neighbour that breaks a whole word. "Anna" in "我和Anna说话" is whole: the script changes at both edges. */
const breaksWord = (char: string | undefined): boolean => needsEdge(char);

function charBefore(text: string, at: number): string | undefined {
  if (at <= 0) return undefined;
  const low = text.charCodeAt(at - 1);
  return low >= 0xdc00 && low <= 0xdfff && at >= 2 ? text.slice(at - 2, at) : text[at - 1];
}

function charAfter(text: string, at: number): string | undefined {
  const point = text.codePointAt(at);
  return point === undefined ? undefined : String.fromCodePoint(point);
}

interface Rule {
  replacement: string;
  edgeBefore: boolean;
  edgeAfter: boolean;
  /** Sticky, to try this phrase alone at a position where a longer one was not a whole word. */
  at: RegExp;
}

const body = (phrase: string): string => phrase.split(/\s+/u).map(escape).join('\\s+');

/*
 * One case-insensitive regex of all phrases finds candidates quickly; word edges are checked in
 * code afterwards (a lookbehind on every alternative makes the engine test each position slowly).
 */
export class PhraseMatcher {
  private readonly any: RegExp | null;
  private readonly rules: Rule[];

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
    this.rules = kept.map(({ phrase, replacement }) => {
      const chars = [...phrase];
      return {
        replacement,
        edgeBefore: needsEdge(chars[0]),
        edgeAfter: needsEdge(chars.at(-1)),
        at: new RegExp(body(phrase), 'iuy'),
      };
    });
    this.any = kept.length ? new RegExp(kept.map((rule) => `(${body(rule.phrase)})`).join('|'), 'giu') : null;
  }

  /** Every whole-word match in the text, in order, without overlaps. */
  matches(text: string): Match[] {
    const any = this.any;
    if (any === null) return [];
    const found: Match[] = [];
    any.lastIndex = 0;
    for (let candidate = any.exec(text); candidate !== null; candidate = any.exec(text)) {
      const start = candidate.index;
      const first = candidate.findIndex((value, index) => index > 0 && value !== undefined) - 1;
      const match = this.wholeAt(text, start, first, candidate[0].length);
      if (match) {
        found.push(match);
        any.lastIndex = match.end;
      } else {
        any.lastIndex = start + 1;
      }
    }
    return found;
  }

  /** The longest phrase, from `first` on, that is a whole word at `start`. */
  private wholeAt(text: string, start: number, first: number, length: number): Match | null {
    for (let index = first; index < this.rules.length; index++) {
      const rule = this.rules[index]!;
      let end: number;
      if (index === first) end = start + length;
      else {
        rule.at.lastIndex = start;
        const hit = rule.at.exec(text);
        if (hit === null) continue;
        end = start + hit[0].length;
      }
      if (rule.edgeBefore && breaksWord(charBefore(text, start))) continue;
      if (rule.edgeAfter && breaksWord(charAfter(text, end))) continue;
      return { start, end, replacement: rule.replacement };
    }
    return null;
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
    if (this.any === null) return false;
    this.any.lastIndex = 0;
    return this.any.test(text.normalize('NFC'));
  }
}
