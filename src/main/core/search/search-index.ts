import MiniSearch from 'minisearch';
import type { Entry } from '@shared/entry';
import { SearchQuery, type SearchFilters, type SearchHit, type SearchResult } from '@shared/search';
import { indexedEntry, type IndexedEntry } from './indexed-entry';
import { parseQuery, tokenize } from './parse-query';
import { hasFilters, passes } from './search-filter';
import { matcher, rangesIn, snippet } from './snippet';

type Field = 'title' | 'text' | 'worlds' | 'people' | 'tags';
const FIELDS: Field[] = ['title', 'text', 'worlds', 'people', 'tags'];
const BOOST: Record<Field, number> = { title: 3, worlds: 2, people: 2, tags: 2, text: 1 };

function fieldOf(e: IndexedEntry, field: Field): string {
  switch (field) {
    case 'title':
      return e.meta.title;
    case 'text':
      return e.text;
    case 'worlds':
      return e.meta.tags.worlds.join(' ');
    case 'people':
      return e.meta.tags.people.join(' ');
    case 'tags':
      return e.meta.tags.free.join(' ');
  }
}

interface Exclusion {
  /** Whether any of a year's entries passes the filters (remembering those that do, for `boost`). */
  anyIn(docs: Iterable<IndexedEntry>): boolean;
  boost: ((id: unknown) => number) | undefined;
}

/** One year's ranked matches, with the words they matched (typos and prefixes resolved) for marking them. */
interface Ranked {
  docs: IndexedEntry[];
  terms: string[];
}

/**
 * The full-text index of the unlocked vault, in memory only: MiniSearch over titles, text, worlds,
 * people and tags, plus each entry's summary, text and answered sections for filters, snippets and
 * insights. A newer revision replaces an older one; an older one arriving late is ignored.
 *
 * Each year's entries have an index of their own, and results come newest year first, best match
 * first within a year. A journal is searched for what happened, and recent years matter more; and a
 * common word then costs one year's scoring, not every entry's, once a page of results is full.
 */
export class SearchIndex {
  private readonly docs = new Map<string, IndexedEntry>();
  /** Ids of entries in the trash, so an unfiltered search need not look each result up. */
  private readonly trashed = new Set<string>();
  private readonly years = new Map<string, { mini: MiniSearch<IndexedEntry>; docs: Set<IndexedEntry> }>();

  get size(): number {
    return this.docs.size;
  }

  revisionOf(id: string): number | undefined {
    return this.docs.get(id)?.meta.revision;
  }

  /** Every indexed entry, trashed ones included. */
  entries(): IterableIterator<IndexedEntry> {
    return this.docs.values();
  }

  put(entry: Entry): void {
    const known = this.docs.get(entry.id);
    if (known && known.meta.revision >= entry.revision) return;
    const doc = indexedEntry(entry);
    if (known) this.unindex(known);
    this.docs.set(entry.id, doc);
    if (doc.meta.trashedAt === null) this.trashed.delete(entry.id);
    else this.trashed.add(entry.id);
    const year = yearOf(doc.meta.date);
    let index = this.years.get(year);
    if (!index) this.years.set(year, (index = { mini: newMiniSearch(), docs: new Set() }));
    index.mini.add(doc);
    index.docs.add(doc);
  }

  remove(id: string): void {
    const known = this.docs.get(id);
    if (!known) return;
    this.docs.delete(id);
    this.trashed.delete(id);
    this.unindex(known);
  }

  /** On lock: every string is let go (JavaScript strings cannot be overwritten in place). */
  clear(): void {
    this.docs.clear();
    this.trashed.clear();
    this.years.clear();
  }

  private unindex(doc: IndexedEntry): void {
    const year = yearOf(doc.meta.date);
    const index = this.years.get(year)!;
    index.mini.discard(doc.meta.id);
    index.docs.delete(doc);
    if (index.docs.size === 0) this.years.delete(year);
  }

  /**
   * Entries outside the filters (or in the trash) score nothing, so MiniSearch drops them before
   * building results. With filters, each year's entries are checked once, before its search: a year
   * where none passes is not searched at all.
   */
  private excluding(q: SearchFilters): Exclusion {
    if (hasFilters(q)) {
      const allowed = new Set<string>();
      return {
        anyIn: (docs) => {
          let any = false;
          for (const e of docs)
            if (passes(e, q)) {
              allowed.add(e.meta.id);
              any = true;
            }
          return any;
        },
        boost: (id) => (allowed.has(id as string) ? 1 : 0),
      };
    }
    const boost = this.trashed.size === 0 ? undefined : (id: unknown) => (this.trashed.has(id as string) ? 0 : 1);
    return { anyIn: () => true, boost };
  }

