import { z } from 'zod';
import { DayString, type EntryMeta } from './entry';

const TagNames = z.array(z.string().min(1).max(80)).max(20);

/** Filters narrow the text search; each given one must hold (every listed world, person and tag). */
export const SearchFilters = z.object({
  from: DayString.optional(),
  to: DayString.optional(),
  /** Any of these templates; null stands for entries written without one. */
  templateIds: z.array(z.string().max(64).nullable()).max(20).optional(),
  worlds: TagNames.optional(),
  people: TagNames.optional(),
  tags: TagNames.optional(),
  /** Only entries with template prompts still waiting for an answer. */
  unanswered: z.boolean().optional(),
});
export type SearchFilters = z.infer<typeof SearchFilters>;

/**
 * Words match by prefix and with a typo or two; "words in quotes" must appear together, in that
 * order. An empty text with filters lists the matching entries, newest first.
 */
export const SearchQuery = SearchFilters.extend({
  text: z.string().max(500).default(''),
  limit: z.number().int().min(1).max(500).default(50),
});
export type SearchQuery = z.input<typeof SearchQuery>;

/** Offsets `[start, end)` into the string they accompany; the UI marks them, main sends no HTML. */
export type MatchRanges = Array<[number, number]>;

export interface SearchHit {
  id: string;
  date: string;
  title: string;
  titleRanges: MatchRanges;
  templateId: string | null;
  tags: EntryMeta['tags'];
  /** A passage of the entry's text around the first match (with "…" where it was cut). */
  snippet: string;
  snippetRanges: MatchRanges;
  /** The words of the first match in the text, as written, for the editor to find and mark; null if only the title or tags matched. */
  firstMatch: string | null;
}

export interface SearchResult {
  hits: SearchHit[];
  /** Whether more entries matched than the limit let through. */
  more: boolean;
}
