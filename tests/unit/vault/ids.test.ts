import { describe, expect, it } from 'vitest';
import { aad } from '../../../src/main/core/vault/aad';
import { newEntryId, newVaultId } from '../../../src/main/core/vault/ids';
import { parseEntryFileName } from '../../../src/main/core/vault/layout';

describe('ids', () => {
  it('makes entry ids of 26 lower-case base32 characters, using the whole alphabet, that name files', () => {
    const ids = Array.from({ length: 400 }, newEntryId);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z2-7]{26}$/);
      expect(parseEntryFileName(`${id}.1.lse`)?.id).toBe(id);
    }
    expect(new Set(ids).size).toBe(ids.length);
    // 400 × 26 random characters from 32: every one of them turns up.
    expect(new Set(ids.join('')).size).toBe(32);
  });

  it('makes vault ids of 32 hex characters', () => {
    const a = newVaultId();
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(newVaultId()).not.toBe(a);
  });
});

describe('associated data', () => {
  it('is the format tag, vault id, kind and parts, one per line', () => {
    expect(aad('v1', 'entry-meta', 'abc', 3).toString('utf8')).toBe('landscape-vault/1\nv1\nentry-meta\nabc\n3');
    expect(aad('v1', 'header').toString('utf8')).toBe('landscape-vault/1\nv1\nheader');
  });
});
