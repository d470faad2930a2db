import { AppError } from '../../../shared/errors';
import { Entry, EntryMeta, LexicalJson } from '../../../shared/entry';
import { open, seal } from '../crypto/aead';
import { aad } from './aad';

/**
 * One revision of one entry:
 *   "LSVE" | version (1 byte) | meta box length (uint32 BE) | meta box | body box
 * The small meta box comes first so a list can be built from the first few KiB of each file
 * without decrypting whole contents.
 */
const MAGIC = Buffer.from('LSVE', 'ascii');
const FILE_VERSION = 1;
const HEAD_BYTES = 9;

/** Enough for the meta box of nearly every entry; bigger ones are read whole. */
export const META_PREFIX_BYTES = 4096;

export type Decoded<T> = { ok: true; value: T } | { ok: false; reason: string };

export function encodeEntryFile(key: Buffer, vaultId: string, entry: Entry, maxBytes: number): Buffer {
  const { content, text, ...meta } = entry;
  const metaPlain = Buffer.from(JSON.stringify(meta), 'utf8');
  const bodyPlain = Buffer.from(JSON.stringify({ content, text }), 'utf8');
  if (metaPlain.length + bodyPlain.length > maxBytes) {
    const mib = (maxBytes / 1024 / 1024).toFixed(0);
    throw new AppError(
      'ENTRY_TOO_LARGE',
      `This entry is larger than ${mib} MiB and cannot be saved. Split it into smaller entries; the last saved version is unchanged.`,
    );
  }
  const metaBox = seal(key, metaPlain, aad(vaultId, 'entry-meta', entry.id, entry.revision));
  const bodyBox = seal(key, bodyPlain, aad(vaultId, 'entry-body', entry.id, entry.revision));
  const head = Buffer.alloc(HEAD_BYTES);
  MAGIC.copy(head, 0);
  head[4] = FILE_VERSION;
  head.writeUInt32BE(metaBox.length, 5);
  return Buffer.concat([head, metaBox, bodyBox]);
}

/** How many leading bytes hold the meta box, or undefined if this is not an entry file. */
export function metaSectionLength(prefix: Buffer): number | undefined {
  if (prefix.length < HEAD_BYTES || !prefix.subarray(0, 4).equals(MAGIC) || prefix[4] !== FILE_VERSION)
    return undefined;
  return HEAD_BYTES + prefix.readUInt32BE(5);
}

export function decodeEntryMeta(
  key: Buffer,
  vaultId: string,
  id: string,
  revision: number,
  bytes: Buffer,
): Decoded<EntryMeta> {
  const end = metaSectionLength(bytes);
  if (end === undefined) return { ok: false, reason: 'not an entry file (bad magic or version)' };
  if (end > bytes.length) return { ok: false, reason: 'file is cut short' };
  const plain = open(key, bytes.subarray(HEAD_BYTES, end), aad(vaultId, 'entry-meta', id, revision));
  if (!plain)
    return { ok: false, reason: 'summary does not decrypt (damaged, altered, or from another vault or entry)' };
  const meta = EntryMeta.safeParse(parseJson(plain));
  if (!meta.success) return { ok: false, reason: 'summary is not a valid entry' };
  if (meta.data.id !== id || meta.data.revision !== revision)
    return { ok: false, reason: 'summary names another entry or revision' };
  return { ok: true, value: meta.data };
}

const Body = Entry.pick({ content: true, text: true });

export function decodeEntryFile(
  key: Buffer,
  vaultId: string,
  id: string,
  revision: number,
  bytes: Buffer,
): Decoded<Entry> {
  const meta = decodeEntryMeta(key, vaultId, id, revision, bytes);
  if (!meta.ok) return meta;
  const end = metaSectionLength(bytes)!;
  const plain = open(key, bytes.subarray(end), aad(vaultId, 'entry-body', id, revision));
  if (!plain) return { ok: false, reason: 'content does not decrypt (damaged, cut short, or altered)' };
  const body = Body.safeParse(parseJson(plain));
  if (!body.success || !LexicalJson.safeParse(body.data.content).success)
    return { ok: false, reason: 'content is not valid' };
  return { ok: true, value: { ...meta.value, content: body.data.content, text: body.data.text } };
}

function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    return undefined;
  }
}
