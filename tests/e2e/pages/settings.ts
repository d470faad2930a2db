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

  async changePassphrase(current: string, next: string): Promise<void> {
    await this.currentPassphrase.fill(current);
    await this.newPassphrase.fill(next);
    await this.newAgain.fill(next);
    await this.changeButton.click();
  }
}
