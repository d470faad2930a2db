/** The vault's limits on a tag (see EntryTags in src/shared/entry.ts). */
export const MAX_TAG_LENGTH = 80;
export const MAX_TAGS = 50;
const MAX_SUGGESTIONS = 8;

/** A tag as it is kept: trimmed, inner runs of space made one, at most 80 characters. */
export function cleanTagName(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().slice(0, MAX_TAG_LENGTH).trim();
}

/** Tags differing only in capitals are one tag to a person, so the input treats them as one. */
export function sameTag(a: string, b: string): boolean {
  return a.localeCompare(b, 'en-GB', { sensitivity: 'accent' }) === 0;
}

/** Suggestions holding the query (those starting with it first), leaving out tags already chosen. */
export function matchingSuggestions(
  query: string,
  suggestions: readonly string[],
  chosen: readonly string[],
): string[] {
  const needle = cleanTagName(query).toLocaleLowerCase('en-GB');
  const seen: string[] = [];
  const starts: string[] = [];
  const contains: string[] = [];
  for (const name of suggestions) {
    if (chosen.some((c) => sameTag(c, name)) || seen.some((s) => sameTag(s, name))) continue;
    seen.push(name);
    const at = name.toLocaleLowerCase('en-GB').indexOf(needle);
    if (at === 0) starts.push(name);
    else if (at > 0) contains.push(name);
  }
  return [...starts, ...contains].slice(0, MAX_SUGGESTIONS);
}

export interface AddResult {
  list: string[];
  added: string[];
  /** Names already in the list, so nothing was added for them. */
  duplicates: string[];
  /** Names left out because the list was full. */
  overflow: string[];
}

/**
 * Adds each raw name to the list once, cleaned. A name matching a known suggestion but for capitals
 * takes the suggestion's spelling, so "nhs trust" joins the existing "NHS trust".
 */
export function addTags(list: readonly string[], raws: readonly string[], suggestions: readonly string[]): AddResult {
  const result: AddResult = { list: [...list], added: [], duplicates: [], overflow: [] };
  for (const raw of raws) {
    const cleaned = cleanTagName(raw);
    if (!cleaned) continue;
    const name = suggestions.find((s) => sameTag(s, cleaned)) ?? cleaned;
    if (result.list.some((t) => sameTag(t, name))) result.duplicates.push(name);
    else if (result.list.length >= MAX_TAGS) result.overflow.push(name);
    else {
      result.list.push(name);
      result.added.push(name);
    }
  }
  return result;
}
