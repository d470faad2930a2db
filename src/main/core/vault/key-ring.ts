import { AppError } from '@shared/errors';
import { zero } from '../crypto/zero';

/**
 * Holds the data key while the vault is unlocked. Everything that encrypts asks the ring at the
 * moment it needs the key, so a lock() mid-operation makes the next step fail with VAULT_LOCKED
 * instead of encrypting with a zeroed key.
 */
export class KeyRing {
  private key: Buffer | undefined;

  constructor(key: Buffer) {
    this.key = key;
  }

  get locked(): boolean {
    return this.key === undefined;
  }

  get(): Buffer {
    if (!this.key) throw new AppError('VAULT_LOCKED', 'The journal is locked. Unlock it to go on.');
    return this.key;
  }

  drop(): void {
    zero(this.key);
    this.key = undefined;
  }
}
