import { Screen } from './screen';

/** The search screen: the field, its filters and the results list. */
export class SearchScreen extends Screen {
  readonly field = this.page.getByRole('combobox', { name: 'Search your journal' });
  readonly results = this.page.getByRole('listbox', { name: 'Results' }).getByRole('option');
  readonly from = this.page.getByLabel('From');
  readonly to = this.page.getByLabel('To');
  readonly template = this.page.getByLabel('Template');
  readonly unanswered = this.page.getByLabel('Prompts still to answer');

  /** The chip of an active world, person (@) or tag (#) filter, which removes it. */
  filterChip(shown: string) {
    return this.page.getByRole('button', { name: `Remove filter ${shown}` });
  }

  /** The words marked in a result's title and snippet. */
  marks(index: number) {
    return this.results.nth(index).locator('mark');
  }
}
