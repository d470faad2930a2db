import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Entry } from '@shared/entry';
import { seal } from '../../../src/main/core/crypto/aead';
import { aad } from '../../../src/main/core/vault/aad';
import {
  decodeEntryFile,
  decodeEntryMeta,
  encodeEntryFile,
  maxEntryFileBytes,
  metaSectionLength,
} from '../../../src/main/core/vault/entry-file';
import { lexical } from './fixtures/samples';

const key = randomBytes(32);
const VAULT = '29d3dcc48e6e7dd084280d344198bdbf';
const MIB = 1024 * 1024;

const entry: Entry = {
  id: 'kgcjeyoxzh7bhpd7oh77h4vwjt',
  revision: 3,
  createdAt: '2026-11-20T09:00:00.000Z',
  updatedAt: '2026-11-21T09:00:00.000Z',
  date: '2026-11-20',
  title: 'Board meeting',
  templateId: null,
  tags: { worlds: [], people: [], free: [] },
  trashedAt: null,
  conflictOf: null,
  excerpt: 'Words.',
  wordCount: 1,
  content: lexical('Words.'),
  text: 'Words.',
};

/** The plaintext bytes encodeEntryFile measures against the limit. */
function plainSize(e: Entry): number {
  const { content, text, ...meta } = e;
  return Buffer.byteLength(JSON.stringify(meta)) + Buffer.byteLength(JSON.stringify({ content, text }));
}

/** A version-3 file whose boxes hold exactly the plaintexts given. */
function handMade(metaPlain: string, bodyPlain: string, id = entry.id, revision = entry.revision): Buffer {
  const fileId = randomBytes(16).toString('hex');
  const metaBox = seal(key, Buffer.from(metaPlain), aad(VAULT, 'entry-meta', id, revision, fileId));
  const bodyBox = seal(key, Buffer.from(bodyPlain), aad(VAULT, 'entry-body', id, revision, fileId));
  const head = Buffer.alloc(29);
  head.write('LSVE', 0, 'ascii');
  head[4] = 3;
  head.writeUInt32BE(metaBox.length, 5);
  head.writeUInt32BE(bodyBox.length, 9);
  head.write(fileId, 13, 'hex');
  return Buffer.concat([head, metaBox, bodyBox]);
}

const { content, text, ...meta } = entry;

describe('entry files at their edges', () => {
  it('saves an entry of exactly the limit and refuses one byte more, saying the sizes in MiB', () => {
    const size = plainSize(entry);
    expect(encodeEntryFile(key, VAULT, entry, size).length).toBeGreaterThan(size);
    let err: unknown;
    try {
      encodeEntryFile(key, VAULT, entry, size - 1);
    } catch (e) {
      err = e;
    }
    expect(err).toMatchObject({ code: 'ENTRY_TOO_LARGE' });
    const big = { ...entry, text: 'x'.repeat(3 * MIB) };
    expect(() => encodeEntryFile(key, VAULT, big, 2 * MIB)).toThrow(
      'This entry is too long to save: it would take 3 MiB, and an entry can take at most 2 MiB. ' +
        'Its words are kept twice (formatted, and as plain text for search), so that is about 1 MiB of writing. ' +
        'Split it into smaller entries; the last saved version is unchanged.',
    );
    const odd = { ...entry, text: 'x'.repeat(Math.round(2.5 * MIB)) };
    expect(() => encodeEntryFile(key, VAULT, odd, 2 * MIB)).toThrow(/it would take 2\.5 MiB/);
  });

  it('lets a reader accept the limit plus 2 MiB for boxes and a spare file’s padding', () => {
    expect(maxEntryFileBytes(8 * MIB)).toBe(10 * MIB);
    expect(maxEntryFileBytes(0)).toBe(2 * MIB);
  });

  it('finds no meta section in what is not an entry file, or in a head cut short', () => {
    const bytes = encodeEntryFile(key, VAULT, entry, MIB);
    expect(metaSectionLength(bytes.subarray(0, 29))).toBe(29 + bytes.readUInt32BE(5));
    expect(metaSectionLength(bytes.subarray(0, 28))).toBeUndefined();
    expect(metaSectionLength(Buffer.concat([Buffer.from('LSVX'), bytes.subarray(4)]))).toBeUndefined();
    expect(metaSectionLength(Buffer.from('LSVE'))).toBeUndefined();
    expect(metaSectionLength(Buffer.alloc(0))).toBeUndefined();
  });

  it('reads the summary alone from the meta section, and says why one does not read', () => {
    const bytes = encodeEntryFile(key, VAULT, entry, MIB);
    const head = bytes.subarray(0, metaSectionLength(bytes));
    expect(decodeEntryMeta(key, VAULT, entry.id, entry.revision, head)).toEqual({ ok: true, value: meta });
    expect(decodeEntryMeta(key, VAULT, entry.id, entry.revision, head.subarray(0, head.length - 1))).toEqual({
      ok: false,
      reason: 'file is cut short',
    });
    expect(decodeEntryMeta(key, VAULT, entry.id, entry.revision, Buffer.from('not an entry'))).toEqual({
      ok: false,
      reason: 'not an entry file (bad magic or version)',
    });
    expect(decodeEntryMeta(randomBytes(32), VAULT, entry.id, entry.revision, head)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^summary does not decrypt/),
    });
  });

  it('refuses a summary that names another entry or revision, or is not an entry at all', () => {
    const bind = (m: object) => handMade(JSON.stringify(m), JSON.stringify({ content, text }));
    const reason = (bytes: Buffer) => decodeEntryFile(key, VAULT, entry.id, entry.revision, bytes);
    expect(reason(bind({ ...meta, id: 'anotherentryid0000000000aa' }))).toEqual({
      ok: false,
      reason: 'summary names another entry or revision',
    });
    expect(reason(bind({ ...meta, revision: 4 }))).toEqual({
      ok: false,
      reason: 'summary names another entry or revision',
    });
    expect(reason(bind({ ...meta, title: 7 }))).toEqual({ ok: false, reason: 'summary is not a valid entry' });
    expect(reason(handMade('{not json', JSON.stringify({ content, text })))).toEqual({
      ok: false,
      reason: 'summary is not a valid entry',
    });
    expect(reason(bind(meta))).toEqual({ ok: true, value: entry });
  });

  it('refuses content that is not JSON, lacks its text, or is not Lexical', () => {
    const withBody = (body: string) =>
      decodeEntryFile(key, VAULT, entry.id, entry.revision, handMade(JSON.stringify(meta), body));
    for (const body of ['{cut', JSON.stringify({ content }), JSON.stringify({ content: { root: 1 }, text })])
      expect(withBody(body)).toEqual({ ok: false, reason: 'content is not valid' });
    const bytes = encodeEntryFile(key, VAULT, entry, MIB);
    const tampered = Buffer.from(bytes);
    tampered[tampered.length - 1]! ^= 1;
    expect(decodeEntryFile(key, VAULT, entry.id, entry.revision, tampered)).toEqual({
      ok: false,
      reason: 'content does not decrypt (damaged, cut short, or altered)',
    });
  });
});
