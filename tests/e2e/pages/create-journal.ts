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
  /** The key's groups of four as drawn, each its own box. */
  readonly recoveryGroups = this.recoveryKey.locator('span');
  /** The groups of the key the step asks to be typed back, in order. */
  readonly confirmGroups = this.page
    .getByRole('group', { name: 'To confirm you have kept it, type these groups of the key' })
    .getByRole('textbox');
  readonly copyButton = this.page.getByRole('button', { name: 'Copy' });
  readonly saveButton = this.page.getByRole('button', { name: 'Save as a file…' });
  readonly printButton = this.page.getByRole('button', { name: 'Print' });
  /** What the step says after Copy or Save. */
  readonly keptNote = this.page.locator('.recovery-kept');
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
    await this.confirmRecoveryKey(key);
    await this.keptButton.click();
    await expect(this.page.getByRole('navigation', { name: 'Journal' })).toBeVisible();
    return key;
  }

  /** What the step asks for: the groups of `key` its fields are labelled with ("Group 3" is the third). */
  async askedGroups(key: string): Promise<string[]> {
    const groups = key.split('-');
    const labels = await this.confirmGroups.evaluateAll((inputs) =>
      inputs.map((input) => (input as HTMLInputElement).labels?.[0]?.textContent ?? ''),
    );
    return labels.map((label) => groups[Number(label.replace('Group ', '')) - 1] ?? '');
  }

  async confirmRecoveryKey(key: string): Promise<void> {
    const answers = await this.askedGroups(key);
    for (const [i, answer] of answers.entries()) await this.confirmGroups.nth(i).fill(answer);
  }

  /** With focus in the first group's field: types each asked group, Tab between them. */
  async typeRecoveryGroups(key: string): Promise<void> {
    const answers = await this.askedGroups(key);
    for (const [i, answer] of answers.entries()) {
      if (i > 0) await this.page.keyboard.press('Tab');
      await this.page.keyboard.type(answer);
    }
  }
}
