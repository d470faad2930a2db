// Errors cross the process boundary as plain values: Error objects do not survive IPC.
export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNKNOWN_CHANNEL',
  'FORBIDDEN_SENDER',
  'VAULT_LOCKED',
  'VAULT_NOT_FOUND',
  'VAULT_EXISTS',
  'VAULT_DAMAGED',
  'UNSUPPORTED_VERSION',
  'WRONG_PASSPHRASE',
  'WRONG_RECOVERY_KEY',
  'WEAK_PASSPHRASE',
  'ENTRY_NOT_FOUND',
  'ENTRY_DAMAGED',
  'ENTRY_TOO_LARGE',
  'CONFLICT',
  'DISK_FULL',
  'NO_ACCESS',
  'SAFE_STORAGE_UNAVAILABLE',
  'TEMPLATE_INVALID',
  'TEMPLATE_NOT_FOUND',
  'BACKUP_INVALID',
  'IMPORT_INVALID',
  'FILE_TOO_LARGE',
  'CANCELLED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
  }

  toShape(): AppErrorShape {
    return { code: this.code, message: this.message };
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });
