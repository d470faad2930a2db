import { AppError } from '@shared/errors';

/**
 * Turns a Node fs error into an AppError a person can act on. `doing` completes the sentence
 * "Landscape could not …", e.g. "save the entry", "open the vault folder".
 */
export function fsError(err: unknown, doing: string, path: string): AppError {
  if (err instanceof AppError) return err;
  const code = typeof err === 'object' && err !== null ? (err as { code?: unknown }).code : undefined;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new AppError(
        'DISK_FULL',
        `Landscape could not ${doing}: the disk is full. Free some space and try again; nothing already saved was lost.`,
        { cause: err },
      );
    case 'EACCES':
    case 'EPERM':
      return new AppError(
        'NO_ACCESS',
        `Landscape could not ${doing}: it is not allowed to use ${path}. Check the folder's permissions.`,
        { cause: err },
      );
    case 'EROFS':
      return new AppError('NO_ACCESS', `Landscape could not ${doing}: ${path} is on a read-only disk.`, { cause: err });
    case 'EBUSY':
      return new AppError(
        'NO_ACCESS',
        `Landscape could not ${doing}: ${path} is in use by another program. Try again in a moment.`,
        { cause: err },
      );
    case 'ENOENT':
    case 'ENOTDIR':
      return new AppError(
        'VAULT_NOT_FOUND',
        `Landscape could not ${doing}: ${path} is not there. If the vault is on a removable or synced drive, check that it is connected.`,
        { cause: err },
      );
    case 'EIO':
      return new AppError(
        'INTERNAL',
        `Landscape could not ${doing}: the disk reported a read or write error at ${path}.`,
        { cause: err },
      );
    case 'EMFILE':
    case 'ENFILE':
      return new AppError(
        'INTERNAL',
        `Landscape could not ${doing}: too many files are open. Close some programs and try again.`,
        { cause: err },
      );
    default:
      return new AppError(
        'INTERNAL',
        `Landscape could not ${doing} (${String(code ?? (err as Error)?.message ?? err)}).`,
        { cause: err },
      );
  }
}
