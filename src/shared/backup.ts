import { z } from 'zod';

/** A backup opens with the passphrase, or the recovery key, the journal had when it was made. */
export const BackupSecret = z.union([
  z.strictObject({ passphrase: z.string().min(1).max(1024) }),
  z.strictObject({ recoveryKey: z.string().min(1).max(512) }),
]);
export type BackupSecret = z.infer<typeof BackupSecret>;

/** The backup file just chosen in the native dialog; the page never sees or sends its path. */
export interface ChosenBackup {
  name: string;
  createdAt: string;
}

export interface SavedFile {
  /** Where it was written, as the person chose in the save dialog. */
  path: string;
  entries: number;
}

export interface MergeSummary {
  /** Entries the journal did not have. */
  added: number;
  /** Entries the backup had newer revisions of, on top of the journal's own. */
  updated: number;
  /** Already in the journal: the same id and revision. */
  skipped: number;
  /** Kept beside the journal's entry as a conflict copy, since the two differ. */
  conflicts: number;
  /** Damaged in the backup (already damaged in the vault it was made from), so left out. */
  damaged: number;
  recordsAdded: number;
  /** Templates and the like that differ from the journal's; the journal's are kept. */
  recordsKept: number;
}

export interface ImportSummary {
  imported: number;
  /** Already in the journal: the same day, title and words. */
  skipped: number;
}
