import { Screen } from './screen';

/** The Settings screen. */
export class SettingsScreen extends Screen {
  readonly heading = this.page.getByRole('heading', { name: 'Settings', level: 1 });
  readonly theme = this.page.getByLabel('Theme');
  readonly autoLock = this.page.getByLabel(/Lock after I have been away for/);
  readonly lockOnSleep = this.page.getByLabel(/Lock when the computer sleeps/);
  readonly remember = this.page.getByLabel('Remember my journal on this device');
  readonly changeForm = this.page.getByRole('group', { name: 'Change passphrase' });
  readonly currentPassphrase = this.changeForm.getByLabel('Current passphrase');
  readonly newPassphrase = this.changeForm.getByLabel('New passphrase', { exact: true });
  readonly newAgain = this.changeForm.getByLabel('Type the new passphrase again');
  readonly changeButton = this.changeForm.getByRole('button', { name: 'Change passphrase' });
  readonly reencryptForm = this.page.getByRole('group', { name: 'Re-encrypt the journal with a new key' });
  readonly reencryptButton = this.reencryptForm.getByRole('button', { name: 'Re-encrypt the journal' });
  readonly spellcheckLanguage = this.page.getByLabel('Check spelling in');
  /** The request to download a spellcheck dictionary, which names where it comes from. */
  readonly dictionaryConsent = this.page.getByRole('note').filter({ hasText: 'dictionary' });
  readonly downloadDictionary = this.dictionaryConsent.getByRole('button', { name: 'Download the dictionary' });
  readonly weekStartsOn = this.page.getByLabel('Weeks start on');
  readonly reminderOn = this.page.getByLabel('Remind me to write');
  readonly reminderTime = this.page.getByLabel('at', { exact: true });
  /** The seven day checkboxes, in week order from the first day of the week. */
  readonly reminderDays = this.page.getByRole('group', { name: 'Reminder days' }).getByRole('checkbox');

  async reencrypt(current: string, next: string): Promise<void> {
    await this.reencryptForm.getByLabel('Current passphrase').fill(current);
    await this.reencryptForm.getByLabel(/^Passphrase from now on/).fill(next);
    await this.reencryptForm.getByLabel('Type it again').fill(next);
    await this.reencryptButton.click();
  }

  async changePassphrase(current: string, next: string): Promise<void> {
    await this.currentPassphrase.fill(current);
    await this.newPassphrase.fill(next);
    await this.newAgain.fill(next);
    await this.changeButton.click();
  }
}
