import type { Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { FsPort } from '../fs/fs-port';
import { HEADER_FILE } from '../vault/layout';
import { serializeHeader } from '../vault/header';
import type { ManifestFile } from './backup-format';
import type { OpenedBackup } from './open-backup';

/** Where the backup's vault appears to be; nothing is ever read from or written to this path. */
export const BACKUP_ROOT = join(sep, 'landscape-backup');

/**
 * The backup seen as a read-only vault folder, so the vault's own code reads its entries and
 * records (Vault.unlockWithDeviceKey(BACKUP_ROOT, key, { fs })) and the backup never has to know
 * their file format. Every file is checked against the manifest as it is read.
 */
export function backupFs(backup: OpenedBackup): FsPort {
  const files = new Map<string, ManifestFile>(backup.manifest.files.map((f) => [f.path, f]));
  const header = serializeHeader(backup.header);
  const dirs = new Set<string>(['']);
  for (const path of files.keys()) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
  }
  const rel = (path: string) => relative(BACKUP_ROOT, path).split(sep).join('/');
  const find = (path: string) => {
    const f = files.get(rel(path));
    if (!f) throw missing(path);
    return f;
  };
  const readOnly = async () => {
    throw Object.assign(new Error('a backup is read-only'), { code: 'EROFS' });
  };
  const port: FsPort = {
    readFile: async (path) => (rel(path) === HEADER_FILE ? header : backup.read(find(path))),
    readPrefix: async (path, length) => backup.readSync(find(path), length),
    readPrefixSync: (path, length) => backup.readSync(find(path), length),
    readdir: async (path) => {
      const dir = rel(path) === '' ? '' : rel(path);
      if (!dirs.has(dir)) throw missing(path);
      const prefix = dir === '' ? '' : `${dir}/`;
      const names = new Set<string>();
      for (const p of [...files.keys(), ...dirs])
        if (p.startsWith(prefix) && p !== dir) names.add(p.slice(prefix.length).split('/')[0]!);
      if (dir === '') names.add(HEADER_FILE);
      return [...names].sort();
    },
    stat: async (path) => {
      const r = rel(path);
      const isDir = dirs.has(r);
      if (!isDir && !files.has(r) && r !== HEADER_FILE) throw missing(path);
      return { isDirectory: () => isDir, isFile: () => !isDir, size: files.get(r)?.length ?? 0, mtimeMs: 0 } as Stats;
    },
    // A backup holds no links: each name is a file or a folder.
    lstat: (path) => port.stat(path),
    // Opening a vault makes sure entries/ exists; a backup of an empty vault has none to list.
    mkdir: async () => undefined,
    writeDurable: readOnly,
    createFilled: readOnly,
    link: readOnly,
    rename: readOnly,
    unlink: readOnly,
    removeTree: readOnly,
    syncDir: readOnly,
    openDir: readOnly,
  };
  return port;
}

function missing(path: string): Error {
  return Object.assign(new Error(`${path} is not in the backup`), { code: 'ENOENT' });
}
