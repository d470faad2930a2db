import { AppError } from '@shared/errors';
import {
  Entry,
  type DamagedEntry,
  type EntryDraft,
  type EntryMeta,
  type EntryPatch,
  type RevisionInfo,
} from '@shared/entry';
import { deriveContent } from '../content/derive';
import { conflictCopy } from './conflict';
import type { EntryIndex } from './entry-index';
import { checkId, DraftFields, editFor, fromContent, invalid, metaOf } from './entry-patch';
import { EntryDamagedError } from './entry-damaged';
import type { EntryStore } from './entry-store';
import type { KeyRing } from './key-ring';
import { readBodies, type BodySource } from './entry-bodies';
import { EntryWriter, successor, type EntryObserver } from './entry-writer';

/**
 * Entry operations: the rules (revisions, conflicts, trash) over the files (EntryStore) and the
 * in-memory list (EntryIndex). Saves of one entry are queued; different entries save in parallel.
 */
export class Entries {
  private readonly writer: EntryWriter;

  constructor(
    private readonly ring: KeyRing,
    private readonly index: EntryIndex,
    private readonly store: EntryStore,
    vaultId: string,
    maxEntryBytes: number,
    /** Told before an entry's files are deleted for good (the vault records the purge, §13). */
    private readonly beforePurge: (id: string) => Promise<void> = async () => undefined,
  ) {
    this.writer = new EntryWriter(ring, index, store, vaultId, maxEntryBytes);
  }

  /** From memory; sync() picks up files written by another device or instance. */
  list(trashed = false): EntryMeta[] {
    this.ring.get();
    return this.index.list(trashed);
  }

  damaged(): DamagedEntry[] {
    this.ring.get();
    return this.index.damaged();
  }

  /** Resolves once the background work after saves has landed: old revisions moved aside, a spare file made. */
  settled(): Promise<void> {
    return this.writer.settled();
  }

  /** Every save started so far has landed, moves aside included: re-encryption starts from here. */
  quiet(): Promise<void> {
    return this.writer.quiet();
  }

  /** Runs `work` while no save of entry `id` is under way, nor can start (re-encryption, rekey.ts). */
  exclusive<T>(id: string, work: () => Promise<T>): Promise<T> {
    return this.writer.exclusive(id, work);
  }

  /** On lock. */
  close(): void {
    this.store.close();
  }

  /** Returns a function that stops the observer. */
  observe(observer: EntryObserver): () => void {
    return this.writer.observe(observer);
  }

  /** Re-reads the folder, and moves aside superseded files a crash left in entries/. */
  async sync(): Promise<void> {
    this.ring.get();
    const stranded = await this.index.sync();
    for (const { id, revision } of stranded) await this.store.archive(id, revision).catch(() => undefined);
    this.writer.synced();
  }

  /** The newest body of each of `ids`, in batches (entry-bodies.ts), until `stop()` says so or the vault locks. */
  readBodies(ids: readonly string[], use: (entry: Entry) => void, stop: () => boolean): Promise<void> {
    const source: BodySource = {
      revisionOf: (id) => this.index.revisionOf(id),
      readShort: (batch, maxBytes, found) => this.store.readShort(batch, maxBytes, found),
      readWhole: (id) => this.get(id),
      stopped: () => stop() || this.ring.locked,
    };
    return readBodies(source, ids, use);
  }

  /** Always reads the newest file on disk, so a save from another device is seen here. */
  async get(id: string): Promise<Entry> {
    checkId(id);
    return this.readCurrent(id);
  }

  /** Text, excerpt, word count and people are derived from the content, in one parse. */
  async create(draft: EntryDraft): Promise<Entry> {
    this.ring.get();
    const { content, ...rest } = draft;
    const fields = DraftFields.safeParse(rest);
    if (!fields.success) throw invalid(fields.error.message);
    const { tags, ...meta } = fields.data;
    const derived = deriveContent(content);
    return this.writer.writeNew({ ...meta, content, ...fromContent(derived, tags), trashedAt: null, conflictOf: null });
  }

  /**
   * Saves `patch` on top of `baseRevision`. If that is no longer the newest revision (another
   * device saved first), nothing is overwritten: the caller's version is saved as a conflict copy.
   */
  async update(id: string, baseRevision: number, patch: EntryPatch): Promise<{ entry: Entry; conflict: boolean }> {
    checkId(id);
    if (!Number.isInteger(baseRevision) || baseRevision < 0) throw invalid('baseRevision must be a whole number.');
    const edit = editFor(patch);
    return this.writer.run(id, async () => {
      const known = this.index.meta(id);
      let fastBase: Entry | undefined;
      if (known?.revision === baseRevision && edit.body !== undefined) {
        // The patch replaces the whole body and the index holds the rest of the base (tags included),
        // so nothing is read; that the base is still current is checked while the new file is written.
        fastBase = { ...known, ...edit.body };
        const next = successor(fastBase, edit.apply(fastBase));
        if (await this.writer.commit(fastBase, next, () => this.store.isCurrent(id, baseRevision)))
          return { entry: next, conflict: false };
      } else {
        const current = await this.readCurrent(id);
        if (current.revision === baseRevision) {
          const next = successor(current, edit.apply(current));
          if (await this.writer.commit(current, next)) return { entry: next, conflict: false };
        }
      }
      // Someone else saved first: keep this version beside theirs, built on what the writer started from.
      const base =
        (await this.store.readRevision(id, baseRevision).catch(() => undefined)) ??
        fastBase ??
        (await this.readCurrent(id));
      const copy = await this.writer.writeNew(conflictCopy(edit.apply(base), id));
      return { entry: copy, conflict: true };
    });
  }

  /** Trashing is itself a revision, so another device sees it and it can be undone. */
  /** Returns the entry as it now is, so a caller can patch its list with it. */
  trash(id: string): Promise<Entry> {
    const now = new Date().toISOString();
    return this.change(id, (e) => (e.trashedAt ? undefined : { ...e, trashedAt: now }));
  }

  restore(id: string): Promise<Entry> {
    return this.change(id, (e) => (e.trashedAt ? { ...e, trashedAt: null } : undefined));
  }

  /** Deletes an entry and all its revisions for good. It must be in the trash (or damaged) first. */
  async purge(id: string): Promise<void> {
    checkId(id);
    await this.writer.run(id, async () => {
      try {
        const current = await this.readCurrent(id);
        if (!current.trashedAt) throw invalid('Move the entry to the trash before deleting it for good.');
      } catch (err) {
        if (!(err instanceof EntryDamagedError)) throw err;
      }
      await this.remove(id);
    });
  }

  /** Deletes a live entry for good when `unwritten` says none of it is the writer's; true if it did. */
  async discard(id: string, unwritten: (entry: Entry) => boolean | Promise<boolean>): Promise<boolean> {
    checkId(id);
    return this.writer.run(id, async () => {
      const current = await this.readCurrent(id);
      if (current.trashedAt || current.conflictOf || !(await unwritten(current))) return false;
      await this.remove(id);
      return true;
    });
  }

  private async remove(id: string): Promise<void> {
    // A move still under way could otherwise put a file back after the purge.
    await this.settled();
    await this.beforePurge(id);
    await this.store.purge(id);
    this.index.remove(id);
    this.writer.removed(id);
    await this.sync();
  }

  /**
   * Adds revisions made elsewhere (a backup being merged) with their own id and numbers, oldest
   * first, on top of revision `after` (undefined for an entry this vault lacks). Nothing is
   * replaced: false if the entry is no longer at `after`, or another writer got a revision first.
   */
  async adopt(revisions: Entry[], after: number | undefined): Promise<boolean> {
    this.ring.get();
    // Stryker disable next-line StringLiteral: equivalent; any stand-in that is not an id is refused just below.
    const id = revisions[0]?.id ?? '';
    checkId(id);
    let last = after ?? 0;
    for (const r of revisions) {
      if (!Entry.safeParse(r).success || r.id !== id || r.revision <= last)
        throw invalid('Those revisions are not in order.');
      last = r.revision;
    }
    return this.writer.adopt(id, revisions, after);
  }

