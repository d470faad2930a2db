import { join } from 'node:path';
import { isTempName } from '../fs/atomic-write';
import { hasCode, type FsPort } from '../fs/fs-port';
import { namesInRealDir } from '../fs/real-dir';
import { decodeEntryFile, maxEntryFileBytes, metaSectionLength, type KeysToTry } from './entry-file';
import { newestRevisions, type VaultPaths } from './layout';

interface Spare {
  path: string;
  bytes: Buffer;
  placed: boolean;
}

/**
 * A save into a spare file is reported once the spare is linked into entries/, while that folder's
 * fsync is still under way (docs/vault-format.md §9). A power cut in between can lose the link but
 * not the words: the spare's name and bytes were durable first. This links such a spare into place
 * again; it runs at unlock, before stale temp files are tidied away.
 *
 * A spare names no entry in the clear, so it is tried as the revision after each entry's newest:
 * the only one a lost link can leave out, since an entry's old file moves aside only once its
 * successor's link is durable (entry-store.ts). Spares with nothing to place are left to
 * removeStaleTemps. Returns how many revisions were put back.
 */
export async function placeUnplacedSaves(
  fs: FsPort,
  p: VaultPaths,
  keys: KeysToTry,
  vaultId: string,
  maxEntryBytes: number,
): Promise<number> {
  const spares = await sparesHoldingEntries(fs, p.root, maxEntryFileBytes(maxEntryBytes));
  if (spares.length === 0) return 0;
  // Nothing is linked through an entries/ that is a link: it could lead out of the vault.
  const newest = newestRevisions(await namesInRealDir(fs, p.entries));
  let placed = 0;
  // Two saves in a row can both lose their links: place one, and the next may follow it.
  for (let progress = true; progress;) {
    progress = false;
    for (const spare of spares) {
      if (spare.placed) continue;
      const found = [...newest].find(([id, r]) => decodeEntryFile(keys, vaultId, id, r + 1, spare.bytes).ok);
      if (!found) continue;
      const [id, revision] = [found[0], found[1] + 1];
      await fs.link(spare.path, p.entry(id, revision)).catch((err: unknown) => {
        // Put back already, by another unlock of the same folder.
        if (!hasCode(err, 'EEXIST')) throw err;
      });
      await fs.syncDir(p.entries);
      await fs.unlink(spare.path).catch(() => undefined);
      newest.set(id, revision);
      spare.placed = progress = true;
      placed++;
    }
  }
  return placed;
}

/** Spare files in the vault's folder whose start is an entry file's; an unused one is all zeros. */
async function sparesHoldingEntries(fs: FsPort, root: string, maxBytes: number): Promise<Spare[]> {
  const names = (await fs.readdir(root).catch(() => [] as string[])).filter(
    (name) => name.startsWith('.spare.') && isTempName(name),
  );
  const spares: Spare[] = [];
  for (const name of names) {
    const path = join(root, name);
    const bytes = await fs.readFile(path, maxBytes).catch(() => undefined);
    if (bytes && metaSectionLength(bytes) !== undefined) spares.push({ path, bytes, placed: false });
  }
  return spares;
}
