import { AppError } from '@shared/errors';
import type { DamagedEntry } from '@shared/entry';
import type { RecordStore } from '../record-store';
import { open, seal } from '../crypto/aead';
import { atomicReplace, isTempName } from '../fs/atomic-write';
import { fsError } from '../fs/fs-error';
import { hasCode, type FsPort } from '../fs/fs-port';
import { strayReason } from '../fs/stray';
import { aad } from './aad';
import { KeyedQueue } from './keyed-queue';
import type { KeyRing } from './key-ring';
import { RECORD_EXT, RECORD_NAME_PART, RECORDS_DIR, type VaultPaths } from './layout';

/** "LSVR" | version (1 byte) | box. Records are small, so there is no separate summary. */
const MAGIC = Buffer.from('LSVR', 'ascii');
const FILE_VERSION = 1;
/** Magic, version byte, nonce and tag around the plaintext. */
const RECORD_OVERHEAD = 5 + 12 + 16;

/**
 * Templates, prompts and the like, one encrypted file per record at records/<kind>/<id>.lsr.
 * Last write wins: records are settings-like, not prose, so they keep no revisions.
 */
export class VaultRecords implements RecordStore {
  private readonly queue = new KeyedQueue();

  constructor(
    private readonly fs: FsPort,
    private readonly p: VaultPaths,
    private readonly ring: KeyRing,
    private readonly vaultId: string,
    private readonly maxBytes: number,
    private readonly onDamaged: (d: DamagedEntry) => void,
  ) {}

  async put(kind: string, id: string, value: unknown): Promise<void> {
    checkName(kind, id);
    await this.queue.run(`${kind}/${id}`, () => this.write(kind, id, value));
  }

  private async write(kind: string, id: string, value: unknown): Promise<void> {
    const json = JSON.stringify(value);
    if (json === undefined) throw new AppError('INVALID_INPUT', 'A record must be a JSON value.');
    const plain = Buffer.from(json, 'utf8');
    if (plain.length > this.maxBytes) throw new AppError('ENTRY_TOO_LARGE', 'This item is too large to save.');
    const box = seal(this.ring.get(), plain, aad(this.vaultId, 'record', kind, id));
    const head = Buffer.from([...MAGIC, FILE_VERSION]);
    try {
      await this.fs.mkdir(this.p.records(kind));
    } catch (err) {
      throw fsError(err, 'save the item', this.p.records(kind));
    }
    await atomicReplace(this.fs, this.p.record(kind, id), Buffer.concat([head, box]), 'save the item');
  }

  async get(kind: string, id: string): Promise<unknown | undefined> {
    checkName(kind, id);
    this.ring.get();
    let bytes: Buffer;
    try {
      if (!(await this.isRealDir(kind))) return undefined;
      bytes = await this.fs.readFile(this.p.record(kind, id), this.maxBytes + RECORD_OVERHEAD);
    } catch (err) {
      if (hasCode(err, 'ENOENT') || hasCode(err, 'ENOTDIR')) return undefined;
      const stray = strayReason(err);
      if (stray !== undefined) throw this.damaged(kind, id, stray);
      throw fsError(err, 'read the item', this.p.record(kind, id));
    }
    return this.decode(kind, id, bytes);
  }

  /** Damaged records are left out and reported through the vault's damaged() list. */
  async list(kind: string): Promise<Array<{ id: string; value: unknown }>> {
    checkName(kind, 'x');
    this.ring.get();
    let names: string[];
    try {
      if (!(await this.isRealDir(kind))) return [];
      names = await this.fs.readdir(this.p.records(kind));
    } catch (err) {
      if (hasCode(err, 'ENOENT') || hasCode(err, 'ENOTDIR')) return [];
      throw fsError(err, 'read the vault folder', this.p.records(kind));
    }
    const out: Array<{ id: string; value: unknown }> = [];
    for (const name of names.sort()) {
      if (isTempName(name) || !name.endsWith(RECORD_EXT)) continue;
      const id = name.slice(0, -RECORD_EXT.length);
      if (!RECORD_NAME_PART.test(id)) continue;
      try {
        const value = await this.get(kind, id);
        if (value !== undefined) out.push({ id, value });
      } catch (err) {
        if (!(err instanceof AppError && err.code === 'ENTRY_DAMAGED')) throw err;
      }
    }
    return out;
  }

  async delete(kind: string, id: string): Promise<void> {
    checkName(kind, id);
    this.ring.get();
    try {
      await this.fs.unlink(this.p.record(kind, id));
      await this.fs.syncDir(this.p.records(kind));
    } catch (err) {
      // Not there is done, as get() and list() read it: no file, or no folder for it to be in.
      if (!hasCode(err, 'ENOENT') && !hasCode(err, 'ENOTDIR'))
        throw fsError(err, 'delete the item', this.p.record(kind, id));
    }
  }

