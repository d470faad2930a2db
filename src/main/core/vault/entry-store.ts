import { relative, sep } from 'node:path';
import { AppError } from '@shared/errors';
import type { Entry } from '@shared/entry';
import { atomicCreate } from '../fs/atomic-write';
import { fsError } from '../fs/fs-error';
import { hasCode, type FsPort } from '../fs/fs-port';
import { strayReason } from '../fs/stray';
import { KeptDir } from '../fs/kept-dir';
import { ensureRealDir, isRealDir, namesInRealDir } from '../fs/real-dir';
import { SpareFile } from '../fs/spare-file';
import { BackgroundWork } from '../background-work';
import { EntryDamagedError, entryNotFound } from './entry-damaged';
import { decodeEntryFile, maxEntryFileBytes } from './entry-file';
import type { KeyRing } from './key-ring';
import { readPrefixes } from './prefix-reader';
import { parseEntryFileName, parseRevisionFileName, type VaultPaths } from './layout';

export interface EntryStoreLimits {
  maxEntryBytes: number;
  /** Older revisions beyond this many are deleted, oldest first. */
  maxRevisions: number;
}

/**
 * Entry files on disk. Files are never rewritten: each save creates `<id>.<revision+1>.lse`
 * (refusing to replace one that exists, which is how a concurrent writer is detected), then
 * moves the previous file into revisions/<id>/.
 */
export class EntryStore {
  /** In the vault folder, not entries/: a hard link reaches across folders, and listings stay clean. */
  private readonly spare: SpareFile;
  private readonly folder: KeptDir;
  /** Saves reported done whose folder fsync is still under way (atomic-write.ts, landLater). */
  private readonly landing = new BackgroundWork();

  constructor(
    private readonly fs: FsPort,
    private readonly p: VaultPaths,
    private readonly ring: KeyRing,
    private readonly vaultId: string,
    private readonly limits: EntryStoreLimits,
  ) {
    this.spare = new SpareFile(fs, p.root);
    this.folder = new KeptDir(fs, p.entries);
  }

  /** The newest revision on disk, stepping up from what we last saw; undefined if the entry is gone. */
  async currentRevision(id: string, hint: number | undefined): Promise<number | undefined> {
    if (hint === undefined) return this.scanNewest(id);
    let r = hint;
    while (await this.exists(this.p.entry(id, r + 1))) r++;
    if (r > hint || (await this.exists(this.p.entry(id, r)))) return r;
    return this.scanNewest(id);
  }

  async readCurrent(id: string, hint: number | undefined): Promise<Entry> {
    if (hint !== undefined) {
      // Usual case: read the revision we know while checking, in parallel, that none is newer.
      const [bytes, newer] = await Promise.all([
        this.readBytes(this.p.entry(id, hint)),
        this.exists(this.p.entry(id, hint + 1)),
      ]);
      if (bytes && !newer) return this.decode(id, hint, bytes, `entries/${id}.${hint}.lse`);
    }
    for (let attempt = 0; attempt < 3; attempt++) {
      const revision = await this.currentRevision(id, hint);
      if (revision === undefined) throw entryNotFound();
      const bytes = await this.readBytes(this.p.entry(id, revision));
      // Another writer moved it into revisions/ between our look and our read: look again.
      if (!bytes) continue;
      return this.decode(id, revision, bytes, `entries/${id}.${revision}.lse`);
    }
    throw new AppError('CONFLICT', 'This entry is being changed elsewhere right now. Try again in a moment.');
  }

  /**
   * A revision wherever it is: still in entries/ (not yet moved, or a move was interrupted), or in
   * revisions/. Files only ever move that way, so looking in that order cannot miss one mid-move.
   */
  async readRevision(id: string, revision: number): Promise<Entry> {
    const live = await this.readBytes(this.p.entry(id, revision));
    if (live) return this.decode(id, revision, live, `entries/${id}.${revision}.lse`);
    const archived = (await isRealDir(this.fs, this.p.revisions(id)))
      ? await this.readBytes(this.p.revision(id, revision))
      : undefined;
    if (archived) return this.decode(id, revision, archived, `revisions/${id}/${revision}.lse`);
    throw new AppError('ENTRY_NOT_FOUND', `Revision ${revision} of this entry is no longer kept.`);
  }

