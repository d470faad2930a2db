import { Screen } from './screen';

/** The Settings screen. */
export class SettingsScreen extends Screen {
  readonly heading = this.page.getByRole('heading', { name: 'Settings', level: 1 });
  readonly theme = this.page.getByLabel('Theme');
  readonly autoLock = this.page.getByLabel(/Lock after I have been away for/);
  readonly lockOnSleep = this.page.getByLabel(/Lock when the computer sleeps/);
  readonly remember = this.page.getByLabel('Remember my journal on this device');
  readonly currentPassphrase = this.page.getByLabel('Current passphrase');
  readonly newPassphrase = this.page.getByLabel('New passphrase', { exact: true });
  readonly newAgain = this.page.getByLabel('Type the new passphrase again');
  readonly changeButton = this.page.getByRole('button', { name: 'Change passphrase' });
  readonly spellcheckLanguage = this.page.getByLabel('Check spelling in');
  /** The request to download a spellcheck dictionary, which names where it comes from. */
  readonly dictionaryConsent = this.page.getByRole('note').filter({ hasText: 'dictionary' });
  readonly downloadDictionary = this.dictionaryConsent.getByRole('button', { name: 'Download the dictionary' });
  readonly weekStartsOn = this.page.getByLabel('Weeks start on');
  readonly reminderOn = this.page.getByLabel('Remind me to write');
  readonly reminderTime = this.page.getByLabel('at', { exact: true });
  /** The seven day checkboxes, in week order from the first day of the week. */
  readonly reminderDays = this.page.getByRole('group', { name: 'Reminder days' }).getByRole('checkbox');

  async changePassphrase(current: string, next: string): Promise<void> {
    await this.currentPassphrase.fill(current);
    await this.newPassphrase.fill(next);
    await this.newAgain.fill(next);
    await this.changeButton.click();
  }
}
