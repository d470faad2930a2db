/**
 * An entry that went backwards, or went missing, since this device last saw the journal: a newer
 * revision's file deleted, an older one put back in its place, or all its files deleted without a
 * trash and purge (docs/vault-format.md §13).
 */
export type Setback = EntrySetback | KeyFileSetback;

export interface EntrySetback {
  id: string;
  /** 'back': the entry shows an older revision than this device saw; 'gone': it is no longer listed. */
  kind: 'back' | 'gone';
  /** The newest revision this device saw. */
  had: number;
  /** The newest revision whose file is still in the folder (kept in revisions/ if gone), or null if none. */
  left: number | null;
  /** The title of that revision, when it opens. */
  title: string | null;
}

/**
 * The journal's key file (its header) is one this device replaced: an older copy was put back, so a
 * passphrase or recovery key the writer replaced opens the journal again.
 */
export interface KeyFileSetback {
  id: typeof KEY_FILE_SETBACK;
  kind: 'key-file';
}

export const KEY_FILE_SETBACK = 'key-file';
