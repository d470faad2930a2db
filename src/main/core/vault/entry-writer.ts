import { AppError } from '@shared/errors';
import type { Entry } from '@shared/entry';
import { BackgroundWork } from '../background-work';
import { nextTurn } from '../next-turn';
import { encodeEntryFile } from './entry-file';
import type { EntryIndex } from './entry-index';
import { metaOf } from './entry-patch';
import type { EntryStore } from './entry-store';
import { newEntryId } from './ids';
import { KeyedQueue } from './keyed-queue';
import type { KeyRing } from './key-ring';

/** Told of every entry change this process makes or sees, with the whole entry when there is one. */
export interface EntryObserver {
  /** A revision was written, or read fresh from disk (perhaps saved by another device). */
  saved(entry: Entry): void;
  removed(id: string): void;
  /** The folder was read again: summaries may have changed without their bodies being read. */
  synced(): void;
}

export type EntryFields = Omit<Entry, 'id' | 'revision' | 'createdAt' | 'updatedAt'>;

/** The revision after `current`, holding `edited`'s words: the entry's id, birth and conflict link stay. */
export function successor(current: Entry, edited: Entry): Entry {
  return {
    ...edited,
    id: current.id,
    createdAt: current.createdAt,
    conflictOf: current.conflictOf,
    revision: current.revision + 1,
    updatedAt: new Date().toISOString(),
  };
}

/**
 * How a revision is written (Entries decides which): one save of an entry at a time, the file,
 * the list, the observers, and the old revision moved aside after the save has returned.
 */
export class EntryWriter {
  private readonly queue = new KeyedQueue();
  /** Old revisions still being moved aside after their save returned. */
  private readonly archiving = new BackgroundWork();
  private readonly moves = new KeyedQueue();
  private readonly observers = new Set<EntryObserver>();

  constructor(
    private readonly ring: KeyRing,
    private readonly index: EntryIndex,
    private readonly store: EntryStore,
    private readonly vaultId: string,
    private readonly maxEntryBytes: number,
  ) {}

  /** Runs `work` after every earlier run for entry `id`; different entries run in parallel. */
  run<T>(id: string, work: () => Promise<T>): Promise<T> {
    return this.queue.run(id, work);
  }

  /** Resolves once the background work after saves has landed: old revisions moved aside, a spare file made. */
  async settled(): Promise<void> {
    await Promise.all([this.archiving.settled(), this.store.settled()]);
  }

  /** Every save started so far has landed, moves aside included. */
  async quiet(): Promise<void> {
    await this.queue.idle();
    await this.settled();
  }

  /** Runs `work` while no save of entry `id` is under way, nor can start. */
  exclusive<T>(id: string, work: () => Promise<T>): Promise<T> {
    return this.queue.run(id, async () => {
      await this.settled();
      return work();
    });
  }

  /** Returns a function that stops the observer. */
  observe(observer: EntryObserver): () => void {
    this.observers.add(observer);
    return () => this.observers.delete(observer);
  }

  told(entry: Entry): void {
    for (const o of this.observers) o.saved(entry);
  }

  removed(id: string): void {
    for (const o of this.observers) o.removed(id);
  }

  synced(): void {
    for (const o of this.observers) o.synced();
  }

  /** False if another writer saved `next.revision` first (or the base moved on); the caller then keeps a conflict copy. */
  async commit(previous: Entry, next: Entry, precondition?: () => Promise<boolean>): Promise<boolean> {
    const encoded = encodeEntryFile(this.ring.get(), this.vaultId, next, this.maxEntryBytes);
    if ((await this.store.write(next, encoded, precondition)) !== 'written') return false;
    this.index.put(metaOf(next));
    this.told(next);
    // The save is answered once its file is linked (entry-store.ts), so moving the old file aside
    // does not hold it up. If that move fails or is cut short, the old file stays in entries/, where
    // revisionNumbers() and the next sync() find it. An entry's moves run in the order of its saves,
    // as pruning counts on, though each waits for its save's folder fsync.
    const move = nextTurn()
      .then(() => this.moves.run(next.id, () => this.store.archive(next.id, previous.revision)))
      .catch(() => undefined);
    void this.archiving.track(move);
    return true;
  }

  /**
   * Writes revisions made elsewhere (checked and in order) on top of revision `after` of entry `id`, moving
   * each superseded one aside; false if the entry is no longer at `after`, or another writer got in first.
   */
  adopt(id: string, revisions: readonly Entry[], after: number | undefined): Promise<boolean> {
    return this.queue.run(id, async () => {
      if ((await this.store.currentRevision(id, this.index.revisionOf(id))) !== after) return false;
      let previous = after;
      for (const r of revisions) {
        const encoded = encodeEntryFile(this.ring.get(), this.vaultId, r, this.maxEntryBytes);
        if ((await this.store.write(r, encoded)) !== 'written') return false;
        this.index.put(metaOf(r));
        // Stryker disable next-line ConditionalExpression: equivalent; there is no file of revision undefined to move.
        if (previous !== undefined) await this.store.archive(id, previous);
        previous = r.revision;
      }
      return true;
    });
  }

  /** A new entry under a fresh id (drawn again in the unlikely case another writer has it). */
  async writeNew(fields: EntryFields): Promise<Entry> {
    const now = new Date().toISOString();
    for (let attempt = 0; attempt < 3; attempt++) {
      const entry: Entry = { ...fields, id: newEntryId(), revision: 1, createdAt: now, updatedAt: now };
      // Queued like every save, so quiet() waits for it too.
      const outcome = await this.queue.run(entry.id, () =>
        this.store.write(entry, encodeEntryFile(this.ring.get(), this.vaultId, entry, this.maxEntryBytes)),
      );
      if (outcome === 'written') {
        this.index.put(metaOf(entry));
        this.told(entry);
        return entry;
      }
    }
    throw new AppError('INTERNAL', 'Could not choose a new entry id.');
  }
}
