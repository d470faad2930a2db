import type { ErrorCode } from '@shared/errors';

/** A heading per error code, in plain words; main's message gives the detail. */
const headings: Record<ErrorCode, string> = {
  INVALID_INPUT: 'That request was not understood',
  UNKNOWN_CHANNEL: 'This version cannot do that',
  FORBIDDEN_SENDER: 'Request refused',
  VAULT_LOCKED: 'Your journal is locked',
  VAULT_NOT_FOUND: 'No journal here yet',
  VAULT_EXISTS: 'A journal is already there',
  VAULT_DAMAGED: 'The journal file is damaged',
  UNSUPPORTED_VERSION: 'Made by a newer Landscape',
  WRONG_PASSPHRASE: 'That passphrase does not open this journal',
  WRONG_RECOVERY_KEY: 'That recovery key does not open this journal',
  WEAK_PASSPHRASE: 'Choose a stronger passphrase',
  ENTRY_NOT_FOUND: 'That entry is gone',
  ENTRY_DAMAGED: 'That entry is damaged',
  ENTRY_TOO_LARGE: 'That entry is too large to save',
  CONFLICT: 'Changed on another device',
  DISK_FULL: 'The disk is full',
  NO_ACCESS: 'Landscape cannot reach that folder',
  SAFE_STORAGE_UNAVAILABLE: 'This device cannot remember the journal',
  TEMPLATE_INVALID: 'That template file cannot be used',
  TEMPLATE_NOT_FOUND: 'That template is gone',
  BACKUP_INVALID: 'That backup cannot be used',
  IMPORT_INVALID: 'That file cannot be imported',
  FILE_TOO_LARGE: 'That file is too large',
  CANCELLED: 'Cancelled',
  INTERNAL: 'Something went wrong',
};

export const errors = {
  headings,
  unexpected: 'Landscape hit an unexpected problem. Your saved entries are safe.',
  noticeHeading: '{{heading}}.',
  retry: 'Retry',
  crashHeading: 'Something went wrong on this screen',
  crashDetail: 'Your saved entries are safe. The problem was: {{message}}',
  tryAgain: 'Try again',
};
