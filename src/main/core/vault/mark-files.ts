import { join } from 'node:path';
import { atomicReplace } from '../fs/atomic-write';
import { hasCode, nodeFs, type FsPort } from '../fs/fs-port';
import type { MarkStore } from './high-water';

const VAULT_ID = /^[0-9a-f]{32}$/;
/** A mark is an id and a number per entry: far below this even for a very long journal. */
const MAX_MARK_BYTES = 16 * 1024 * 1024;

/**
 * Marks as files in a folder of the app's own (outside every journal), one per journal. What was
 * last written is also kept in memory, so a lock followed at once by an unlock reads it back.
 */
export function markFiles(dir: string, fs: FsPort = nodeFs): MarkStore {
  const latest = new Map<string, Buffer>();
  const path = (vaultId: string) => {
    if (!VAULT_ID.test(vaultId)) throw new Error('not a vault id');
    return join(dir, `${vaultId}.mark`);
  };
  return {
    async read(vaultId) {
      const known = latest.get(vaultId);
      if (known) return known;
      try {
        return await fs.readFile(path(vaultId), MAX_MARK_BYTES);
      } catch (err) {
        if (hasCode(err, 'ENOENT')) return undefined;
        throw err;
      }
    },
    async write(vaultId, bytes) {
      latest.set(vaultId, bytes);
      await fs.mkdir(dir).catch(() => undefined);
      await atomicReplace(fs, path(vaultId), bytes, 'remember what this device saw of the journal');
    },
  };
}
