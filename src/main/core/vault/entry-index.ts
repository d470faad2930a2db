import type { DamagedEntry, EntryMeta } from '@shared/entry';
import { fsError } from '../fs/fs-error';
import { hasCode, type FsPort } from '../fs/fs-port';
import { strayReason } from '../fs/stray';
import { decodeEntryMeta, META_PREFIX_BYTES, metaSectionLength } from './entry-file';
import type { KeyRing } from './key-ring';
import { ENTRIES_DIR, entryFileName, newestRevisions, parseEntryFileName, type VaultPaths } from './layout';
import { readPrefixes } from './prefix-reader';

/**
 * The decrypted summaries behind the entry list. sync() compares file names on disk with what
 * it already knows and reads only new ones, so entries saved by another device (or another
 * instance on the same synced folder) appear on the next list without re-reading everything.
 */
export class EntryIndex {
  private byId = new Map<string, { file: string; meta: EntryMeta }>();
  private damagedByFile = new Map<string, DamagedEntry>();

  constructor(
    private readonly fs: FsPort,
    private readonly p: VaultPaths,
    private readonly ring: KeyRing,
    private readonly vaultId: string,
    /** Largest entry file read (entry-file.ts maxEntryFileBytes). */
    private readonly maxFileBytes: number,
  ) {}

  /** Returns superseded files still in entries/ (a crash between save and tidy-up) for the caller to move aside. */
  async sync(): Promise<Array<{ id: string; revision: number }>> {
    const { newest, stranded } = await this.scan();
    for (const id of this.byId.keys()) if (!newest.has(id)) this.byId.delete(id);
    for (const file of this.damagedByFile.keys()) {
      const n = parseEntryFileName(file.slice(ENTRIES_DIR.length + 1));
      if (file.startsWith(`${ENTRIES_DIR}/`) && (!n || newest.get(n.id) !== n.revision))
        this.damagedByFile.delete(file);
    }
    const toRead = [...newest].filter(
      ([id, rev]) => this.byId.get(id)?.meta.revision !== rev && !this.damagedByFile.has(relative(id, rev)),
    );
    // Summaries bigger than the prefix (very long titles or many tags) are read whole afterwards.
    const whole: Array<[string, number]> = [];
    await readPrefixes(
      this.fs,
      toRead.map(([id, rev]) => this.p.entry(id, rev)),
      META_PREFIX_BYTES,
      this.maxFileBytes,
      (i, prefix) => {
        const [id, rev] = toRead[i]!;
        if (!prefix.ok) return this.readFailed(prefix.error, id, rev);
        const needed = metaSectionLength(prefix.bytes);
        if (needed !== undefined && needed > prefix.bytes.length && prefix.bytes.length === META_PREFIX_BYTES)
          whole.push([id, rev]);
        else this.accept(id, rev, prefix.bytes);
      },
    );
    for (const [id, rev] of whole) {
      const bytes = await this.fs
        .readFile(this.p.entry(id, rev), this.maxFileBytes)
        .catch((err: unknown) => this.readFailed(err, id, rev));
      if (bytes) this.accept(id, rev, bytes);
    }
    return stranded;
  }

  list(trashed: boolean): EntryMeta[] {
    const out: EntryMeta[] = [];
    for (const { meta } of this.byId.values()) if ((meta.trashedAt !== null) === trashed) out.push(meta);
    // Newest day first; within a day, the most recently written first.
    return out.sort((a, b) => (a.date === b.date ? cmp(b.createdAt, a.createdAt) : cmp(b.date, a.date)));
  }

  revisionOf(id: string): number | undefined {
    return this.byId.get(id)?.meta.revision;
  }

  meta(id: string): EntryMeta | undefined {
    return this.byId.get(id)?.meta;
  }

  put(meta: EntryMeta): void {
    const known = this.byId.get(meta.id);
    if (known && known.meta.revision > meta.revision) return;
    this.byId.set(meta.id, { file: relative(meta.id, meta.revision), meta });
    // A damaged file superseded by this revision no longer stands for the entry. (Usually none is
    // damaged, so the files are looked at only then: a long-lived entry has hundreds of revisions.)
    // Stryker disable next-line ConditionalExpression: equivalent; with nothing damaged the loop below deletes nothing.
    if (this.damagedByFile.size === 0) return;
    for (let r = 1; r < meta.revision; r++) this.damagedByFile.delete(relative(meta.id, r));
  }

  remove(id: string): void {
    this.byId.delete(id);
  }

  markDamaged(entry: DamagedEntry): void {
    this.damagedByFile.set(entry.file, entry);
  }

  damaged(): DamagedEntry[] {
    return [...this.damagedByFile.values()];
  }

  clear(): void {
    this.byId.clear();
    this.damagedByFile.clear();
  }

  private async scan(): Promise<{ newest: Map<string, number>; stranded: Array<{ id: string; revision: number }> }> {
    let names: string[];
    try {
      // Never follow a link out of the vault: entries/ must be a real folder.
      if (!(await this.fs.lstat(this.p.entries)).isDirectory()) {
        this.markDamaged({ file: ENTRIES_DIR, reason: 'is not a folder (or is a link to somewhere else)' });
        return { newest: new Map(), stranded: [] };
      }
      names = await this.fs.readdir(this.p.entries);
    } catch (err) {
      if (hasCode(err, 'ENOENT')) return { newest: new Map(), stranded: [] };
      throw fsError(err, 'read the vault folder', this.p.entries);
    }
    const newest = newestRevisions(names);
    const all = names.map(parseEntryFileName).filter((n) => n !== undefined);
    return { newest, stranded: all.filter((n) => n.revision < newest.get(n.id)!) };
  }

  /**
   * A file moved into revisions/ by another writer since readdir is skipped: the next sync sees its
   * successor. A folder, pipe, link or oversized file under an entry's name is that entry's damage.
   */
  private readFailed(err: unknown, id: string, revision: number): undefined {
    if (hasCode(err, 'ENOENT')) return undefined;
    const stray = strayReason(err);
    if (stray === undefined) throw fsError(err, 'read an entry', this.p.entry(id, revision));
    this.byId.delete(id);
    this.markDamaged({ file: relative(id, revision), reason: stray });
    return undefined;
  }

  private accept(id: string, revision: number, bytes: Buffer): void {
    const decoded = decodeEntryMeta(this.ring.readKeys(), this.vaultId, id, revision, bytes);
    if (decoded.ok) {
      this.put(decoded.value);
    } else {
      this.byId.delete(id);
      this.markDamaged({ file: relative(id, revision), reason: decoded.reason });
    }
  }
}

function relative(id: string, revision: number): string {
  return `${ENTRIES_DIR}/${entryFileName(id, revision)}`;
}

function cmp(a: string, b: string): number {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent; V8's sort only asks whether the result is below 0, and equal keys have no order to keep.
  return a < b ? -1 : a > b ? 1 : 0;
}
