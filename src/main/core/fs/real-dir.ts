import { fsError } from './fs-error';
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

/** Whether `dir` is a real folder: false if it is missing, a file, or a link. */
export function isRealDir(fs: FsPort, dir: string): Promise<boolean> {
  return fs.lstat(dir).then(
    (st) => st.isDirectory(),
    (err: unknown) => {
      if (hasCode(err, 'ENOENT') || hasCode(err, 'ENOTDIR')) return false;
      throw fsError(err, 'read the vault folder', dir);
    },
  );
}

/** Names in a folder of the vault; a link (which could lead out of the vault) or a file there lists nothing. */
export async function namesInRealDir(fs: FsPort, dir: string): Promise<string[]> {
  try {
    if (!(await isRealDir(fs, dir))) return [];
    return await fs.readdir(dir);
  } catch (err) {
    if (hasCode(err, 'ENOENT') || hasCode(err, 'ENOTDIR')) return [];
    throw fsError(err, 'read the vault folder', dir);
  }
}
