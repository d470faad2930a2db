/**
 * Landscape's encrypted vault: a folder of small encrypted files (format: docs/vault-format.md).
 *
 *   Vault.probe(dir, opts?)                       → 'absent' | 'vault' | 'not-a-vault'
 *   Vault.readId(dir, opts?)                      → vault id (from the header; no key needed)
 *   Vault.create(dir, passphrase, opts?)          → { vault, recoveryKey }   (the key is shown once)
 *   Vault.unlock(dir, passphrase, opts?)          → Vault
 *   Vault.unlockWithRecoveryKey(dir, key, opts?)  → Vault  (then vault.setPassphrase(next))
 *   Vault.unlockWithDeviceKey(dir, key, opts?)    → Vault  (key from vault.exportDeviceKey())
 *   vault.id · vault.dir · vault.records: RecordStore · vault.isLocked
 *   vault.exportDeviceKey(): Buffer               (a copy of the data key; the caller zeroes it)
 *   vault.changePassphrase(current, next) · vault.setPassphrase(next) · vault.rotateRecoveryKey() → string
 *   vault.lock()                                  (zeroes the key, drops caches; later calls throw VAULT_LOCKED)
 *   vault.listEntries({ trashed? }): EntryMeta[]  (from memory) · await vault.refresh() (re-reads the folder)
 *   vault.damaged(): DamagedEntry[]
 *   vault.getEntry(id) · createEntry(draft) · updateEntry(id, baseRevision, patch) → { entry, conflict }
 *   vault.trashEntry(id) · restoreEntry(id) · purgeEntry(id) → void   (purge only from the trash)
 *   vault.listRevisions(id) · getRevision(id, revision) · restoreRevision(id, revision)
 * Every failure is an AppError with a code.
 */
import { randomBytes } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import {
  EntryDraft,
  EntryId,
  EntryPatch,
  type DamagedEntry,
  type Entry,
  type EntryMeta,
  type RevisionInfo,
} from '../../../shared/entry';
import { passphraseStrength } from '../../../shared/passphrase-strength';
import { countWords } from '../../../shared/word-count';
import type { RecordStore } from '../record-store';
import { DEFAULT_SCRYPT, isSaneScrypt, scryptParams, type ScryptParams } from '../crypto/kdf';
import { formatRecoveryKey, generateRecoveryKey, parseRecoveryKey } from '../crypto/recovery-key';
import { zero } from '../crypto/zero';
import { atomicCreate, atomicReplace } from '../fs/atomic-write';
import { fsError } from '../fs/fs-error';
import { nodeFs, type FsPort } from '../fs/fs-port';
import { applyPatch, conflictCopy } from './conflict';
import { encodeEntryFile } from './entry-file';
import { EntryIndex } from './entry-index';
import { EntryDamagedError, EntryStore } from './entry-store';
import { excerpt } from './excerpt';
import { HEADER_FORMAT, HEADER_VERSION, serializeHeader, type VaultHeader } from './header';
import { newEntryId, newVaultId } from './ids';
import { KeyedQueue } from './keyed-queue';
import { KeyRing } from './key-ring';
import {
  keyCheckPasses,
  makeKeyCheck,
  unwrapWithPassphrase,
  unwrapWithRecoveryKey,
  wrapWithPassphrase,
  wrapWithRecoveryKey,
} from './key-wraps';
import { paths, type VaultPaths } from './layout';
import { VaultRecords } from './records';
import { removeStaleTemps, STALE_TEMP_MS } from './stale-temps';
import { probeFolder, readHeader, type ProbeResult } from './vault-folder';

export interface VaultOptions {
  fs?: FsPort;
  /** Earlier revisions kept per entry (default 50). */
  maxRevisions?: number;
  /** Largest entry, in bytes of serialized JSON (default 8 MiB). */
  maxEntryBytes?: number;
  staleTempMs?: number;
  /** scrypt cost for new passphrase wraps; tests lower it. Default: the stronger of DEFAULT_SCRYPT and the header's. */
  kdf?: { N: number; r: number; p: number };
}

export const DEFAULT_MAX_REVISIONS = 50;
export const DEFAULT_MAX_ENTRY_BYTES = 8 * 1024 * 1024;

type UnlockedBy = 'passphrase' | 'recovery' | 'device';
type EntryFields = Omit<Entry, 'id' | 'revision' | 'createdAt' | 'updatedAt' | 'excerpt' | 'wordCount'>;

