import type { TagIndex, TagKind } from '@shared/contract';
import type { DamagedEntry } from '@shared/entry';
import { compareNewestFirst, type EntrySummary } from '@shared/entry-list';
import { renameInList, tagIndex } from '@shared/tag-index';

/** What screens read: one object per change, whose parts keep their identity when they did not change. */
export interface JournalSnapshot {
  /** Live entries, newest first. */
  entries: readonly EntrySummary[];
  /** Trashed entries, newest day first. */
  trashed: readonly EntrySummary[];
  /** Live entry ids in list order; a new array only when an entry was added, removed or moved. */
  order: readonly string[];
  tags: TagIndex;
  damaged: readonly DamagedEntry[];
  loaded: boolean;
}

const EMPTY: JournalSnapshot = {
  entries: [],
  trashed: [],
  order: [],
  tags: { worlds: [], people: [], free: [] },
  damaged: [],
  loaded: false,
};

/**
 * The page's one copy of the journal's list: entry summaries by id. Saves, trash, restore and tag renames
 * patch it by id, so a save makes one new summary object and rows for other entries keep theirs (and stay
 * un-rendered). Tags are counted here from the same entries, with the shared pure index.
 */
export class JournalStore {
  private byId = new Map<string, EntrySummary>();
  private snapshot: JournalSnapshot = EMPTY;
  private readonly listeners = new Set<() => void>();

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): JournalSnapshot => this.snapshot;

  get(id: string): EntrySummary | undefined {
    return this.byId.get(id);
  }

  /** A full list from main (unlock, or coming back to the window); unchanged entries keep their objects. */
  load(list: readonly EntrySummary[], damaged: readonly DamagedEntry[]): void {
    const next = new Map<string, EntrySummary>();
    for (const fresh of list) {
      const old = this.byId.get(fresh.id);
      next.set(fresh.id, old && sameSummary(old, fresh) ? old : fresh);
    }
    this.byId = next;
    this.rebuild(damaged);
  }

  /** Changed entries, by id: a save, a trash or a restore. Only what differs is replaced. */
  patch(changed: readonly EntrySummary[]): void {
    let moved = false;
    let tagsChanged = false;
    const replaced = new Map<EntrySummary, EntrySummary>();
    for (const fresh of changed) {
      const old = this.byId.get(fresh.id);
      if (old && sameSummary(old, fresh)) continue;
      this.byId.set(fresh.id, fresh);
      if (!old || !samePlace(old, fresh)) moved = true;
      else replaced.set(old, fresh);
      if (!old || !sameTags(old, fresh) || (old.trashedAt === null) !== (fresh.trashedAt === null)) tagsChanged = true;
    }
    if (moved) return this.rebuild(this.snapshot.damaged);
    if (replaced.size === 0) return;
    const swap = (list: readonly EntrySummary[]) =>
      list.some((e) => replaced.has(e)) ? list.map((e) => replaced.get(e) ?? e) : list;
    this.set({
      ...this.snapshot,
      entries: swap(this.snapshot.entries),
      trashed: swap(this.snapshot.trashed),
      tags: tagsChanged ? tagIndex(this.snapshot.entries.map((e) => replaced.get(e) ?? e)) : this.snapshot.tags,
    });
  }

  remove(id: string): void {
    if (this.byId.delete(id)) this.rebuild(this.snapshot.damaged);
  }

  /** Mirrors `tags:rename` on the entries it touched (main did the same to their files). */
  renameTag(kind: TagKind, from: string, to: string): void {
    const changed: EntrySummary[] = [];
    for (const e of this.byId.values())
      if (e.tags[kind].includes(from))
        changed.push({ ...e, tags: { ...e.tags, [kind]: renameInList(e.tags[kind], from, to) } });
    this.patch(changed);
  }

  clear(): void {
    this.byId = new Map();
    this.set(EMPTY);
  }

  private rebuild(damaged: readonly DamagedEntry[]): void {
    const all = [...this.byId.values()].sort(compareNewestFirst);
    const entries = all.filter((e) => e.trashedAt === null);
    const order = entries.map((e) => e.id);
    const sameOrder =
      order.length === this.snapshot.order.length && order.every((id, i) => id === this.snapshot.order[i]);
    this.set({
      entries,
      trashed: all.filter((e) => e.trashedAt !== null),
      order: sameOrder ? this.snapshot.order : order,
      tags: tagIndex(entries),
      damaged,
      loaded: true,
    });
  }

  private set(snapshot: JournalSnapshot): void {
    this.snapshot = snapshot;
    for (const listener of this.listeners) listener();
  }
}

function samePlace(a: EntrySummary, b: EntrySummary): boolean {
  return a.date === b.date && a.createdAt === b.createdAt && (a.trashedAt === null) === (b.trashedAt === null);
}

function sameTags(a: EntrySummary, b: EntrySummary): boolean {
  const same = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((v, i) => v === y[i]);
  return same(a.tags.worlds, b.tags.worlds) && same(a.tags.people, b.tags.people) && same(a.tags.free, b.tags.free);
}

export function sameSummary(a: EntrySummary, b: EntrySummary): boolean {
  return (
    a.id === b.id &&
    a.label === b.label &&
    a.templateId === b.templateId &&
    a.trashedAt === b.trashedAt &&
    a.conflictOf === b.conflictOf &&
    samePlace(a, b) &&
    sameTags(a, b)
  );
}
