import { Screen } from './screen';

/** The Backup & import screen (its restore part is also on the first screen). Files are "chosen" by setting the bridge's fake dialogs first. */
export class BackupScreen extends Screen {
  readonly saveBackupButton = this.page.getByRole('button', { name: 'Save a backup…' });
  readonly chooseBackupButton = this.page.getByRole('button', { name: 'Choose a backup…' });
  readonly backupPassphrase = this.page.getByLabel('Passphrase of the backup');
  readonly addToJournalButton = this.page.getByRole('button', { name: 'Add to this journal' });
  /** "Restore as a separate journal…" with a journal open; "Restore into a folder…" on the first screen. */
  readonly restoreButton = this.page.getByRole('button', { name: /^Restore (as a separate journal|into a folder)…$/ });
  readonly importMarkdownButton = this.page.getByRole('button', { name: 'Import a folder of Markdown files…' });
  readonly importDayOneButton = this.page.getByRole('button', { name: 'Import from Day One…' });
  readonly plainCopyButton = this.page.getByRole('button', { name: 'Save an unencrypted copy…' });
  /** The warning shown before an unencrypted copy is written. */
  readonly plainCopyWarning = this.page.getByRole('alertdialog');
  readonly confirmPlainCopyButton = this.plainCopyWarning.getByRole('button', { name: 'Save it unencrypted' });
  readonly cancelPlainCopyButton = this.plainCopyWarning.getByRole('button', { name: 'Cancel' });
  readonly error = this.page.getByRole('alert');

  /** The screen's message after an action, by its words. */
  done(words: string | RegExp) {
    return this.page.getByRole('status').filter({ hasText: words });
  }
}
