import { AppError } from '@shared/errors';

export const invalidImport = (sentence: string) => new AppError('IMPORT_INVALID', sentence);

export function tooLarge(name: string, limitBytes: number): AppError {
  const mib = Math.round(limitBytes / 1024 / 1024);
  return new AppError(
    'FILE_TOO_LARGE',
    `“${name}” is larger than ${mib} MiB, far more than Landscape can import, so nothing was imported.`,
  );
}

/** UTF-8 text, or IMPORT_INVALID naming the file. */
export function utf8(bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw invalidImport(`“${name}” is not a text file, so nothing was imported.`);
  }
}