  /** Keeps `entry` beside the one with its id, as a new conflict copy. */
  keepConflictCopy(entry: Entry): Promise<Entry> {
    this.ring.get();
    return this.writer.writeNew(conflictCopy(entry, entry.id));
  }

  /** Earlier revisions still kept, newest first; damaged ones are left out and reported in damaged(). */
  async revisions(id: string): Promise<RevisionInfo[]> {
    checkId(id);
    this.ring.get();
    const current = await this.store.currentRevision(id, this.index.revisionOf(id));
    if (current === undefined) throw new AppError('ENTRY_NOT_FOUND', 'This entry no longer exists.');
    const out: RevisionInfo[] = [];
    for (const revision of await this.store.revisionNumbers(id, current)) {
      try {
        const e = await this.readGuarded(() => this.store.readRevision(id, revision));
        out.push({ revision, updatedAt: e.updatedAt, title: e.title, wordCount: e.wordCount });
      } catch (err) {
        // A save's background pruning may drop the oldest while we read: it is simply no longer kept.
        if (!(err instanceof EntryDamagedError) && !(err instanceof AppError && err.code === 'ENTRY_NOT_FOUND'))
          throw err;
      }
    }
    return out;
  }

  async revision(id: string, revision: number): Promise<Entry> {
    checkId(id);
    return this.readGuarded(() => this.store.readRevision(id, revision));
  }

  /** Makes an earlier revision's words the newest revision; the revisions in between are kept. */
  async restoreRevision(id: string, revision: number): Promise<Entry> {
    const old = await this.revision(id, revision);
    const { date, title, templateId, tags, content, text, excerpt, wordCount } = old;
    return this.change(id, (e) => ({ ...e, date, title, templateId, tags, content, text, excerpt, wordCount }), old);
  }

  private readCurrent(id: string): Promise<Entry> {
    return this.readGuarded(async () => {
      const entry = await this.store.readCurrent(id, this.index.revisionOf(id));
      this.index.put(metaOf(entry));
      this.writer.told(entry);
      return entry;
    });
  }

  /** Reads, recording any damaged file so it shows in damaged(). */
  private async readGuarded<T>(read: () => Promise<T>): Promise<T> {
    this.ring.get();
    try {
      return await read();
    } catch (err) {
      if (err instanceof EntryDamagedError) this.index.markDamaged({ file: err.file, reason: err.reason });
      throw err;
    }
  }

  /**
   * A change that needs no base from the caller (trash, restore): retried if another writer gets in first.
   * With a `standIn`, a damaged newest revision is superseded rather than read; its file is kept as it is.
   */
  private change(id: string, edit: (e: Entry) => Entry | undefined, standIn?: Entry): Promise<Entry> {
    checkId(id);
    return this.writer.run(id, async () => {
      for (let attempt = 0; attempt < 3; attempt++) {
        const current = await this.currentOr(id, standIn);
        const edited = edit(current);
        if (!edited) return current;
        const next = successor(current, edited);
        if (await this.writer.commit(current, next)) return next;
      }
      throw new AppError('CONFLICT', 'This entry kept changing on another device. Try again.');
    });
  }

  private async currentOr(id: string, standIn: Entry | undefined): Promise<Entry> {
    try {
      return await this.readCurrent(id);
    } catch (err) {
      if (!(err instanceof EntryDamagedError) || !standIn) throw err;
      const revision = await this.store.currentRevision(id, undefined);
      if (revision === undefined) throw err;
      return { ...standIn, revision };
    }
  }
}