export class Vault {
  readonly id: string;
  readonly records: RecordStore;
  private readonly fs: FsPort;
  private readonly p: VaultPaths;
  private readonly ring: KeyRing;
  private readonly index: EntryIndex;
  private readonly store: EntryStore;
  private readonly queue = new KeyedQueue();
  private readonly maxEntryBytes: number;

  private constructor(
    readonly dir: string,
    header: VaultHeader,
    dataKey: Buffer,
    private unlockedBy: UnlockedBy,
    private readonly opts: VaultOptions,
  ) {
    this.id = header.vaultId;
    this.fs = opts.fs ?? nodeFs;
    this.p = paths(dir);
    this.ring = new KeyRing(dataKey);
    this.maxEntryBytes = opts.maxEntryBytes ?? DEFAULT_MAX_ENTRY_BYTES;
    this.index = new EntryIndex(this.fs, this.p, this.ring, this.id);
    this.store = new EntryStore(this.fs, this.p, this.ring, this.id, {
      maxEntryBytes: this.maxEntryBytes,
      maxRevisions: opts.maxRevisions ?? DEFAULT_MAX_REVISIONS,
    });
    this.records = new VaultRecords(this.fs, this.p, this.ring, this.id, this.maxEntryBytes, (d) => this.index.markDamaged(d));
  }

  // ── Opening ────────────────────────────────────────────────────────────────────────────

  static probe(dir: string, opts: VaultOptions = {}): Promise<ProbeResult> {
    return probeFolder(opts.fs ?? nodeFs, dir);
  }

  static async readId(dir: string, opts: VaultOptions = {}): Promise<string> {
    return (await readHeader(opts.fs ?? nodeFs, dir)).vaultId;
  }

  static async create(dir: string, passphrase: string, opts: VaultOptions = {}): Promise<{ vault: Vault; recoveryKey: string }> {
    requireStrong(passphrase);
    const fs = opts.fs ?? nodeFs;
    const p = paths(dir);
    const params = opts.kdf ? scryptParams(opts.kdf) : DEFAULT_SCRYPT;
    if (!isSaneScrypt(params)) throw new AppError('INVALID_INPUT', 'Those key-derivation settings are out of range.');
    const state = await probeFolder(fs, dir);
    if (state === 'vault') throw new AppError('VAULT_EXISTS', `There is already a vault in ${dir}. Open it instead.`);
    if (state === 'not-a-vault') throw new AppError('INVALID_INPUT', `${dir} already holds other files. Choose an empty or new folder for the vault.`);

    const vaultId = newVaultId();
    const dataKey = randomBytes(32);
    const recovery = generateRecoveryKey();
    try {
      const byPassphrase = await wrapWithPassphrase(dataKey, vaultId, passphrase, params);
      const byRecovery = wrapWithRecoveryKey(dataKey, vaultId, recovery);
      const header: VaultHeader = {
        format: HEADER_FORMAT,
        version: HEADER_VERSION,
        vaultId,
        createdAt: new Date().toISOString(),
        kdf: byPassphrase.kdf,
        recovery: byRecovery.recovery,
        wrappedKeys: { passphrase: byPassphrase.wrapped, recovery: byRecovery.wrapped },
        keyCheck: makeKeyCheck(dataKey, vaultId),
      };
      await fs.mkdir(dir).catch((err: unknown) => {
        throw fsError(err, 'create the vault folder', dir);
      });
      // The header goes first, so a failure part-way never leaves a folder that looks foreign.
      // It is never replaced: two people creating at once cannot overwrite each other's vault.
      if ((await atomicCreate(fs, p.header, serializeHeader(header), 'create the vault')) !== 'written') {
        throw new AppError('VAULT_EXISTS', `There is already a vault in ${dir}. Open it instead.`);
      }
      await fs.mkdir(p.entries).catch((err: unknown) => {
        throw fsError(err, 'create the vault folder', p.entries);
      });
      const vault = new Vault(dir, header, Buffer.from(dataKey), 'passphrase', opts);
      return { vault, recoveryKey: formatRecoveryKey(recovery) };
    } finally {
      zero(dataKey, recovery);
    }
  }

  static async unlock(dir: string, passphrase: string, opts: VaultOptions = {}): Promise<Vault> {
    const header = await readHeader(opts.fs ?? nodeFs, dir);
    return Vault.open(dir, header, await unwrapWithPassphrase(header, passphrase), 'passphrase', opts);
  }

