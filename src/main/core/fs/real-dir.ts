import { hasCode, type FsPort } from './fs-port';

/**
 * Makes `dir` if it is missing. False if something else stands there: a file, or a link, through
 * which a file moved in would leave the vault (and with it, its place in the history).
 */
export async function ensureRealDir(fs: FsPort, dir: string): Promise<boolean> {
  const st = await fs.lstat(dir).catch((err: unknown) => {
    if (hasCode(err, 'ENOENT')) return undefined;
    throw err;
  });
  if (st) return st.isDirectory();
  await fs.mkdir(dir);
  return true;
}
