import type { ErrorCode } from '@shared/errors';
import { CallError } from '../bridge';

/** A heading per error code, in plain words; main's message gives the detail. */
const HEADINGS: Record<ErrorCode, string> = {
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

export interface ErrorWords {
  code: ErrorCode;
  heading: string;
  detail: string;
}

export function errorWords(error: unknown): ErrorWords {
  if (error instanceof CallError) {
    const heading = HEADINGS[error.code];
    return { code: error.code, heading, detail: saidOnce(heading, error.message) };
  }
  return {
    code: 'INTERNAL',
    heading: HEADINGS.INTERNAL,
    detail: 'Landscape hit an unexpected problem. Your saved entries are safe.',
  };
}

// The heading is written here per code and the detail in main per case, so the two can state the same fact
// ("…does not open this journal. …does not open this vault."). A person hears these words as one.
const SAME_WORD: Record<string, string> = { vault: 'journal', cannot: 'not', 'can’t': 'not', "can't": 'not' };
const FILLER = new Set(['the', 'this', 'that', 'your', 'a', 'an', 'it', 'is', 'does', 't', 'here']);

function gist(sentence: string): string {
  return sentence
    .toLowerCase()
    .split(/[^\p{L}\p{N}’']+/u)
    .map((word) => SAME_WORD[word] ?? word)
    .filter((word) => word && !FILLER.has(word))
    .join(' ');
}

/** Main's message less any sentence that says again what the heading or an earlier sentence said. */
function saidOnce(heading: string, message: string): string {
  const seen = new Set([gist(heading)]);
  const kept: string[] = [];
  for (const sentence of message.split(/(?<=[.!?])\s+/)) {
    const key = gist(sentence);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    kept.push(sentence.trim());
  }
  return kept.join(' ');
}
