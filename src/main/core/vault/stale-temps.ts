import { join } from 'node:path';
import { isTempName } from '../fs/atomic-write';
import type { FsPort } from '../fs/fs-port';

/** Old enough that no live writer (here or on a device syncing this folder) can still own it. */
export const STALE_TEMP_MS = 10 * 60 * 1000;

/**
 * Removes temp files left by a crash mid-save. They never hold the only copy of anything: a save
 * is confirmed only after its rename. Young ones are left alone, since another process may be
 * about to rename them. Best effort: a failure here must not stop an unlock.
 */
export async function removeStaleTemps(
  fs: FsPort,
  dirs: string[],
  olderThanMs: number,
  now = Date.now(),
): Promise<number> {
  let removed = 0;
  for (const dir of dirs) {
    const names = await fs.readdir(dir).catch(() => [] as string[]);
    for (const name of names.filter(isTempName)) {
      const path = join(dir, name);
      try {
        const st = await fs.stat(path);
        if (st.isFile() && now - st.mtimeMs >= olderThanMs) {
          await fs.unlink(path);
          removed++;
        }
      } catch {
        // Already gone or not ours to remove; either way nothing to do.
      }
    }
  }
  return removed;
}
