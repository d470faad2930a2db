import { AppError } from '@shared/errors';

/** Carries the file name so the vault can add it to damaged(). */
export class EntryDamagedError extends AppError {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(
      'ENTRY_DAMAGED',
      `This entry's file (${file}) is damaged and cannot be opened: ${reason}. Its bytes are kept unchanged; an earlier revision may still open.`,
    );
  }
}

export const entryNotFound = () =>
  new AppError('ENTRY_NOT_FOUND', 'This entry no longer exists. It may have been deleted on another device.');
