// Han, Hiragana and Katakana are written without spaces; each character counts as a word,
// which is how most word processors count them.
const SPACELESS_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
// Letters and digits, joined by inner apostrophes or hyphens ("don't", "well-being"),
// or by a point, comma or colon between digits ("12.50", "10:30").
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:['’-]|(?<=\p{N})[.,:](?=\p{N}))[\p{L}\p{M}\p{N}]+)*/gu;
// The markers plain-text export puts before list items ("- ", "2. ", "[x] ") are not words.
const LIST_MARKER = /^[ \t]*(?:[-*+]|\d+\.|\[[ xX]\])[ \t]+/gm;

/** Counts words in plain text, such as `Entry.text` or an editor's text content. */
export function countWords(text: string): number {
  const withoutMarkers = text.replace(LIST_MARKER, '');
  const spaceless = withoutMarkers.match(SPACELESS_SCRIPT)?.length ?? 0;
  const words = withoutMarkers.replace(SPACELESS_SCRIPT, ' ').match(WORD)?.length ?? 0;
  return spaceless + words;
}
