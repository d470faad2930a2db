import { randomBytes } from 'node:crypto';
import { AppError } from '@shared/errors';
import { Entry, EntryMeta, LexicalJson } from '@shared/entry';
import { open, seal } from '../crypto/aead';
import { aad } from './aad';

/**
 * One revision of one entry (version 3):
 *   "LSVE" | 0x03 | meta box length (uint32 BE) | body box length (uint32 BE) | file id (16 bytes) | meta box | body box | padding
 * The small meta box comes first so a list can be built from the first few KiB of each file
 * without decrypting whole contents. Padding (zero bytes) is there when a save was written into a
 * file made ahead of time (see fs/spare-file.ts); readers ignore it. Version 2 files (no file id) and
 * version 1 files (no body length either: the body runs to the end of the file) are still read.
 */
const MAGIC = Buffer.from('LSVE', 'ascii');
const FILE_VERSION = 3;
/** Bytes before the meta box, by file version. */
const HEAD_BYTES: Readonly<Record<number, number>> = { 1: 9, 2: 13, 3: 29 };
/**
 * Version 3: 16 random bytes drawn for each file, in both boxes' AAD, so a summary and a body
 * from two files (even of the same vault, entry and revision) never open together.
 */
const FILE_ID_AT = 13;
const FILE_ID_BYTES = 16;

/**
 * The largest entry file a reader accepts: the plaintext limit, the boxes' overhead, and the zero
 * padding a spare file can leave (spares are made only for saves up to 1 MiB, at 1.25 times the size).
 */
export function maxEntryFileBytes(maxEntryBytes: number): number {
  return maxEntryBytes + 2 * 1024 * 1024;
}

/** Enough for the meta box of nearly every entry; bigger ones are read whole. */
export const META_PREFIX_BYTES = 4096;

export type Decoded<T> = { ok: true; value: T } | { ok: false; reason: string };

export function encodeEntryFile(key: Buffer, vaultId: string, entry: Entry, maxBytes: number): Buffer {
  const { content, text, ...meta } = entry;
  const metaPlain = Buffer.from(JSON.stringify(meta), 'utf8');
  const bodyPlain = Buffer.from(JSON.stringify({ content, text }), 'utf8');
  if (metaPlain.length + bodyPlain.length > maxBytes) {
    throw new AppError('ENTRY_TOO_LARGE', tooLargeMessage(metaPlain.length + bodyPlain.length, maxBytes));
  }
  const fileId = randomBytes(FILE_ID_BYTES).toString('hex');
  const metaBox = seal(key, metaPlain, aad(vaultId, 'entry-meta', entry.id, entry.revision, fileId));
  const bodyBox = seal(key, bodyPlain, aad(vaultId, 'entry-body', entry.id, entry.revision, fileId));
  const head = Buffer.alloc(HEAD_BYTES[FILE_VERSION]!);
  MAGIC.copy(head, 0);
  head[4] = FILE_VERSION;
  head.writeUInt32BE(metaBox.length, 5);
  head.writeUInt32BE(bodyBox.length, 9);
  head.write(fileId, FILE_ID_AT, 'hex');
  return Buffer.concat([head, metaBox, bodyBox]);
}

/**
 * States the real limit: the words are stored twice (in the formatted content and as plain text),
 * so an entry of about half the limit in text is already too large.
 */
