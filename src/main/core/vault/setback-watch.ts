import { AppError } from '@shared/errors';
import { KEY_FILE_SETBACK, type EntrySetback, type Setback } from '@shared/setback';
import type { RecordStore } from '../record-store';
import type { Entries } from './entries';
import type { EntryIndex } from './entry-index';
import type { EntryStore } from './entry-store';
import type { VaultHeader } from './header';
import { HighWater, keyFileId, purgeRecordId, type MarkStore } from './high-water';
import type { KeyRing } from './key-ring';

/** Records of entries deleted for good, written before their files go, so other devices know it was meant. */
export const PURGED_KIND = 'purged';

/**
 * Compares the journal's folder with what this device last saw (HighWater), at unlock and after each
 * refresh, and keeps the setbacks found until the writer settles each one. A revision newer than the
 * mark (another device's save) only moves the mark on; a file anywhere in the folder at or above the
 * mark (a move a sync tool has half delivered) is not a setback; neither is an entry purged on purpose.
 */
export class SetbackWatch {
  private readonly mark: HighWater;
  private found: EntrySetback[] = [];
  /** The key file the journal opened with, when it is one this device replaced. */
  private oldKeyFile: string | null = null;

  constructor(
    marks: MarkStore,
    ring: KeyRing,
    vaultId: string,
    private readonly index: EntryIndex,
    private readonly store: EntryStore,
    private readonly entries: Entries,
    private readonly records: RecordStore,
  ) {
    this.mark = new HighWater(marks, ring, vaultId);
    entries.observe({
      saved: (entry) => this.mark.saw(entry.id, entry.revision),
      removed: (id) => this.mark.forget(id),
      synced: () => undefined,
    });
  }

  /** Reads the mark, and looks at the key file the journal was opened with. */
  async load(header: VaultHeader): Promise<void> {
    await this.mark.load();
    const id = keyFileId(header.wrappedKeys);
    this.oldKeyFile = this.mark.hasReplaced(id) ? id : null;
  }

  list(): Setback[] {
    const keyFile: Setback[] = this.oldKeyFile ? [{ id: KEY_FILE_SETBACK, kind: 'key-file' }] : [];
    return [...keyFile, ...this.found];
  }

  /** A passphrase or recovery-key change is about to replace `header`: kept at once, not a moment later. */
  async replacing(header: VaultHeader): Promise<void> {
    this.mark.setReplaced(keyFileId(header.wrappedKeys), true);
    this.oldKeyFile = null;
    await this.mark.flush();
  }

  /** Written before an entry's files are deleted for good. */
  async purging(id: string): Promise<void> {
    await this.records.put(PURGED_KIND, purgeRecordId(id), { id });
  }

  async check(): Promise<void> {
    const found: EntrySetback[] = [];
    for (const [id, had] of [...this.mark.marked()]) {
      const now = this.index.revisionOf(id);
      if (now !== undefined && now >= had) continue;
      const left = (await this.store.revisionNumbers(id, Number.MAX_SAFE_INTEGER))[0];
      if (left !== undefined && left >= had) continue;
      if (now === undefined && (await this.wasPurged(id))) {
        this.mark.forget(id);
        continue;
      }
      found.push({
        id,
        kind: now === undefined ? 'gone' : 'back',
        had,
        left: left ?? null,
        title: await this.title(id, left),
      });
    }
    const held = new Set(found.map((s) => s.id));
    for (const meta of [...this.index.list(false), ...this.index.list(true)])
      if (!held.has(meta.id)) this.mark.saw(meta.id, meta.revision);
    this.found = found;
  }

  /**
   * 'keep' accepts the entry as it now stands (or gone); 'bringBack' puts the newest revision left
   * of a gone entry back in place, bytes unchanged, and accepts it at that revision.
   */
  async settle(id: string, action: 'keep' | 'bringBack'): Promise<Setback[]> {
    if (id === KEY_FILE_SETBACK && this.oldKeyFile && action === 'keep') {
      // The writer accepts this key file (they will change the passphrase, or meant to go back).
      this.mark.setReplaced(this.oldKeyFile, false);
      this.oldKeyFile = null;
      return this.list();
    }
    const setback = this.found.find((s) => s.id === id);
    if (!setback) throw new AppError('ENTRY_NOT_FOUND', 'That entry has nothing waiting to be looked at.');
    if (action === 'bringBack') {
      if (setback.kind !== 'gone' || setback.left === null)
        throw new AppError('INVALID_INPUT', 'There is no earlier revision of this entry to bring back.');
      await this.store.unarchive(id, setback.left);
      await this.entries.sync();
    }
    this.mark.settle(id, this.index.revisionOf(id));
    this.found = this.found.filter((s) => s.id !== id);
    return this.list();
  }

  /** Seals the mark while the key is still here; on lock. */
  flush(): Promise<void> {
    return this.mark.flush();
  }

  private async wasPurged(id: string): Promise<boolean> {
    const record = await this.records.get(PURGED_KIND, purgeRecordId(id)).catch(() => undefined);
    return typeof record === 'object' && record !== null && (record as { id?: unknown }).id === id;
  }

  private async title(id: string, revision: number | undefined): Promise<string | null> {
    if (revision === undefined) return null;
    return this.entries.revision(id, revision).then(
      (e) => e.title,
      () => null,
    );
  }
}
