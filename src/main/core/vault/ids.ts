import { randomBytes } from 'node:crypto';

const LOWER_BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

/**
 * Lower-case only: ids become file names, and macOS and Windows folders ignore case,
 * so two ids must never differ by case alone. 26 characters = 130 random bits.
 */
export function newEntryId(): string {
  const bytes = randomBytes(26);
  let id = '';
  for (const b of bytes) id += LOWER_BASE32[b & 31];
  return id;
}

export function newVaultId(): string {
  return randomBytes(16).toString('hex');
}
