import { AppError } from '@shared/errors';
import type { SearchQuery, SearchResult } from '@shared/search';
import type { Vault } from '../vault/vault';
import type { IndexedEntry } from './indexed-entry';
import { SearchIndex, yearOf } from './search-index';

/**
 * Keeps a SearchIndex in step with an unlocked vault. The index is built from the entries' bodies
 * a batch at a time between turns, so unlocking, listing and typing are not held up; every save,
 * trash, restore, rename and purge is applied as it happens, and what another device saved is
 * read after each refresh of the folder. close() (on lock) drops it all.
 *
 * The build reads the newest year first, and a search is answered as soon as the years its page
 * needs are complete: results come newest year first, so older years cannot change that page.
 */
export class LiveSearch {
  private readonly index = new SearchIndex();
  private readonly unobserve: () => void;
  private closed = false;
  /** Until the first build is done, a refresh needs no catching up: the build ends with one. */
  private building = true;
  private built: Promise<void>;
  private catchingUp: Promise<void> = Promise.resolve();
  /** While building: the year of each entry still to be read, and how many each year still waits for. */
  private readonly toRead = new Map<string, string>();
  private readonly unread = new Map<string, number>();
  /** Searches waiting for a year to be complete. */
  private waiting: (() => void)[] = [];

  constructor(private readonly vault: Vault) {
    this.unobserve = vault.entries.observe({
      saved: (entry) => this.index.put(entry),
      removed: (id) => this.index.remove(id),
      synced: () => void this.catchUp(),
    });
    const newestFirst = this.allMetas().sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
    for (const { id, date } of newestFirst) {
      const year = yearOf(date);
      this.toRead.set(id, year);
      this.unread.set(year, (this.unread.get(year) ?? 0) + 1);
    }
    this.built = this.vault.entries
      .readBodies(
        newestFirst.map((m) => m.id),
        (entry) => {
          this.index.put(entry);
          this.arrived(entry.id);
        },
        () => this.closed,
      )
      .then(() => {
        this.building = false;
        this.toRead.clear();
        this.unread.clear();
        this.wake();
        return this.catchUp();
      });
  }

  /** Resolves once every entry known at unlock (and since) is indexed. */
  async ready(): Promise<void> {
    await this.built;
    await this.catchingUp;
  }

  get size(): number {
    return this.index.size;
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    for (;;) {
      if (!this.building) await this.ready();
      if (this.closed || this.vault.isLocked)
        throw new AppError('VAULT_LOCKED', 'The journal is locked. Unlock it to go on.');
      const unread = new Set(this.unread.keys());
      const result = this.index.search(query, unread);
      if (result) return result;
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  /** Every indexed entry not in the trash, once the index is complete (for insights). */
  async entries(): Promise<IndexedEntry[]> {
    await this.ready();
    return [...this.index.entries()].filter((e) => e.meta.trashedAt === null);
  }

  /** Live entries that link to `id`, newest first. */
  async linkingTo(id: string): Promise<IndexedEntry[]> {
    return (await this.entries())
      .filter((e) => e.meta.id !== id && e.links.includes(id))
      .sort((a, b) => (a.meta.date < b.meta.date ? 1 : a.meta.date > b.meta.date ? -1 : 0));
  }

  close(): void {
    this.closed = true;
    this.unobserve();
    this.index.clear();
    this.wake();
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }

  /** An entry read by the build: its year is complete once its last entry is. */
  private arrived(id: string): void {
    const year = this.toRead.get(id);
    if (year === undefined) return;
    this.toRead.delete(id);
    const left = this.unread.get(year)! - 1;
    if (left > 0) {
      this.unread.set(year, left);
      return;
    }
    this.unread.delete(year);
    this.wake();
  }

  /** Reads what changed on disk without passing through this process: newer revisions and removals. */
  private catchUp(): Promise<void> {
    if (this.closed || this.building || this.vault.isLocked) return this.catchingUp;
    const metas = this.allMetas();
    const present = new Set(metas.map((m) => m.id));
    for (const e of [...this.index.entries()]) if (!present.has(e.meta.id)) this.index.remove(e.meta.id);
    const stale = metas.filter((m) => (this.index.revisionOf(m.id) ?? 0) < m.revision).map((m) => m.id);
    if (stale.length === 0) return this.catchingUp;
    const read = () =>
      this.vault.entries.readBodies(
        stale,
        (entry) => this.index.put(entry),
        () => this.closed,
      );
    this.catchingUp = this.catchingUp.then(read, read);
    return this.catchingUp;
  }

  private allMetas() {
    return [...this.vault.entries.list(false), ...this.vault.entries.list(true)];
  }
}