  static async unlockWithRecoveryKey(dir: string, recoveryKey: string, opts: VaultOptions = {}): Promise<Vault> {
    const key = parseRecoveryKey(recoveryKey);
    if (!key) throw new AppError('WRONG_RECOVERY_KEY', 'That is not a complete recovery key. Check each group of characters for typos.');
    try {
      const header = await readHeader(opts.fs ?? nodeFs, dir);
      return await Vault.open(dir, header, unwrapWithRecoveryKey(header, key), 'recovery', opts);
    } finally {
      zero(key);
    }
  }

  /** The caller still owns (and should zero) `key`; the vault keeps its own copy. */
  static async unlockWithDeviceKey(dir: string, key: Buffer, opts: VaultOptions = {}): Promise<Vault> {
    const header = await readHeader(opts.fs ?? nodeFs, dir);
    if (key.length !== 32 || !keyCheckPasses(header, key)) {
      // The UI already treats this code as "this device does not remember the journal: use your passphrase".
      throw new AppError('SAFE_STORAGE_UNAVAILABLE', 'The key remembered on this device no longer opens this vault. Use your passphrase.');
    }
    return Vault.open(dir, header, Buffer.from(key), 'device', opts);
  }

  private static async open(dir: string, header: VaultHeader, dataKey: Buffer, by: UnlockedBy, opts: VaultOptions): Promise<Vault> {
    const vault = new Vault(dir, header, dataKey, by, opts);
    try {
      const fs = opts.fs ?? nodeFs;
      await fs.mkdir(vault.p.entries).catch(() => undefined);
      const recordKinds = (await fs.readdir(vault.p.recordsRoot).catch(() => [] as string[])).map((k) => vault.p.records(k));
      await removeStaleTemps(fs, [dir, vault.p.entries, ...recordKinds], opts.staleTempMs ?? STALE_TEMP_MS);
      await vault.sync();
      return vault;
    } catch (err) {
      vault.lock();
      throw err;
    }
  }

  // ── Keys ───────────────────────────────────────────────────────────────────────────────

  get isLocked(): boolean {
    return this.ring.locked;
  }

  /** For "remember on this device": the raw data key, which the Electron glue wraps with safeStorage. */
  exportDeviceKey(): Buffer {
    return Buffer.from(this.ring.get());
  }

  /** Re-wraps the data key only; no entry file is touched. */
  async changePassphrase(current: string, next: string): Promise<void> {
    this.ring.get();
    requireStrong(next);
    const header = await readHeader(this.fs, this.dir);
    const key = await unwrapWithPassphrase(header, current);
    let same: boolean;
    try {
      same = key.equals(this.ring.get());
    } finally {
      zero(key);
    }
    if (!same) throw new AppError('VAULT_DAMAGED', 'The vault folder was replaced while it was open. Lock and open it again.');
    await this.rewrapPassphrase(header, next);
  }

  /** After unlocking with the recovery key, choose a new passphrase without knowing the old one. */
  async setPassphrase(next: string): Promise<void> {
    this.ring.get();
    if (this.unlockedBy !== 'recovery') {
      throw new AppError('INVALID_INPUT', 'To change your passphrase, enter the current one (or unlock with your recovery key).');
    }
    requireStrong(next);
    await this.rewrapPassphrase(await readHeader(this.fs, this.dir), next);
    this.unlockedBy = 'passphrase';
  }

  /** Replaces the recovery key (the old one stops working) and returns the new one, to show once. */
  async rotateRecoveryKey(): Promise<string> {
    const dataKey = Buffer.from(this.ring.get());
    if (this.unlockedBy === 'device') {
      zero(dataKey);
      throw new AppError('INVALID_INPUT', 'Unlock with your passphrase to make a new recovery key.');
    }
    const recovery = generateRecoveryKey();
    try {
      const header = await readHeader(this.fs, this.dir);
      const wrap = wrapWithRecoveryKey(dataKey, this.id, recovery);
      await this.writeHeader({ ...header, recovery: wrap.recovery, wrappedKeys: { ...header.wrappedKeys, recovery: wrap.wrapped } });
      return formatRecoveryKey(recovery);
    } finally {
      zero(dataKey, recovery);
    }
  }

  lock(): void {
    this.ring.drop();
    this.index.clear();
  }

  private async rewrapPassphrase(header: VaultHeader, next: string): Promise<void> {
    // A copy, so a lock() during the slow KDF cannot make us wrap a zeroed key.
    const dataKey = Buffer.from(this.ring.get());
    try {
      const wrap = await wrapWithPassphrase(dataKey, this.id, next, this.kdfForNewWraps(header));
      await this.writeHeader({ ...header, kdf: wrap.kdf, wrappedKeys: { ...header.wrappedKeys, passphrase: wrap.wrapped } });
    } finally {
      zero(dataKey);
    }
  }

