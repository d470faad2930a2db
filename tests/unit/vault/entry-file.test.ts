import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Entry } from '@shared/entry';
import { seal } from '../../../src/main/core/crypto/aead';
import { aad } from '../../../src/main/core/vault/aad';
import { decodeEntryFile, encodeEntryFile, metaSectionLength } from '../../../src/main/core/vault/entry-file';
import { lexical } from './fixtures/samples';

const key = randomBytes(32);
const VAULT = '29d3dcc48e6e7dd084280d344198bdbf';
const MAX = 8 * 1024 * 1024;

const entry: Entry = {
  id: 'kgcjeyoxzh7bhpd7oh77h4vwjt',
  revision: 3,
  createdAt: '2026-11-20T09:00:00.000Z',
  updatedAt: '2026-11-21T09:00:00.000Z',
  date: '2026-11-20',
  title: 'Board meeting',
  templateId: null,
  tags: { worlds: ['council'], people: ['Ann'], free: [] },
  trashedAt: null,
  conflictOf: null,
  excerpt: 'We talked past each other.',
  wordCount: 5,
  content: lexical('We talked past each other.'),
  text: 'We talked past each other.',
};

const decode = (bytes: Buffer) => decodeEntryFile(key, VAULT, entry.id, entry.revision, bytes);

/** A version-1 file as the first builds wrote it: no body length, the body runs to the end. */
function versionOne(e: Entry): Buffer {
  const { content, text, ...meta } = e;
  const metaBox = seal(key, Buffer.from(JSON.stringify(meta)), aad(VAULT, 'entry-meta', e.id, e.revision));
  const bodyBox = seal(key, Buffer.from(JSON.stringify({ content, text })), aad(VAULT, 'entry-body', e.id, e.revision));
  const head = Buffer.alloc(9);
  head.write('LSVE', 0, 'ascii');
  head[4] = 1;
  head.writeUInt32BE(metaBox.length, 5);
  return Buffer.concat([head, metaBox, bodyBox]);
}

describe('entry files', () => {
  it('are written as version 2, with both box lengths, and read back whole', () => {
    const bytes = encodeEntryFile(key, VAULT, entry, MAX);
    expect(bytes.subarray(0, 5)).toEqual(Buffer.from([...Buffer.from('LSVE'), 2]));
    const metaLength = bytes.readUInt32BE(5);
    expect(13 + metaLength + bytes.readUInt32BE(9)).toBe(bytes.length);
    expect(metaSectionLength(bytes)).toBe(13 + metaLength);
    expect(decode(bytes)).toEqual({ ok: true, value: entry });
  });

  it('read the same with zero padding after the body, as a save into a spare file leaves', () => {
    const bytes = Buffer.concat([encodeEntryFile(key, VAULT, entry, MAX), Buffer.alloc(3000)]);
    expect(decode(bytes)).toEqual({ ok: true, value: entry });
  });

  it('still read version 1, whose body runs to the end of the file', () => {
    expect(decode(versionOne(entry))).toEqual({ ok: true, value: entry });
  });

  it('are damaged, not misread, when cut inside the body or given an unknown version', () => {
    const bytes = encodeEntryFile(key, VAULT, entry, MAX);
    expect(decode(bytes.subarray(0, bytes.length - 1))).toEqual({ ok: false, reason: 'file is cut short' });
    const future = Buffer.from(bytes);
    future[4] = 3;
    expect(decode(future)).toMatchObject({ ok: false, reason: expect.stringMatching(/version/) });
  });
});
