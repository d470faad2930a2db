import type { DamagedEntry, Entry } from '@shared/entry';
import { fsError } from '../fs/fs-error';
import { hasCode, type FsPort } from '../fs/fs-port';
import { ensureRealDir } from '../fs/real-dir';
import { strayReason } from '../fs/stray';
import { decodeEntryFile, maxEntryFileBytes } from './entry-file';
import type { KeyRing } from './key-ring';
import { ENTRIES_DIR, parseEntryFileName, REVISIONS_DIR, type VaultPaths } from './layout';

/**
 * A copy of `<id>.<rev>.lse` that a sync tool renamed because two devices changed it at once:
 * Dropbox "<name> (… conflicted copy …)", Syncthing "<name>.sync-conflict-…", OneDrive
 * "<name>-<device>", Google Drive and iCloud "<name> (1)" or "<name> 2", Nextcloud "_conflict-…",
 * before or after the extension. The id and revision lead the name; anything else follows them.
 */
const RENAMED = /^([A-Za-z0-9_-]{8,64})\.([1-9][0-9]{0,8})(?!\.lse$)([^/\\]*)$/;

export function parseSyncConflictName(name: string): { id: string; revision: number } | undefined {
  if (name.startsWith('.') || parseEntryFileName(name) || !/\.lse\b/i.test(name)) return undefined;
  const m = RENAMED.exec(name);
  if (!m) return undefined;
  // "<id>.<rev>.lse" followed by the tool's suffix, or "<id>.<rev><suffix>.lse".
  const rest = m[3]!;
  if (!rest.toLowerCase().endsWith('.lse') && !rest.toLowerCase().startsWith('.lse')) return undefined;
  return { id: m[1]!, revision: Number(m[2]) };
}

/**
 * Finds sync-conflict copies in entries/, opens each with the same checks as any entry file (its
 * AAD must match the id and revision its name starts with), and offers the words it holds as a
 * conflict copy of its entry, beside the one the sync tool kept. The renamed file is then moved,
 * bytes unchanged, to revisions/<id>/, under a name readers pass over, so it is offered once.
 * One that does not open is reported as damaged and left where it is.
 */
export async function adoptSyncConflicts(
  fs: FsPort,
  p: VaultPaths,
  ring: KeyRing,
  vaultId: string,
  maxEntryBytes: number,
  ops: {
    keepConflictCopy: (entry: Entry) => Promise<unknown>;
    /** The revision the sync tool kept under the canonical name, if any. */
    kept: (id: string, revision: number) => Promise<Entry | undefined>;
    markDamaged: (d: DamagedEntry) => void;
  },
): Promise<number> {
  const names = await fs.readdir(p.entries).catch(() => [] as string[]);
  let offered = 0;
  for (const name of names) {
    const n = parseSyncConflictName(name);
    if (!n) continue;
    const path = `${p.entries}/${name}`;
    const file = `${ENTRIES_DIR}/${name}`;
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(path, maxEntryFileBytes(maxEntryBytes));
    } catch (err) {
      if (hasCode(err, 'ENOENT')) continue;
      const stray = strayReason(err);
      if (stray === undefined) throw fsError(err, 'read an entry', path);
      ops.markDamaged({ file, reason: stray });
      continue;
    }
    const decoded = decodeEntryFile(ring.readKeys(), vaultId, n.id, n.revision, bytes);
    if (!decoded.ok) {
      ops.markDamaged({ file, reason: `sync conflict copy that does not open: ${decoded.reason}` });
      continue;
    }
    // Offered only once it can be moved aside: through a link it would leave the vault.
    const folder = await ensureRealDir(fs, p.revisions(n.id)).catch((err: unknown) => {
      throw fsError(err, 'keep the sync conflict copy', p.revisions(n.id));
    });
    if (!folder) {
      ops.markDamaged({ file: `${REVISIONS_DIR}/${n.id}`, reason: 'is not a folder (or is a link to somewhere else)' });
      continue;
    }
    const kept = await ops.kept(n.id, n.revision).catch(() => undefined);
    if (!sameWords(kept, decoded.value)) {
      await ops.keepConflictCopy(decoded.value);
      offered++;
    }
    await fs.rename(path, `${p.revisions(n.id)}/sync-conflict.${name}`).catch((err: unknown) => {
      if (!hasCode(err, 'ENOENT')) throw fsError(err, 'keep the sync conflict copy', path);
    });
  }
  return offered;
}

function sameWords(a: Entry | undefined, b: Entry): boolean {
  return (
    a !== undefined &&
    a.title === b.title &&
    a.date === b.date &&
    JSON.stringify(a.content) === JSON.stringify(b.content) &&
    JSON.stringify(a.tags) === JSON.stringify(b.tags)
  );
}