  private async writeHeader(header: VaultHeader): Promise<void> {
    await atomicReplace(this.fs, this.p.header, serializeHeader(header), 'save the new passphrase');
  }

  /** Raising DEFAULT_SCRYPT upgrades a vault the next time its passphrase changes. */
  private kdfForNewWraps(header: VaultHeader): ScryptParams {
    if (this.opts.kdf) return scryptParams(this.opts.kdf);
    const { N, r, p } = header.kdf;
    return N * r * p >= DEFAULT_SCRYPT.N * DEFAULT_SCRYPT.r * DEFAULT_SCRYPT.p ? scryptParams({ N, r, p }) : DEFAULT_SCRYPT;
  }

  // ── Entries ────────────────────────────────────────────────────────────────────────────

  /** From memory; call refresh() to pick up files written by another device or instance. */
  listEntries(opts: { trashed?: boolean } = {}): EntryMeta[] {
    this.ring.get();
    return this.index.list(opts.trashed ?? false);
  }

  async refresh(): Promise<void> {
    this.ring.get();
    await this.sync();
  }

  damaged(): DamagedEntry[] {
    this.ring.get();
    return this.index.damaged();
  }

  /** Always reads the newest file on disk, so a save from another device is seen here. */
  async getEntry(id: string): Promise<Entry> {
    checkId(id);
    return this.readCurrent(id);
  }

  async createEntry(draft: EntryDraft): Promise<Entry> {
    this.ring.get();
    const parsed = EntryDraft.safeParse(draft);
    if (!parsed.success) throw invalid(parsed.error.message);
    return this.writeNew({ ...parsed.data, trashedAt: null, conflictOf: null });
  }

  /**
   * Saves `patch` on top of `baseRevision`. If that is no longer the newest revision (another
   * device saved first), nothing is overwritten: the caller's version is saved as a conflict copy.
   */
  async updateEntry(id: string, baseRevision: number, patch: EntryPatch): Promise<{ entry: Entry; conflict: boolean }> {
    checkId(id);
    const parsed = EntryPatch.safeParse(patch);
    if (!parsed.success) throw invalid(parsed.error.message);
    if (!Number.isInteger(baseRevision) || baseRevision < 0) throw invalid('baseRevision must be a whole number.');
    const { content, text } = parsed.data;
    return this.queue.run(id, async () => {
      const known = this.index.meta(id);
      let fastBase: Entry | undefined;
      if (known?.revision === baseRevision && content !== undefined && text !== undefined) {
        // The patch replaces the whole body and we hold the base's summary, so nothing needs reading;
        // that the base is still current is checked while the new file is written.
        fastBase = { ...known, content, text };
        const next = this.successor(fastBase, applyPatch(fastBase, parsed.data));
        if (await this.commit(fastBase, next, this.store.isCurrent(id, baseRevision))) return { entry: next, conflict: false };
      } else {
        const current = await this.readCurrent(id);
        if (current.revision === baseRevision) {
          const next = this.successor(current, applyPatch(current, parsed.data));
          if (await this.commit(current, next)) return { entry: next, conflict: false };
        }
      }
      // Someone else saved first: keep this version beside theirs, built on what the writer started from.
      const base = (await this.store.readRevision(id, baseRevision).catch(() => undefined)) ?? fastBase ?? (await this.readCurrent(id));
      const copy = await this.writeNew(conflictCopy(applyPatch(base, parsed.data), id));
      return { entry: copy, conflict: true };
    });
  }

  /** Trashing is itself a revision, so another device sees it and it can be undone. */
  async trashEntry(id: string): Promise<void> {
    const now = new Date().toISOString();
    await this.change(id, (e) => (e.trashedAt ? undefined : { ...e, trashedAt: now }));
  }

  async restoreEntry(id: string): Promise<void> {
    await this.change(id, (e) => (e.trashedAt ? { ...e, trashedAt: null } : undefined));
  }

  /** Deletes an entry and all its revisions for good. It must be in the trash (or damaged) first. */
  async purgeEntry(id: string): Promise<void> {
    checkId(id);
    await this.queue.run(id, async () => {
      try {
        const current = await this.readCurrent(id);
        if (!current.trashedAt) throw invalid('Move the entry to the trash before deleting it for good.');
      } catch (err) {
        if (!(err instanceof EntryDamagedError)) throw err;
      }
      await this.store.purge(id);
      this.index.remove(id);
      await this.sync();
    });
  }

  // ── Revisions ──────────────────────────────────────────────────────────────────────────

