import { expect } from '@playwright/test';
import { Screen } from './screen';

/** The first screen: choose a passphrase, then keep the recovery key. */
export class CreateJournalScreen extends Screen {
  readonly heading = this.page.getByRole('heading', { name: 'Start your Landscape journal' });
  readonly passphrase = this.page.getByLabel('Passphrase', { exact: true });
  readonly again = this.page.getByLabel('Type it again');
  readonly createButton = this.page.getByRole('button', { name: 'Create journal' });
  /** The words under the strength meter. */
  readonly strength = this.page.locator('.strength-label');
  /** Why the passphrase is weak, when it is. */
  readonly hints = this.page.locator('.strength .hints');
  readonly recoveryHeading = this.page.getByRole('heading', { name: 'Keep your recovery key safe' });
  readonly recoveryKey = this.page.getByTestId('recovery-key');
  readonly confirmKey = this.page.getByLabel('Type the recovery key to confirm you have kept it');
  readonly keptButton = this.page.getByRole('button', { name: /I have kept it/ });

  async choosePassphrase(passphrase: string): Promise<void> {
    await this.passphrase.fill(passphrase);
    await this.again.fill(passphrase);
  }

  /** Creates the journal and confirms the recovery key. Returns the key. */
  async create(passphrase: string): Promise<string> {
    await this.choosePassphrase(passphrase);
    await this.createButton.click();
    const key = (await this.recoveryKey.textContent()) ?? '';
    await this.confirmKey.fill(key);
    await this.keptButton.click();
    await expect(this.page.getByRole('navigation', { name: 'Journal' })).toBeVisible();
    return key;
  }
}