  /**
   * Re-encryption (rekey.ts): seals the record again with the ring's newest key, unless it already is.
   * Queued with put() so that a value saved meanwhile is never overwritten by the one read here.
   */
  async reseal(kind: string, id: string): Promise<void> {
    await this.queue.run(`${kind}/${id}`, async () => {
      const bytes = await this.readForReseal(kind, id);
      if (bytes === undefined || this.sealedWith(this.ring.get(), kind, id, bytes)) return;
      await this.write(kind, id, this.decode(kind, id, bytes));
    });
  }

  /** Kinds with a real folder, and the record ids in each: what reseal() is asked to do. */
  async everyRecord(): Promise<Array<{ kind: string; id: string }>> {
    this.ring.get();
    const root = await this.fs.lstat(this.p.recordsRoot).catch(() => undefined);
    if (!root?.isDirectory()) return [];
    const kinds = await this.fs.readdir(this.p.recordsRoot);
    const out: Array<{ kind: string; id: string }> = [];
    for (const kind of kinds.sort()) {
      if (!RECORD_NAME_PART.test(kind) || !(await this.isRealDir(kind))) continue;
      for (const name of (await this.fs.readdir(this.p.records(kind))).sort()) {
        const id = name.endsWith(RECORD_EXT) ? name.slice(0, -RECORD_EXT.length) : '';
        if (!isTempName(name) && RECORD_NAME_PART.test(id)) out.push({ kind, id });
      }
    }
    return out;
  }

  private async readForReseal(kind: string, id: string): Promise<Buffer | undefined> {
    try {
      return await this.fs.readFile(this.p.record(kind, id), this.maxBytes + RECORD_OVERHEAD);
    } catch (err) {
      // Gone, or a stray item: nothing of the writer's to carry over; a list reports the stray.
      if (hasCode(err, 'ENOENT') || strayReason(err) !== undefined) return undefined;
      throw fsError(err, 'read the item', this.p.record(kind, id));
    }
  }

  private sealedWith(key: Buffer, kind: string, id: string, bytes: Buffer): boolean {
    const plain = this.openWith(key, kind, id, bytes);
    plain?.fill(0);
    return plain !== undefined;
  }

  private openWith(key: Buffer, kind: string, id: string, bytes: Buffer): Buffer | undefined {
    return bytes.length > MAGIC.length && bytes.subarray(0, 4).equals(MAGIC) && bytes[4] === FILE_VERSION
      ? open(key, bytes.subarray(5), aad(this.vaultId, 'record', kind, id))
      : undefined;
  }

  private decode(kind: string, id: string, bytes: Buffer): unknown {
    let plain: Buffer | undefined;
    for (const key of this.ring.readKeys()) plain ??= this.openWith(key, kind, id, bytes);
    let value: unknown;
    try {
      value = plain ? JSON.parse(plain.toString('utf8')) : undefined;
    } catch {
      // Not JSON: value stays undefined, which is damage, below.
    } finally {
      plain?.fill(0);
    }
    if (value === undefined)
      throw this.damaged(kind, id, 'does not decrypt (damaged, altered, or copied from elsewhere)');
    return value;
  }

  private damaged(kind: string, id: string, reason: string): AppError {
    const file = `${RECORDS_DIR}/${kind}/${id}${RECORD_EXT}`;
    this.onDamaged({ file, reason });
    return new AppError(
      'ENTRY_DAMAGED',
      `The saved item ${file} is damaged and cannot be opened. Its bytes are kept unchanged.`,
    );
  }

  /**
   * A kind's folder must be a real folder: a link could lead out of the vault. One that is a link
   * or a file is reported once as damaged, and its kind reads as empty.
   */
  private async isRealDir(kind: string): Promise<boolean> {
    try {
      if ((await this.fs.lstat(this.p.records(kind))).isDirectory()) return true;
    } catch (err) {
      // Stryker disable next-line all: equivalent; get() and list() treat ENOENT and ENOTDIR alike when thrown.
      if (hasCode(err, 'ENOENT') || hasCode(err, 'ENOTDIR')) return false;
      throw err;
    }
    this.onDamaged({ file: `${RECORDS_DIR}/${kind}`, reason: 'is not a folder (or is a link to somewhere else)' });
    return false;
  }
}

function checkName(kind: string, id: string): void {
  if (!RECORD_NAME_PART.test(kind) || !RECORD_NAME_PART.test(id)) {
    throw new AppError('INVALID_INPUT', 'Record kinds and ids use only a–z, 0–9, "-" and "_" (up to 64 characters).');
  }
}
