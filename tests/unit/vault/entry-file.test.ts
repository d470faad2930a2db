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

/** A version-2 file: both lengths, no file id, so its boxes are bound only to vault, entry and revision. */
function versionTwo(e: Entry): Buffer {
  const { content, text, ...meta } = e;
  const metaBox = seal(key, Buffer.from(JSON.stringify(meta)), aad(VAULT, 'entry-meta', e.id, e.revision));
  const bodyBox = seal(key, Buffer.from(JSON.stringify({ content, text })), aad(VAULT, 'entry-body', e.id, e.revision));
  const head = Buffer.alloc(13);
  head.write('LSVE', 0, 'ascii');
  head[4] = 2;
  head.writeUInt32BE(metaBox.length, 5);
  head.writeUInt32BE(bodyBox.length, 9);
  return Buffer.concat([head, metaBox, bodyBox]);
}

/** The head, meta box and body box of an entry file of any version. */
function parts(bytes: Buffer): { head: Buffer; meta: Buffer; body: Buffer } {
  const headBytes = { 1: 9, 2: 13, 3: 29 }[bytes[4]!]!;
  const metaEnd = headBytes + bytes.readUInt32BE(5);
  return {
    head: bytes.subarray(0, headBytes),
    meta: bytes.subarray(headBytes, metaEnd),
    body: bytes.subarray(metaEnd),
  };
}

/** One file's head and summary with another's body, the lengths fixed up so only the binding can tell. */
function splice(summaryFrom: Buffer, bodyFrom: Buffer): Buffer {
  const a = parts(summaryFrom);
  const b = parts(bodyFrom);
  const head = Buffer.from(a.head);
  if (head[4]! >= 2) head.writeUInt32BE(b.body.length, 9);
  return Buffer.concat([head, a.meta, b.body]);
}

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
  it('are written as version 3, with both box lengths and a file id, and read back whole', () => {
    const bytes = encodeEntryFile(key, VAULT, entry, MAX);
    expect(bytes.subarray(0, 5)).toEqual(Buffer.from([...Buffer.from('LSVE'), 3]));
    const metaLength = bytes.readUInt32BE(5);
    expect(29 + metaLength + bytes.readUInt32BE(9)).toBe(bytes.length);
    expect(metaSectionLength(bytes)).toBe(29 + metaLength);
    expect(bytes.subarray(13, 29)).not.toEqual(encodeEntryFile(key, VAULT, entry, MAX).subarray(13, 29));
    expect(decode(bytes)).toEqual({ ok: true, value: entry });
  });

  it('read the same with zero padding after the body, as a save into a spare file leaves', () => {
    const bytes = Buffer.concat([encodeEntryFile(key, VAULT, entry, MAX), Buffer.alloc(3000)]);
    expect(decode(bytes)).toEqual({ ok: true, value: entry });
  });

  it('still read version 1, whose body runs to the end of the file, and version 2', () => {
    expect(decode(versionOne(entry))).toEqual({ ok: true, value: entry });
    expect(decode(versionTwo(entry))).toEqual({ ok: true, value: entry });
  });

  describe('a summary and a body from two files of the same vault, entry and revision never combine', () => {
    const other: Entry = {
      ...entry,
      title: 'Another title',
      content: lexical('Other words entirely.'),
      text: 'Other words entirely.',
    };
    const cases: Array<[string, () => [Buffer, Buffer]]> = [
      [
        'two saves of version 3',
        () => [encodeEntryFile(key, VAULT, entry, MAX), encodeEntryFile(key, VAULT, other, MAX)],
      ],
      ['a version-3 summary with a version-2 body', () => [encodeEntryFile(key, VAULT, entry, MAX), versionTwo(other)]],
      ['a version-2 summary with a version-3 body', () => [versionTwo(entry), encodeEntryFile(key, VAULT, other, MAX)]],
      ['a version-1 summary with a version-3 body', () => [versionOne(entry), encodeEntryFile(key, VAULT, other, MAX)]],
      [
        'a version-3 file with its own file id, from the other',
        () => {
          const a = encodeEntryFile(key, VAULT, entry, MAX);
          const b = encodeEntryFile(key, VAULT, other, MAX);
          return [Buffer.concat([a.subarray(0, 13), b.subarray(13, 29), a.subarray(29)]), b];
        },
      ],
    ];
    it.each(cases)('%s: damaged, never one text’s title over another’s words', (_what, make) => {
      const [a, b] = make();
      for (const spliced of [splice(a, b), splice(b, a)]) {
        expect(decode(spliced)).toMatchObject({ ok: false });
      }
    });
  });

  it('are damaged, not misread, when cut inside the body or given an unknown version', () => {
    const bytes = encodeEntryFile(key, VAULT, entry, MAX);
    expect(decode(bytes.subarray(0, bytes.length - 1))).toEqual({ ok: false, reason: 'file is cut short' });
    const future = Buffer.from(bytes);
    future[4] = 4;
    expect(decode(future)).toMatchObject({ ok: false, reason: expect.stringMatching(/version/) });
  });
});