function tooLargeMessage(size: number, maxBytes: number): string {
  const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MiB`;
  return (
    `This entry is too long to save: it would take ${mib(size)}, and an entry can take at most ${mib(maxBytes)}. ` +
    `Its words are kept twice (formatted, and as plain text for search), so that is about ${mib(maxBytes / 2)} of writing. ` +
    'Split it into smaller entries; the last saved version is unchanged.'
  );
}

interface Sections {
  metaStart: number;
  metaEnd: number;
  /** Where the body box ends; undefined (version 1) means the end of the file. */
  bodyEnd: number | undefined;
  /** AAD parts after the revision: the file's own id from version 3 on, none before. */
  bind: string[];
}

function sections(prefix: Buffer): Sections | undefined {
  const version = prefix[4];
  const headBytes = version === undefined ? undefined : HEAD_BYTES[version];
  if (headBytes === undefined || prefix.length < headBytes || !prefix.subarray(0, 4).equals(MAGIC)) return undefined;
  const metaEnd = headBytes + prefix.readUInt32BE(5);
  const bind = version! >= 3 ? [prefix.toString('hex', FILE_ID_AT, FILE_ID_AT + FILE_ID_BYTES)] : [];
  return {
    metaStart: headBytes,
    metaEnd,
    bodyEnd: version === 1 ? undefined : metaEnd + prefix.readUInt32BE(9),
    bind,
  };
}

/** How many leading bytes hold the meta box, or undefined if this is not an entry file. */
export function metaSectionLength(prefix: Buffer): number | undefined {
  return sections(prefix)?.metaEnd;
}

/** Keys to try, newest first: while the journal is re-encrypted, a file may be under either (key-ring.ts). */
export type KeysToTry = Buffer | readonly Buffer[];

export function decodeEntryMeta(
  keys: KeysToTry,
  vaultId: string,
  id: string,
  revision: number,
  bytes: Buffer,
): Decoded<EntryMeta> {
  const opened = openMeta(keys, vaultId, id, revision, bytes);
  return opened.ok ? { ok: true, value: opened.value.meta } : opened;
}

/** The summary, and the key that opened it: the body is sealed with the same one. */
function openMeta(
  keys: KeysToTry,
  vaultId: string,
  id: string,
  revision: number,
  bytes: Buffer,
): Decoded<{ meta: EntryMeta; key: Buffer }> {
  const at = sections(bytes);
  if (at === undefined) return { ok: false, reason: 'not an entry file (bad magic or version)' };
  if (at.metaEnd > bytes.length) return { ok: false, reason: 'file is cut short' };
  const box = bytes.subarray(at.metaStart, at.metaEnd);
  const metaAad = aad(vaultId, 'entry-meta', id, revision, ...at.bind);
  let key: Buffer | undefined;
  let plain: Buffer | undefined;
  for (const candidate of Buffer.isBuffer(keys) ? [keys] : keys) {
    plain = open(candidate, box, metaAad);
    if (plain) {
      key = candidate;
      break;
    }
  }
  if (!plain || !key)
    return { ok: false, reason: 'summary does not decrypt (damaged, altered, or from another vault or entry)' };
  const meta = EntryMeta.safeParse(parseJson(plain));
  plain.fill(0);
  if (!meta.success) return { ok: false, reason: 'summary is not a valid entry' };
  if (meta.data.id !== id || meta.data.revision !== revision)
    return { ok: false, reason: 'summary names another entry or revision' };
  return { ok: true, value: { meta: meta.data, key } };
}

const Body = Entry.pick({ content: true, text: true });

export function decodeEntryFile(
  keys: KeysToTry,
  vaultId: string,
  id: string,
  revision: number,
  bytes: Buffer,
): Decoded<Entry> {
  const meta = openMeta(keys, vaultId, id, revision, bytes);
  if (!meta.ok) return meta;
  const { key } = meta.value;
  const { metaEnd, bodyEnd = bytes.length, bind } = sections(bytes)!;
  if (bodyEnd > bytes.length) return { ok: false, reason: 'file is cut short' };
  const plain = open(key, bytes.subarray(metaEnd, bodyEnd), aad(vaultId, 'entry-body', id, revision, ...bind));
  if (!plain) return { ok: false, reason: 'content does not decrypt (damaged, cut short, or altered)' };
  const body = Body.safeParse(parseJson(plain));
  plain.fill(0);
  if (!body.success || !LexicalJson.safeParse(body.data.content).success)
    return { ok: false, reason: 'content is not valid' };
  return { ok: true, value: { ...meta.value.meta, content: body.data.content, text: body.data.text } };
}

/** The decrypted bytes are zeroed once parsed (by the caller), so no plaintext copy waits for the collector. */
function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    return undefined;
  }
}