  /**
   * Reads many small revisions quickly (see prefix-reader.ts): each that fits in `maxBytes` and decodes
   * is handed to `use`; the ids of longer ones are returned, to read one by one. Damaged or
   * vanished files are skipped: a list or an open reports those.
   */
  async readShort(
    items: ReadonlyArray<{ id: string; revision: number }>,
    maxBytes: number,
    use: (entry: Entry) => void,
  ): Promise<string[]> {
    // Stryker disable next-line ArrayDeclaration: equivalent; an id that is not one is refused by get(), which readBodies() skips.
    const long: string[] = [];
    const read: Array<{ id: string; revision: number; bytes: Buffer }> = [];
    // Read first, decode after: readPrefixes times its slices to spot slow storage, and decoding is not reading.
    await readPrefixes(
      this.fs,
      items.map(({ id, revision }) => this.p.entry(id, revision)),
      maxBytes,
      maxEntryFileBytes(this.limits.maxEntryBytes),
      (k, prefix) => {
        if (!prefix.ok) return;
        if (prefix.bytes.length === maxBytes) long.push(items[k]!.id);
        else read.push({ ...items[k]!, bytes: prefix.bytes });
      },
    );
    for (const { id, revision, bytes } of read) {
      if (this.ring.locked) break;
      const decoded = decodeEntryFile(this.ring.readKeys(), this.vaultId, id, revision, bytes);
      if (decoded.ok) use(decoded.value);
    }
    return long;
  }

  /**
   * Writes a new revision file. 'exists' means another writer already saved that revision;
   * 'refused' that `precondition` (checked while writing) found the base no longer current.
   */
  async write(
    entry: Entry,
    encoded: Buffer,
    precondition?: () => Promise<boolean>,
  ): Promise<'written' | 'exists' | 'refused'> {
    const spare = this.spare.take(encoded.length);
    const path = this.p.entry(entry.id, entry.revision);
    // A first revision is never reported before its folder is synced: its spare could not be
    // told apart from another's after a power cut, since nothing yet knows its id (unplaced-saves.ts).
    const landLater =
      entry.revision > 1 ? (landing: Promise<void>) => void this.landing.track(this.folder.hold(landing)) : undefined;
    const outcome = await this.folder.use((folder) =>
      atomicCreate(this.fs, path, encoded, 'save the entry', { precondition, spare, folder, landLater }),
    );
    // The next save is most likely of this entry again, a little longer. (None after a failure: the disk may be full.)
    this.spare.prepare(encoded.length);
    return outcome;
  }

  /** Resolves once the file made ahead for the next save, and every save's folder fsync, have landed. */
  async settled(): Promise<void> {
    await this.landing.settled();
    await this.spare.settled();
  }

  /** On lock: the file made ahead is removed, so nothing of ours lingers in a synced folder. */
  close(): void {
    this.spare.close();
    this.folder.close();
  }

  /**
   * Superseded files are moved out of entries/ right after each save (and stranded ones on every
   * sync), so a revision still in entries/ has no successor yet, except during another writer's
   * save, whose successor file then already exists and makes our link fail.
   */
  isCurrent(id: string, revision: number): Promise<boolean> {
    return this.exists(this.p.entry(id, revision));
  }

  /** Puts a kept revision back in entries/, bytes unchanged; never over a file already there. */
  async unarchive(id: string, revision: number): Promise<void> {
    const from = this.p.revision(id, revision);
    const to = this.p.entry(id, revision);
    try {
      await this.fs.link(from, to).then(
        () => this.fs.unlink(from),
        // Where hard links are unsupported (§8): look first, then rename.
        async (err: unknown) => {
          if (hasCode(err, 'EEXIST') || (await this.exists(to))) throw err;
          await this.fs.rename(from, to);
        },
      );
    } catch (err) {
      throw fsError(err, 'bring the entry back', to);
    }
  }

