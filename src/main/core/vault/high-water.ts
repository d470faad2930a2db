import { createHash } from 'node:crypto';
import { open, seal } from '../crypto/aead';
import { aad } from './aad';
import type { KeyRing } from './key-ring';

/**
 * Where this device keeps what it last saw of each journal: outside the journal's folder, so that
 * whoever can change the folder cannot wind this back too. Writes need not be durable: a mark that
 * lags only misses a setback, never invents one.
 */
export interface MarkStore {
  read(vaultId: string): Promise<Buffer | undefined>;
  write(vaultId: string, bytes: Buffer): Promise<void>;
}

const MARK_VERSION = 1;
/** Saves are marked in memory and written a moment later, off the save's path. */
const WRITE_AFTER_MS = 1000;

/** The purge record's name for an entry id: record names are lower case, entry ids are not. */
export function purgeRecordId(entryId: string): string {
  return createHash('sha256').update(entryId).digest('hex').slice(0, 40);
}

/** Names one version of a key file by its wrapped keys, which change (fresh nonces) with every rewrap. */
export function keyFileId(wrappedKeys: { passphrase: string; recovery: string }): string {
  return createHash('sha256').update(`${wrappedKeys.passphrase}\n${wrappedKeys.recovery}`).digest('hex').slice(0, 32);
}

/**
 * The newest revision this device has seen of each entry, and the key files it replaced, sealed under the data key (AAD kind
 * `mark`), so a mark cannot be forged or moved to another journal. See docs/vault-format.md §13.
 */
export class HighWater {
  private readonly seen = new Map<string, number>();
  /** Key files (keyFileId) this device replaced: seeing one again means an old copy was put back. */
  private readonly replaced = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: MarkStore,
    private readonly ring: KeyRing,
    private readonly vaultId: string,
  ) {}

  /** Reads this device's mark; a missing or unreadable one starts empty (it can only miss, not alarm). */
  async load(): Promise<void> {
    const bytes = await this.store.read(this.vaultId).catch(() => undefined);
    if (!bytes) return;
    let plain: Buffer | undefined;
    for (const key of this.ring.readKeys()) plain ??= open(key, bytes, aad(this.vaultId, 'mark', MARK_VERSION));
    if (!plain) return;
    try {
      const parsed = JSON.parse(plain.toString('utf8')) as { entries?: unknown; replaced?: unknown } | null;
      const entries = typeof parsed?.entries === 'object' && parsed.entries !== null ? parsed.entries : {};
      for (const [id, revision] of Object.entries(entries as Record<string, unknown>))
        if (Number.isSafeInteger(revision) && (revision as number) > 0) this.seen.set(id, revision as number);
      if (Array.isArray(parsed?.replaced))
        for (const id of parsed.replaced) if (typeof id === 'string') this.replaced.add(id);
    } finally {
      plain.fill(0);
    }
  }

  /** Every entry this device has seen, with the newest revision it saw. */
  marked(): ReadonlyMap<string, number> {
    return this.seen;
  }

  saw(id: string, revision: number): void {
    if ((this.seen.get(id) ?? 0) >= revision) return;
    this.seen.set(id, revision);
    this.later();
  }

  /** The writer accepted where the entry now stands (or that it is gone, with `revision` undefined). */
  settle(id: string, revision: number | undefined): void {
    if (revision === undefined) this.seen.delete(id);
    else this.seen.set(id, revision);
    this.later();
  }

  forget(id: string): void {
    if (this.seen.delete(id)) this.later();
  }

  hasReplaced(keyFile: string): boolean {
    return this.replaced.has(keyFile);
  }

  /** This device replaced `keyFile` (a passphrase or recovery-key change), or the writer accepted it back. */
  setReplaced(keyFile: string, replaced: boolean): void {
    if (replaced) this.replaced.add(keyFile);
    else this.replaced.delete(keyFile);
    this.later();
  }

  /** Seals now (the key may be dropped next) and writes without waiting; on lock. */
  flush(): Promise<void> {
    if (this.timer === undefined) return this.writing;
    clearTimeout(this.timer);
    this.timer = undefined;
    const mark = { entries: Object.fromEntries(this.seen), replaced: [...this.replaced] };
    const plain = Buffer.from(JSON.stringify(mark), 'utf8');
    const box = seal(this.ring.get(), plain, aad(this.vaultId, 'mark', MARK_VERSION));
    plain.fill(0);
    const write = () => this.store.write(this.vaultId, box).catch(() => undefined);
    this.writing = this.writing.then(write, write);
    return this.writing;
  }

  private later(): void {
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      if (!this.ring.locked) void this.flush();
    }, WRITE_AFTER_MS);
    this.timer.unref?.();
  }
}
