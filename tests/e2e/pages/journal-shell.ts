import { Screen } from './screen';

/** The screens the sidebar opens by name. */
export type ScreenName =
  | 'Search'
  | 'Insights'
  | 'Calendar'
  | 'Templates'
  | 'Prompts'
  | 'People'
  | 'Tags'
  | 'Trash'
  | 'Backup & import'
  | 'Settings'
  | 'Export';

/** What stays around every screen of an open journal: the sidebar, its entry list, and the toast. */
export class JournalShell extends Screen {
  readonly nav = this.page.getByRole('navigation', { name: 'Journal' });
  readonly main = this.page.getByRole('main');
  readonly todayButton = this.page.getByRole('button', { name: 'Today', exact: true });
  readonly newEntryButton = this.page.getByRole('button', { name: 'New entry' });
  readonly newFromTemplateButton = this.page.getByRole('button', { name: 'New from template…' });
  readonly lockButton = this.page.getByRole('button', { name: 'Lock', exact: true });
  /** The short-lived message with Undo after moving an entry to the trash. */
  readonly toast = this.page.locator('.toast');
  readonly undoButton = this.toast.getByRole('button', { name: 'Undo' });

  screenButton(name: ScreenName) {
    return this.page.getByRole('button', { name, exact: true });
  }

  async go(name: ScreenName): Promise<void> {
    await this.screenButton(name).click();
  }

  /** An entry in the sidebar's list, by words in its title or excerpt. */
  entryButton(name: string | RegExp) {
    return this.nav.getByRole('button', { name });
  }

  /** The sidebar's entry list: a virtual scroller that holds only the rows on screen. */
  readonly entryList = this.nav.getByRole('region', { name: 'Entries' });
  /** The entry rows the list has drawn right now. */
  readonly drawnEntries = this.entryList.locator('[data-entry-id]');

  /** A week's or a day's heading in the sidebar's list. */
  listHeading(name: string | RegExp) {
    return this.nav.getByRole('heading', { name });
  }

  /** A world, @person or #tag chip beside an entry in the list; a click searches by it. */
  chip(shown: string) {
    return this.nav.getByRole('button', { name: shown, exact: true });
  }

  readonly quickSearch = this.page.getByRole('searchbox', { name: 'Quick search' });
  /** The "On this day" strip on today's page. */
  readonly onThisDay = this.page.getByRole('complementary', { name: 'On this day' });

  /** The first heading of the screen now shown. */
  readonly screenHeading = this.main.getByRole('heading').first();
}
