import { expect } from '@playwright/test';
import { Screen } from './screen';

/** The Export screen: which entries, how it looks, what to hide, the preview, and the run. */
export class ExportScreen extends Screen {
  readonly heading = this.page.getByRole('heading', { name: 'Export for supervision' });
  readonly entries = this.page.getByRole('list', { name: 'Entries to export' });
  readonly chosenCount = this.page.getByRole('status').filter({ hasText: /chosen$/ });
  readonly format = this.page.getByLabel('Format', { exact: true });
  readonly world = this.page.getByLabel('World', { exact: true });
  readonly worlds = this.page.getByLabel('Worlds', { exact: true });
  readonly dates = this.page.getByLabel('Dates', { exact: true });
  readonly preview = this.page.getByRole('region', { name: 'Preview' });
  readonly previewText = this.page.getByTestId('export-first-page');
  readonly previewImage = this.page.getByRole('img', { name: 'The first page of the export' });
  readonly addPhraseButton = this.page.getByRole('button', { name: 'Add a phrase' });
  readonly saveListButton = this.page.getByRole('button', { name: 'Save the list' });
  readonly exportButton = this.page.getByRole('button', { name: 'Export…', exact: true }).last();
  readonly cancelButton = this.page.getByRole('button', { name: 'Cancel' });
  readonly progress = this.page.getByRole('progressbar', { name: 'Export progress' });
  readonly saved = this.page.getByRole('status').filter({ hasText: /^Saved / });
  readonly cancelled = this.page.getByRole('status').filter({ hasText: 'Export cancelled' });

  entry(title: string | RegExp) {
    return this.entries.getByRole('checkbox', { name: title });
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toBeVisible();
  }

  /** Adds a phrase and its replacement to the redaction list (not yet saved). */
  async addPhrase(phrase: string, replacement: string): Promise<void> {
    await this.addPhraseButton.click();
    const count = await this.page.getByLabel(/^Phrase \d+$/).count();
    await this.page.getByLabel(`Phrase ${count}`).fill(phrase);
    await this.page.getByLabel(`Replacement ${count}`).fill(replacement);
  }

  labelFor(person: string) {
    return this.page.getByLabel(`Label for ${person}`);
  }
}