  /** Earlier revisions still kept, newest first; damaged ones are left out and reported in damaged(). */
  async listRevisions(id: string): Promise<RevisionInfo[]> {
    checkId(id);
    const current = await this.store.currentRevision(id, this.index.revisionOf(id));
    if (current === undefined) throw new AppError('ENTRY_NOT_FOUND', 'This entry no longer exists.');
    const out: RevisionInfo[] = [];
    for (const revision of await this.store.revisionNumbers(id, current)) {
      try {
        const e = await this.readGuarded(() => this.store.readRevision(id, revision));
        out.push({ revision, updatedAt: e.updatedAt, title: e.title, wordCount: e.wordCount });
      } catch (err) {
        if (!(err instanceof EntryDamagedError)) throw err;
      }
    }
    return out;
  }

  getRevision(id: string, revision: number): Promise<Entry> {
    checkId(id);
    return this.readGuarded(() => this.store.readRevision(id, revision));
  }

  /** Makes an earlier revision's words the newest revision; the revisions in between are kept. */
  async restoreRevision(id: string, revision: number): Promise<Entry> {
    const old = await this.getRevision(id, revision);
    const { date, title, templateId, tags, content, text } = old;
    return this.change(id, (e) => ({ ...e, date, title, templateId, tags, content, text }), old);
  }

  // ── Internals ──────────────────────────────────────────────────────────────────────────

  /** Re-reads the folder, and moves aside superseded files a crash left in entries/. */
  private async sync(): Promise<void> {
    const stranded = await this.index.sync();
    for (const { id, revision } of stranded) await this.store.archive(id, revision).catch(() => undefined);
  }

  private readCurrent(id: string): Promise<Entry> {
    return this.readGuarded(async () => {
      const entry = await this.store.readCurrent(id, this.index.revisionOf(id));
      const { content: _content, text: _text, ...meta } = entry;
      this.index.put(meta);
      return entry;
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
    return this.queue.run(id, async () => {
      for (let attempt = 0; attempt < 3; attempt++) {
        const current = await this.currentOr(id, standIn);
        const edited = edit(current);
        if (!edited) return current;
        const next = this.successor(current, edited);
        if (await this.commit(current, next)) return next;
      }
      throw new AppError('CONFLICT', 'This entry kept changing on another device. Try again.');
    });
  }

  private successor(current: Entry, edited: Entry): Entry {
    return this.withStats({
      ...edited,
      id: current.id,
      createdAt: current.createdAt,
      conflictOf: current.conflictOf,
      revision: current.revision + 1,
      updatedAt: new Date().toISOString(),
    });
  }

  /** False if another writer saved `next.revision` first; the caller then keeps a conflict copy. */
  private async commit(previous: Entry, next: Entry, precondition?: Promise<boolean>): Promise<boolean> {
    const encoded = encodeEntryFile(this.ring.get(), this.id, next, this.maxEntryBytes);
    if ((await this.store.write(next, encoded, precondition)) !== 'written') return false;
    this.index.put(metaOf(next));
    // The save is already durable; failing to move the old file aside only leaves it where it was.
    await this.store.archive(next.id, previous.revision).catch(() => undefined);
    return true;
  }

  private async writeNew(fields: EntryFields): Promise<Entry> {
    const now = new Date().toISOString();
    for (let attempt = 0; attempt < 3; attempt++) {
      const entry = this.withStats({ ...fields, id: newEntryId(), revision: 1, createdAt: now, updatedAt: now });
      const encoded = encodeEntryFile(this.ring.get(), this.id, entry, this.maxEntryBytes);
      if ((await this.store.write(entry, encoded)) === 'written') {
        this.index.put(metaOf(entry));
        return entry;
      }
    }
    throw new AppError('INTERNAL', 'Could not choose a new entry id.');
  }

  private withStats(e: Omit<Entry, 'excerpt' | 'wordCount'>): Entry {
    return { ...e, excerpt: excerpt(e.text), wordCount: countWords(e.text) };
  }
}

function metaOf(entry: Entry): EntryMeta {
  const { content: _content, text: _text, ...meta } = entry;
  return meta;
}

function requireStrong(passphrase: string): void {
  const s = passphraseStrength(passphrase);
  if (!s.acceptable) throw new AppError('WEAK_PASSPHRASE', `That passphrase is too easy to guess (${s.label}). ${s.hints.join(' ')}`.trim());
}

function checkId(id: string): void {
  if (!EntryId.safeParse(id).success) throw invalid('That is not an entry id.');
}

function invalid(message: string): AppError {
  return new AppError('INVALID_INPUT', message);
}
