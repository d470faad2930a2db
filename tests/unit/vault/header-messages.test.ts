import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { scryptParams } from '../../../src/main/core/crypto/kdf';
import { parseHeader, serializeHeader, type VaultHeader } from '../../../src/main/core/vault/header';
import { sampleHeader } from './fixtures/sample-header';

const b64 = () => randomBytes(16).toString('base64');
const header: VaultHeader = sampleHeader(2 ** 10);

/** The error parseHeader throws for `bytes`, as code and message. */
function refusal(bytes: Buffer | string): { code: string; message: string } {
  try {
    parseHeader(Buffer.from(bytes));
  } catch (err) {
    const { code, message } = err as { code: string; message: string };
    return { code, message };
  }
  throw new Error('parseHeader accepted it');
}

const damaged = (why: string) => ({
  code: 'VAULT_DAMAGED',
  message: `The vault's key file (landscape-vault.json) ${why}. Restore it from a backup; no entry has been changed.`,
});

const raw = () => JSON.parse(serializeHeader(header).toString()) as Record<string, unknown>;

describe('a header that does not read says why, in words', () => {
  it('is written as two-space JSON ending in a newline', () => {
    const text = serializeHeader(header).toString('utf8');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "format": "landscape-vault",');
    expect(parseHeader(Buffer.from(text))).toEqual(header);
  });

  it('cut short or not JSON', () => {
    expect(refusal(serializeHeader(header).subarray(0, 40))).toEqual(damaged('is damaged or cut short'));
    expect(refusal('')).toEqual(damaged('is damaged or cut short'));
  });

  it.each([
    ['a string', '"landscape-vault"'],
    ['null', 'null'],
    ['a list', '[]'],
    ['another format', JSON.stringify({ ...raw(), format: 'other-app' })],
    ['no format', JSON.stringify({ ...raw(), format: undefined })],
  ])('%s: not a Landscape vault key file', (_what, text) => {
    expect(refusal(text)).toEqual(damaged('is not a Landscape vault key file'));
  });

  it('a newer whole-number version asks for an update; any other odd version is damage', () => {
    expect(refusal(JSON.stringify({ ...raw(), version: 2 }))).toEqual({
      code: 'UNSUPPORTED_VERSION',
      message: 'This vault was made by a newer version of Landscape (format 2). Update Landscape to open it.',
    });
    for (const version of ['2', 1.5, null])
      expect(refusal(JSON.stringify({ ...raw(), version }))).toEqual(
        damaged('is damaged (a field is missing or malformed)'),
      );
  });

  it('a missing field, a check that does not match, and settings Landscape will not use', () => {
    expect(refusal(JSON.stringify({ ...raw(), keyCheck: undefined }))).toEqual(
      damaged('is damaged (a field is missing or malformed)'),
    );
    expect(refusal(JSON.stringify({ ...raw(), createdAt: '2026-01-01T00:00:00.000Z' }))).toEqual(
      damaged('has been altered or damaged'),
    );
    expect(refusal(JSON.stringify({ ...raw(), check: 42 }))).toEqual(damaged('has been altered or damaged'));
    const weak = serializeHeader({ ...header, kdf: { ...scryptParams({ N: 2 ** 9, r: 8, p: 1 }), salt: b64() } });
    expect(refusal(weak)).toEqual(damaged('asks for key-derivation settings Landscape will not use'));
  });
});
