import { expect } from '@playwright/test';
import { Screen } from './screen';

/** The lock screen, and the recovery form behind its "Use your recovery key" link. */
export class UnlockScreen extends Screen {
  readonly heading = this.page.getByRole('heading', { name: 'Your journal is locked' });
  readonly passphrase = this.page.getByLabel('Passphrase', { exact: true });
  readonly unlockButton = this.page.getByRole('button', { name: 'Unlock', exact: true });
  readonly alert = this.page.getByRole('alert');
  readonly useRecoveryKey = this.page.getByRole('button', { name: /Use your recovery key/ });
  readonly recoveryKey = this.page.getByLabel('Recovery key');
  readonly newPassphrase = this.page.getByLabel('New passphrase', { exact: true });
  readonly newAgain = this.page.getByLabel('Type the new passphrase again');
  readonly recoverButton = this.page.getByRole('button', { name: 'Recover and set new passphrase' });

  async expectShown(): Promise<void> {
    await expect(this.heading).toBeVisible();
  }

  async unlock(passphrase: string): Promise<void> {
    await this.passphrase.fill(passphrase);
    await this.unlockButton.click();
  }

  async recover(key: string, next: string): Promise<void> {
    await this.useRecoveryKey.click();
    await this.recoveryKey.fill(key);
    await this.newPassphrase.fill(next);
    await this.newAgain.fill(next);
    await this.recoverButton.click();
  }
}
