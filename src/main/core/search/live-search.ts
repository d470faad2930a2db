import { AppError } from '@shared/errors';
import type { SearchQuery, SearchResult } from '@shared/search';
import type { Vault } from '../vault/vault';
import type { IndexedEntry } from './indexed-entry';
import { SearchIndex } from './search-index';

/**
 * Keeps a SearchIndex in step with an unlocked vault. The index is built from the entries' bodies
 * a batch at a time between turns, so unlocking, listing and typing are not held up; every save,
 * trash, restore, rename and purge is applied as it happens, and what another device saved is
 * read after each refresh of the folder. close() (on lock) drops it all.
 */
export class LiveSearch {
  private readonly index = new SearchIndex();
  private readonly unobserve: () => void;
  private closed = false;
  /** Until the first build is done, a refresh needs no catching up: the build ends with one. */
  private building = true;
  private built: Promise<void>;
  private catchingUp: Promise<void> = Promise.resolve();

  constructor(private readonly vault: Vault) {
    this.unobserve = vault.entries.observe({
      saved: (entry) => this.index.put(entry),
      removed: (id) => this.index.remove(id),
      synced: () => void this.catchUp(),
    });
    this.built = this.vault.entries
      .readBodies(
        this.allIds(),
        (entry) => this.index.put(entry),
        () => this.closed,
      )
      .then(() => {
        this.building = false;
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
    await this.ready();
    if (this.closed || this.vault.isLocked)
      throw new AppError('VAULT_LOCKED', 'The journal is locked. Unlock it to go on.');
    return this.index.search(query);
  }

  /** Every indexed entry not in the trash, once the index is complete (for insights). */
  async entries(): Promise<IndexedEntry[]> {
    await this.ready();
    return [...this.index.entries()].filter((e) => e.meta.trashedAt === null);
  }

  close(): void {
    this.closed = true;
    this.unobserve();
    this.index.clear();
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

  private allIds(): string[] {
    return this.allMetas().map((m) => m.id);
  }
}
