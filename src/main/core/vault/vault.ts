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
 *   vault.reencrypt(current, next, onProgress?) → string · vault.finishReencryption(onProgress?)   (vault-keys.ts)
 *   vault.lock()                                  (zeroes the key, drops caches; later calls throw VAULT_LOCKED)
 *   vault.entries: Entries                        (entries.ts: list · get · create · update · trash · restore ·
 *                                                  purge · revisions · revision · restoreRevision · sync · settled ·
 *                                                  damaged · observe · readBodies · adopt · keepConflictCopy)
 * Every failure is an AppError with a code.
 */
import { randomBytes } from 'node:crypto';
import { AppError } from '@shared/errors';
import type { RecordStore } from '../record-store';
import { DEFAULT_SCRYPT, isSaneScrypt, scryptParams } from '../crypto/kdf';
import { formatRecoveryKey, generateRecoveryKey, parseRecoveryKey } from '../crypto/recovery-key';
import { zero } from '../crypto/zero';
import { atomicCreate, atomicReplace } from '../fs/atomic-write';
import { fsError } from '../fs/fs-error';
import { nodeFs, type FsPort } from '../fs/fs-port';
import { Entries } from './entries';
import { maxEntryFileBytes } from './entry-file';
import { EntryIndex } from './entry-index';
import { EntryStore } from './entry-store';
import type { MarkStore } from './high-water';
import { serializeHeader, type VaultHeader } from './header';
import { newVaultId } from './ids';
import { KeyRing } from './key-ring';
import { keyCheckPasses, newHeader, unwrapKeysWithPassphrase, unwrapWithRecoveryKey } from './key-wraps';
import { paths, type VaultPaths } from './layout';
import { VaultRecords } from './records';
import type { RekeyProgress } from './rekey';
import { SetbackWatch } from './setback-watch';
import { rekeyNeedsPassphrase, requireStrong, VaultKeys, type UnlockedBy } from './vault-keys';
import { adoptSyncConflicts } from './sync-conflicts';
import { removeStaleTemps, STALE_TEMP_MS } from './stale-temps';
import { placeUnplacedSaves } from './unplaced-saves';
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
  /** This device's record of what it last saw (high-water.ts); without one, setbacks are not looked for. */
  marks?: MarkStore;
}

export const DEFAULT_MAX_REVISIONS = 50;
export const DEFAULT_MAX_ENTRY_BYTES = 8 * 1024 * 1024;

export class Vault {
  readonly id: string;
  readonly records: RecordStore;
  private readonly fs: FsPort;
  private readonly p: VaultPaths;
  private readonly ring: KeyRing;
  private readonly index: EntryIndex;
  /** Entry operations (entries.ts): list, get, create, update, trash, restore, purge, revisions, sync. */
  readonly entries: Entries;
  /** Entries gone backwards or missing since this device last looked (setback-watch.ts), with `marks`. */
  readonly setbacks: SetbackWatch | undefined;
  private readonly keys: VaultKeys;
  private readonly maxEntryBytes: number;

  private constructor(
    readonly dir: string,
    header: VaultHeader,
    dataKey: Buffer,
    unlockedBy: UnlockedBy,
    opts: VaultOptions,
  ) {
    this.id = header.vaultId;
    this.fs = opts.fs ?? nodeFs;
    this.p = paths(dir);
    this.ring = new KeyRing(dataKey);
    this.maxEntryBytes = opts.maxEntryBytes ?? DEFAULT_MAX_ENTRY_BYTES;
    const { maxEntryBytes } = this;
    this.index = new EntryIndex(this.fs, this.p, this.ring, this.id, maxEntryFileBytes(maxEntryBytes));
    const store = new EntryStore(this.fs, this.p, this.ring, this.id, {
      maxEntryBytes,
      maxRevisions: opts.maxRevisions ?? DEFAULT_MAX_REVISIONS,
    });
    this.entries = new Entries(this.ring, this.index, store, this.id, maxEntryBytes, (id) =>
      this.setbacks ? this.setbacks.purging(id) : Promise.resolve(),
    );
    const records = new VaultRecords(this.fs, this.p, this.ring, this.id, maxEntryBytes, (d) =>
      this.index.markDamaged(d),
    );
    this.records = records;
    const parts = { fs: this.fs, p: this.p, ring: this.ring, vaultId: this.id, maxEntryBytes, dir };
    this.keys = new VaultKeys({ ...parts, entries: this.entries, records }, unlockedBy, opts.kdf, () => this.setbacks);
    this.setbacks = opts.marks
      ? new SetbackWatch(opts.marks, this.ring, this.id, this.index, store, this.entries, this.records)
      : undefined;
  }

  // ── Opening ────────────────────────────────────────────────────────────────────────────

  static probe(dir: string, opts: VaultOptions = {}): Promise<ProbeResult> {
    return probeFolder(opts.fs ?? nodeFs, dir);
  }

  static async readId(dir: string, opts: VaultOptions = {}): Promise<string> {
    return (await readHeader(opts.fs ?? nodeFs, dir)).vaultId;
  }