  /**
   * Matches year by year, newest first, each year searched only when the one before did not fill the
   * page. Reaching a year in `unread` (its entries not all indexed yet) yields null: the page cannot
   * be known before that year is.
   */
  private *ranked(
    words: string[],
    q: SearchQuery,
    unread: ReadonlySet<string>,
    phraseOnly: boolean,
  ): Generator<Ranked | null> {
    if (words.length === 0) {
      // No words: the filters alone list entries, newest first (and no filters asks for nothing).
      if (!hasFilters(q)) return;
      const ok = (e: IndexedEntry) => passes(e, q);
      yield unread.size > 0 ? null : { docs: [...this.docs.values()].filter(ok).sort(newestFirst), terms: [] };
      return;
    }
    const exclusion = this.excluding(q);
    const years = [...new Set([...this.years.keys(), ...unread])].sort().reverse();
    for (const year of years) {
      if ((q.from !== undefined && `${year}-12-31` < q.from) || (q.to !== undefined && `${year}-01-01` > q.to))
        continue;
      if (unread.has(year)) {
        yield null;
        return;
      }
      const index = this.years.get(year)!;
      if (phraseOnly) {
        // Only "quoted phrases": exact words, so no scoring; the year's entries newest first, for the phrase check.
        yield { docs: [...index.docs].filter((e) => passes(e, q)).sort(newestFirst), terms: words };
        continue;
      }
      if (!exclusion.anyIn(index.docs)) continue;
      const results = index.mini.search(words.join(' '), { boostDocument: exclusion.boost });
      if (results.length === 0) continue;
      yield {
        docs: results.map((r) => this.docs.get(r.id as string)!),
        terms: [...new Set(results.slice(0, 200).flatMap((r) => r.terms))],
      };
    }
  }

  /**
   * A page of results, or undefined when it depends on a year in `unread`. While the index is being
   * built newest year first, a page that the complete newer years fill is already the final answer.
   */
  search(input: SearchQuery, unread: ReadonlySet<string> = NO_YEARS): SearchResult | undefined {
    const q = SearchQuery.parse(input);
    const { words, phrases } = parseQuery(q.text);
    const phrasePattern = phrases.length > 0 ? matcher([], phrases) : null;
    const hits: SearchHit[] = [];
    const phraseOnly = phrases.length > 0 && words.join(' ') === phrases.join(' ');
    for (const ranked of this.ranked(words, q, unread, phraseOnly)) {
      if (ranked === null) return undefined;
      const pattern = matcher(ranked.terms.length > 0 ? ranked.terms : words, phrases);
      for (const doc of ranked.docs) {
        if (phrasePattern && !hasMatch(doc, phrasePattern)) continue;
        if (hits.length === q.limit) return { hits, more: true };
        hits.push(hitOf(doc, pattern));
      }
    }
    return { hits, more: false };
  }
}

const NO_YEARS: ReadonlySet<string> = new Set();

/** The year an entry is filed under, from its day (YYYY-MM-DD). */
export function yearOf(day: string): string {
  return day.slice(0, 4);
}

function newMiniSearch(): MiniSearch<IndexedEntry> {
  return new MiniSearch<IndexedEntry>({
    fields: FIELDS,
    idField: 'id',
    extractField: (doc, field) => (field === 'id' ? doc.meta.id : fieldOf(doc, field as Field)),
    tokenize,
    processTerm: (term) => term,
    searchOptions: {
      boost: BOOST,
      combineWith: 'AND',
      // As you type, the last word is often unfinished; every word may carry a typo once it is long enough.
      prefix: (term) => term.length >= 2,
      fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
      maxFuzzy: 2,
    },
  });
}

function hasMatch(doc: IndexedEntry, pattern: RegExp): boolean {
  pattern.lastIndex = 0;
  if (pattern.test(doc.text)) return true;
  pattern.lastIndex = 0;
  return pattern.test(doc.meta.title);
}

function hitOf(doc: IndexedEntry, pattern: RegExp | null): SearchHit {
  const { id, date, title, templateId, tags } = doc.meta;
  const passage = snippet(doc.text, pattern);
  return {
    id,
    date,
    title,
    titleRanges: rangesIn(title, pattern),
    templateId,
    tags,
    snippet: passage.text,
    snippetRanges: passage.ranges,
    firstMatch: passage.first,
  };
}

function newestFirst(a: IndexedEntry, b: IndexedEntry): number {
  if (a.meta.date !== b.meta.date) return a.meta.date < b.meta.date ? 1 : -1;
  return a.meta.createdAt < b.meta.createdAt ? 1 : a.meta.createdAt > b.meta.createdAt ? -1 : 0;
}
