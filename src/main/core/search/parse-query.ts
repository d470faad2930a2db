export interface ParsedQuery {
  /** Words for the index, phrase words included, so a phrase's entries are found before they are checked. */
  words: string[];
  /** Each quoted phrase, lower-cased with its spaces evened out. */
  phrases: string[];
}

const QUOTED = /"([^"]*)"?/g;

/** Splits a search box's text into words and "quoted phrases"; an unclosed quote runs to the end. */
export function parseQuery(text: string): ParsedQuery {
  const phrases: string[] = [];
  const rest = text.replace(QUOTED, (_, inner: string) => {
    const phrase = normalisePhrase(inner);
    if (phrase !== '') phrases.push(phrase);
    return ` ${inner} `;
  });
  return { words: tokenize(rest), phrases };
}

/** Words as the index sees them: runs of letters and digits (apostrophes kept inside words), lower case. */
export function tokenize(text: string): string[] {
  return text.toLowerCase().replace(/’/g, "'").match(WORD) ?? [];
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

export function normalisePhrase(text: string): string {
  return tokenize(text).join(' ');
}