  static async create(
    dir: string,
    passphrase: string,
    opts: VaultOptions = {},
  ): Promise<{ vault: Vault; recoveryKey: string }> {
    await requireStrong(passphrase);
    const fs = opts.fs ?? nodeFs;
    const p = paths(dir);
    const params = opts.kdf ? scryptParams(opts.kdf) : DEFAULT_SCRYPT;
    if (!isSaneScrypt(params)) throw new AppError('INVALID_INPUT', 'Those key-derivation settings are out of range.');
    const state = await probeFolder(fs, dir);
    if (state === 'vault')
      throw new AppError('VAULT_EXISTS', `There is already a Landscape journal in ${dir}. Open it instead.`);
    if (state === 'not-a-vault')
      throw new AppError(
        'INVALID_INPUT',
        `${dir} already holds other files. Choose an empty or new folder for the vault.`,
      );

    const dataKey = randomBytes(32);
    const recovery = generateRecoveryKey();
    try {
      const header = await newHeader(newVaultId(), dataKey, recovery, passphrase, params);
      await fs.mkdir(dir).catch((err: unknown) => {
        throw fsError(err, 'create the vault folder', dir);
      });
      // The header goes first, so a failure part-way never leaves a folder that looks foreign.
      // It is never replaced: two people creating at once cannot overwrite each other's vault.
      const bytes = serializeHeader(header);
      if ((await atomicCreate(fs, p.header, bytes, 'create the vault')) !== 'written') {
        throw new AppError('VAULT_EXISTS', `There is already a Landscape journal in ${dir}. Open it instead.`);
      }
      await atomicReplace(fs, p.headerBackup, bytes, 'create the vault');
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
    const { key, next } = await unwrapKeysWithPassphrase(header, passphrase);
    return Vault.open(dir, header, key, 'passphrase', opts, next);
  }

  static async unlockWithRecoveryKey(dir: string, recoveryKey: string, opts: VaultOptions = {}): Promise<Vault> {
    const key = parseRecoveryKey(recoveryKey);
    if (!key)
      throw new AppError(
        'WRONG_RECOVERY_KEY',
        'That is not a complete recovery key. Check each group of characters for typos.',
      );
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
      throw new AppError(
        'SAFE_STORAGE_UNAVAILABLE',
        'The key remembered on this device no longer opens this vault. Use your passphrase.',
      );
    }
    return Vault.open(dir, header, Buffer.from(key), 'device', opts);
  }

  private static async open(
    dir: string,
    header: VaultHeader,
    dataKey: Buffer,
    by: UnlockedBy,
    opts: VaultOptions,
    /** The key a re-encryption under way moves to (§14); only the passphrase gives it. */
    next?: Buffer,
  ): Promise<Vault> {
    if (header.rekey && !next) {
      zero(dataKey);
      throw rekeyNeedsPassphrase(by);
    }
    const vault = new Vault(dir, header, dataKey, by, opts);
    try {
      if (next) vault.ring.advance(next);
      const { fs, p } = vault;
      await fs.mkdir(p.entries).catch(() => undefined);
      const recordKinds = (await fs.readdir(p.recordsRoot).catch(() => [] as string[])).map((k) => p.records(k));
      await placeUnplacedSaves(fs, p, vault.ring.readKeys(), vault.id, vault.maxEntryBytes);
      await removeStaleTemps(fs, [dir, p.entries, ...recordKinds], opts.staleTempMs ?? STALE_TEMP_MS);
      await vault.setbacks?.load(header);
      await vault.entries.sync();
      await vault.adoptSyncConflicts();
      await vault.setbacks?.check();
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
  changePassphrase(current: string, next: string): Promise<void> {
    return this.keys.changePassphrase(current, next);
  }

  /** After unlocking with the recovery key, choose a new passphrase without knowing the old one. */
  setPassphrase(next: string): Promise<void> {
    return this.keys.setPassphrase(next);
  }

  /** Replaces the recovery key (the old one stops working) and returns the new one, to show once. */
  rotateRecoveryKey(): Promise<string> {
    return this.keys.rotateRecoveryKey();
  }

  /** Every file sealed again under a new data key; returns the new recovery key (vault-keys.ts). */
  reencrypt(current: string, next: string, onProgress: (p: RekeyProgress) => void = () => undefined): Promise<string> {
    return this.keys.reencrypt(current, next, onProgress);
  }

  /** Finishes a re-encryption a crash interrupted; nothing to do otherwise. */
  finishReencryption(onProgress: (p: RekeyProgress) => void = () => undefined): Promise<void> {
    return this.keys.settleRekey(onProgress);
  }

  /** A re-encryption was found under way at unlock, and is not finished yet. */
  get reencryptionUnderWay(): boolean {
    return this.ring.moving;
  }

  lock(): void {
    if (!this.ring.locked) void this.setbacks?.flush();
    this.ring.drop();
    this.index.clear();
    this.entries.close();
  }

  /** Picks up files written by another device or instance. */
  async refresh(): Promise<void> {
    if ((await this.keys.followChange()) === 'replaced') {
      this.lock();
      throw new AppError(
        'VAULT_LOCKED',
        'This journal was re-encrypted with a new key on another device. Unlock it again with your passphrase.',
      );
    }
    await this.entries.sync();
    await this.adoptSyncConflicts();
    await this.setbacks?.check();
  }

  /** Copies a sync tool renamed are offered as conflict copies of their entry (sync-conflicts.ts). */
  private async adoptSyncConflicts(): Promise<void> {
    const offered = await adoptSyncConflicts(this.fs, this.p, this.ring, this.id, this.maxEntryBytes, {
      keepConflictCopy: (entry) => this.entries.keepConflictCopy(entry),
      kept: (id, revision) => this.entries.revision(id, revision),
      markDamaged: (d) => this.index.markDamaged(d),
    });
    if (offered > 0) await this.entries.sync();
  }
}
