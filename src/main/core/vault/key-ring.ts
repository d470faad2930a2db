import { AppError } from '@shared/errors';
import { zero } from '../crypto/zero';

/**
 * Holds the data key while the vault is unlocked. Everything that encrypts asks the ring at the
 * moment it needs the key, so a lock() mid-operation makes the next step fail with VAULT_LOCKED
 * instead of encrypting with a zeroed key.
 *
 * While the journal is being re-encrypted (rekey.ts) the ring holds two keys: new files are sealed
 * with the new one, and files not yet re-encrypted still open with the old one.
 */
export class KeyRing {
  private key: Buffer | undefined;
  private old: Buffer | undefined;

  constructor(key: Buffer) {
    this.key = key;
  }

  get locked(): boolean {
    return this.key === undefined;
  }

  /** Between advance() and retire(): files may be under either key. */
  get moving(): boolean {
    return this.old !== undefined;
  }

  /** The key new files are sealed with. */
  get(): Buffer {
    if (!this.key) throw new AppError('VAULT_LOCKED', 'The journal is locked. Unlock it to go on.');
    return this.key;
  }

  /** Every key a file may be sealed with, newest first. */
  readKeys(): Buffer[] {
    const key = this.get();
    return this.old ? [key, this.old] : [key];
  }

  /** From now on files are sealed with `next`; the current key is kept for reading until retire(). */
  advance(next: Buffer): void {
    this.get();
    zero(this.old);
    this.old = this.key;
    this.key = next;
  }

  /** Every file is under the new key: the old one opens nothing more. */
  retire(): void {
    zero(this.old);
    this.old = undefined;
  }

  drop(): void {
    zero(this.key, this.old);
    this.key = undefined;
    this.old = undefined;
  }
}