  /**
   * Moves a superseded file into revisions/ and prunes the oldest. Not fsynced: if it is lost in a
   * crash the file simply stays in entries/, where the higher revision still wins. So it also stays
   * when revisions/<id> is a link or a file: it is still listed and read from there.
   */
  async archive(id: string, revision: number): Promise<void> {
    // Only once its successor's link is durable: until then the old file keeps the entry listed,
    // and so findable by unplaced-saves.ts.
    await this.landing.settled();
    try {
      if (!(await ensureRealDir(this.fs, this.p.revisions(id)))) return;
      await this.fs.rename(this.p.entry(id, revision), this.p.revision(id, revision));
    } catch (err) {
      if (!hasCode(err, 'ENOENT')) throw fsError(err, 'keep the previous version', this.p.revisions(id));
    }
    await this.prune(id, revision);
  }

  /** Every kept earlier revision number (not the current one), newest first. */
  async revisionNumbers(id: string, current: number): Promise<number[]> {
    // entries/ first: a file being archived meanwhile is then seen in one place or the other.
    const stranded = (await namesInRealDir(this.fs, this.p.entries))
      .map(parseEntryFileName)
      .filter((n) => n?.id === id)
      .map((n) => n!.revision);
    const archived = (await namesInRealDir(this.fs, this.p.revisions(id))).map(parseRevisionFileName);
    // Stryker disable next-line MethodExpression,ConditionalExpression: equivalent; an undefined left in fails `r < current` below.
    const all = new Set([...archived.filter((r): r is number => r !== undefined), ...stranded]);
    return [...all].filter((r) => r < current).sort((a, b) => b - a);
  }

  /** Revisions first, so a crash part-way leaves the entry visible in the trash to purge again. */
  async purge(id: string): Promise<void> {
    try {
      await this.fs.removeTree(this.p.revisions(id));
      for (const name of await namesInRealDir(this.fs, this.p.entries)) {
        if (parseEntryFileName(name)?.id === id) await this.fs.unlink(`${this.p.entries}/${name}`).catch(ignoreMissing);
      }
      await this.fs.syncDir(this.p.entries);
    } catch (err) {
      throw fsError(err, 'delete the entry', this.p.entries);
    }
  }

  /**
   * Revisions are archived in order, so the one that falls out of the window is known without
   * listing the folder. Now and then a full pass catches any left by a crash or a lowered cap.
   */
  private async prune(id: string, archived: number): Promise<void> {
    const { maxRevisions } = this.limits;
    if (archived % 25 !== 0) {
      // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent; revision 0 or below has no file, and a missing one is ignored.
      if (archived > maxRevisions)
        await this.fs.unlink(this.p.revision(id, archived - maxRevisions)).catch(ignoreMissing);
      return;
    }
    const kept = (await namesInRealDir(this.fs, this.p.revisions(id)))
      .map(parseRevisionFileName)
      .filter((r): r is number => r !== undefined)
      .sort((a, b) => a - b);
    for (const r of kept.slice(0, Math.max(0, kept.length - maxRevisions))) {
      await this.fs.unlink(this.p.revision(id, r)).catch(ignoreMissing);
    }
  }

  private async scanNewest(id: string): Promise<number | undefined> {
    let newest: number | undefined;
    for (const name of await namesInRealDir(this.fs, this.p.entries)) {
      const n = parseEntryFileName(name);
      if (n?.id === id && (newest === undefined || n.revision > newest)) newest = n.revision;
    }
    return newest;
  }

  private decode(id: string, revision: number, bytes: Buffer, file: string): Entry {
    const decoded = decodeEntryFile(this.ring.readKeys(), this.vaultId, id, revision, bytes);
    if (decoded.ok) return decoded.value;
    throw new EntryDamagedError(file, decoded.reason);
  }

  private async readBytes(path: string): Promise<Buffer | undefined> {
    try {
      return await this.fs.readFile(path, maxEntryFileBytes(this.limits.maxEntryBytes));
    } catch (err) {
      if (hasCode(err, 'ENOENT')) return undefined;
      const stray = strayReason(err);
      if (stray !== undefined) throw new EntryDamagedError(relative(this.p.root, path).split(sep).join('/'), stray);
      throw fsError(err, 'read the entry', path);
    }
  }

  private async exists(path: string): Promise<boolean> {
    try {
      await this.fs.stat(path);
      return true;
    } catch (err) {
      if (hasCode(err, 'ENOENT')) return false;
      throw fsError(err, 'read the entry', path);
    }
  }
}

function ignoreMissing(err: unknown): void {
  if (!hasCode(err, 'ENOENT')) throw err;
}
