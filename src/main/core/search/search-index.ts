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

/**
 * The full-text index of the unlocked vault, in memory only: MiniSearch over titles, text, worlds,
 * people and tags, plus each entry's summary, text and answered sections for filters, snippets and
 * insights. A newer revision replaces an older one; an older one arriving late is ignored.
 */
export class SearchIndex {
  private readonly docs = new Map<string, IndexedEntry>();
  /** Ids of entries in the trash, so an unfiltered search need not look each result up. */
  private readonly trashed = new Set<string>();
  private mini = newMiniSearch();

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
    if (known) this.mini.discard(entry.id);
    this.docs.set(entry.id, doc);
    if (doc.meta.trashedAt === null) this.trashed.delete(entry.id);
    else this.trashed.add(entry.id);
    this.mini.add(doc);
  }

  remove(id: string): void {
    if (!this.docs.delete(id)) return;
    this.trashed.delete(id);
    this.mini.discard(id);
  }

  /** On lock: every string is let go (JavaScript strings cannot be overwritten in place). */
  clear(): void {
    this.docs.clear();
    this.trashed.clear();
    this.mini = newMiniSearch();
  }

  /**
   * Entries outside the filters (or in the trash) score nothing, so MiniSearch drops them before
   * building results. MiniSearch asks once per matching word and field, so the filters are checked
   * once per entry here, not there.
   */
  private excluding(q: SearchFilters): ((id: unknown) => number) | undefined {
    if (hasFilters(q)) {
      const allowed = new Set<string>();
      for (const [id, doc] of this.docs) if (passes(doc, q)) allowed.add(id);
      return (id) => (allowed.has(id as string) ? 1 : 0);
    }
    return this.trashed.size === 0 ? undefined : (id) => (this.trashed.has(id as string) ? 0 : 1);
  }

  search(input: SearchQuery): SearchResult {
    const q = SearchQuery.parse(input);
    const { words, phrases } = parseQuery(q.text);
    const ok = (e: IndexedEntry) => passes(e, q);
    let ranked: IndexedEntry[];
    let terms: string[] = [];
    if (words.length === 0) {
      // No words: the filters alone list entries, newest first (and no filters asks for nothing).
      ranked = hasFilters(q) ? [...this.docs.values()].filter(ok).sort(newestFirst) : [];
    } else {
      const results = this.mini.search(words.join(' '), { boostDocument: this.excluding(q) });
      ranked = results.map((r) => this.docs.get(r.id as string)!);
      terms = [...new Set(results.slice(0, 200).flatMap((r) => r.terms))];
    }
    const pattern = matcher(terms.length > 0 ? terms : words, phrases);
    const phrasePattern = phrases.length > 0 ? matcher([], phrases) : null;
    const hits: SearchHit[] = [];
    let more = false;
    for (const doc of ranked) {
      if (phrasePattern && !hasMatch(doc, phrasePattern)) continue;
      if (hits.length === q.limit) {
        more = true;
        break;
      }
      hits.push(hitOf(doc, pattern));
    }
    return { hits, more };
  }
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
