import { Screen } from './screen';

/** The Backup & import screen. Files are "chosen" by setting the bridge's fake dialogs first. */
export class BackupScreen extends Screen {
  readonly saveBackupButton = this.page.getByRole('button', { name: 'Save a backup…' });
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
