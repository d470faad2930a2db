import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseHeader, serializeHeader, type VaultHeader } from '../../../src/main/core/vault/header';
import { sampleHeader } from './fixtures/sample-header';

const b64 = () => randomBytes(16).toString('base64');
const header: VaultHeader = sampleHeader(2 ** 17);

type Raw = Record<string, unknown> & { kdf: Record<string, unknown>; wrappedKeys: Record<string, unknown> };
const edit = (mutate: (h: Raw) => void) => {
  const raw = JSON.parse(serializeHeader(header).toString());
  mutate(raw);
  return Buffer.from(JSON.stringify(raw));
};

describe('vault header', () => {
  it('round-trips as readable JSON with a check', () => {
    const bytes = serializeHeader(header);
    const raw = JSON.parse(bytes.toString());
    expect(raw).toMatchObject({ format: 'landscape-vault', version: 1, kdf: { name: 'scrypt', N: 131072 } });
    expect(raw.check).toMatch(/^[0-9a-f]{64}$/);
    expect(parseHeader(bytes)).toEqual(header);
  });

  it('does not depend on the order of fields in the file', () => {
    const raw = JSON.parse(serializeHeader(header).toString());
    const reordered = Object.fromEntries(Object.entries(raw).reverse());
    expect(parseHeader(Buffer.from(JSON.stringify(reordered)))).toEqual(header);
  });

  it('calls a cut-short header damaged', () => {
    const bytes = serializeHeader(header);
    expect(() => parseHeader(bytes.subarray(0, bytes.length - 40))).toThrow(
      expect.objectContaining({ code: 'VAULT_DAMAGED' }),
    );
    expect(() => parseHeader(Buffer.alloc(0))).toThrow(expect.objectContaining({ code: 'VAULT_DAMAGED' }));
  });

  it('calls an altered value damaged rather than a wrong passphrase', () => {
    const altered = edit((h) => (h.wrappedKeys.passphrase = b64()));
    expect(() => parseHeader(altered)).toThrow(
      expect.objectContaining({ code: 'VAULT_DAMAGED', message: expect.stringMatching(/altered/) }),
    );
    expect(() => parseHeader(edit((h) => (h.kdf.N = 2 ** 16)))).toThrow(
      expect.objectContaining({ code: 'VAULT_DAMAGED' }),
    );
  });

  it('says UNSUPPORTED_VERSION for a newer format, even with fields it does not know', () => {
    const newer = edit((h) => {
      h.version = 2;
      h.shinyNewThing = { x: 1 };
    });
    expect(() => parseHeader(newer)).toThrow(expect.objectContaining({ code: 'UNSUPPORTED_VERSION' }));
  });

  it('rejects missing fields, wrong formats and insane KDF settings', () => {
    expect(() => parseHeader(edit((h) => delete h.keyCheck))).toThrow(
      expect.objectContaining({ code: 'VAULT_DAMAGED' }),
    );
    expect(() => parseHeader(edit((h) => (h.format = 'something-else')))).toThrow(
      expect.objectContaining({ code: 'VAULT_DAMAGED' }),
    );
    expect(() => parseHeader(edit((h) => (h.version = 0)))).toThrow(expect.objectContaining({ code: 'VAULT_DAMAGED' }));
    // A header with a recomputed check but a memory-exhausting cost is still refused.
    const greedy: VaultHeader = { ...header, kdf: { ...header.kdf, N: 2 ** 30, maxmem: 2 ** 31 } };
    expect(() => parseHeader(serializeHeader(greedy))).toThrow(expect.objectContaining({ code: 'VAULT_DAMAGED' }));
  });
});
