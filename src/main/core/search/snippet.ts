import type { MatchRanges } from '@shared/search';

const SNIPPET_CHARS = 180;
/** How much text to show before the first match. */
const LEAD_CHARS = 50;

/** Matches any of `terms` as a whole word, or any phrase with any spacing or punctuation between its words. */
export function matcher(terms: readonly string[], phrases: readonly string[]): RegExp | null {
  const alternatives = [
    ...phrases.map((p) => p.split(' ').map(escape).join('[^\\p{L}\\p{N}]+')),
    ...[...terms].sort((a, b) => b.length - a.length).map(escape),
  ];
  if (alternatives.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

export function rangesIn(text: string, pattern: RegExp | null, from = 0, to = text.length): MatchRanges {
  const ranges: MatchRanges = [];
  if (!pattern) return ranges;
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m && m.index < to; m = pattern.exec(text)) {
    ranges.push([m.index, Math.min(m.index + m[0].length, to)]);
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return ranges;
}

export interface Snippet {
  text: string;
  ranges: MatchRanges;
  /** The first match as written in the text, or null if the text has none. */
  first: string | null;
}

/** A one-line passage around the first match, with the matches in it; the text's start if none. */
export function snippet(text: string, pattern: RegExp | null): Snippet {
  const first = rangesIn(text, pattern)[0];
  let start = 0;
  if (first && first[0] > LEAD_CHARS) {
    start = first[0] - LEAD_CHARS;
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < first[0]) start = space + 1;
  }
  let end = Math.min(text.length, start + SNIPPET_CHARS);
  if (first && end < first[1]) end = first[1];
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > (first ? first[1] : start)) end = space;
  }
  const lead = start > 0 ? '…' : '';
  const tail = end < text.length ? '…' : '';
  // \s is one character either way, so offsets stay true.
  const passage = text.slice(start, end).replace(/\s/g, ' ');
  const shift = lead.length - start;
  const ranges = rangesIn(text, pattern, start, end).map(([a, b]): [number, number] => [a + shift, b + shift]);
  return { text: lead + passage + tail, ranges, first: first ? text.slice(first[0], first[1]) : null };
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
