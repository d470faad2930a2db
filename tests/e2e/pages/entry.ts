import { expect } from '@playwright/test';
import { Screen } from './screen';

/** One open entry: its date, tags, editor, footer and History panel. */
export class EntryScreen extends Screen {
  readonly editor = this.page.getByRole('textbox', { name: 'Reflection' });
  readonly toolbar = this.page.getByRole('toolbar', { name: 'Formatting' });
  /** The entry's day, in the OS region's figures (the fixture's region is en-GB: dd/mm/yyyy). */
  readonly date = this.page.getByLabel('Date');
  readonly previousDay = this.page.getByRole('button', { name: /^Previous day/ });
  readonly nextDay = this.page.getByRole('button', { name: /^Next day/ });
  /** The entries that link to this one, as buttons that open them. */
  readonly linkedFrom = this.page.getByRole('region', { name: 'Linked from' }).getByRole('button');
  readonly title = this.page.getByLabel('Title', { exact: true });
  readonly worlds = this.page.getByLabel('Worlds', { exact: true });
  readonly tags = this.page.getByLabel('Tags', { exact: true });
  /** The people the text mentions, shown beside Worlds and Tags. */
  readonly people = this.page.getByRole('group', { name: 'People', exact: true });
  /** The @ menu's options: known people, then "Add person …". */
  readonly mentionOptions = this.page.getByRole('listbox', { name: 'Typeahead menu' }).getByRole('option');
  readonly saved = this.page.getByRole('status').filter({ hasText: /^Saved$/ });
  readonly saveError = this.page.getByRole('alert').filter({ hasText: 'Not saved' });
  /** The badge naming the template the entry was started from. */
  readonly templateBadge = this.page.locator('.entry-meta-row .badge');
  readonly applyTemplateButton = this.page.getByRole('button', { name: 'Apply template…' });
  readonly historyButton = this.page.getByRole('button', { name: 'History' });
  readonly trashButton = this.page.getByRole('button', { name: 'Move to trash' });
  readonly history = this.page.getByRole('region', { name: 'Earlier versions' });

  /** Headings inside the text, e.g. level 2 for template sections. */
  headings(level: 1 | 2 | 3) {
    return this.editor.getByRole('heading', { level });
  }

  readonly paragraphs = this.editor.getByRole('paragraph');
  readonly quotes = this.editor.locator('blockquote');
  /** A template's prompts, shown as hints: `data-prompt` is "open" until their section has an answer. */
  readonly promptHints = this.editor.locator('blockquote[data-prompt]');
  /** Headings of template sections that wait for an answer (they say "Not answered yet"). */
  readonly unansweredSections = this.editor.locator('[data-section="unanswered"]');
  readonly bold = this.editor.locator('strong, b, .editor-text-bold');
  /** List items nested inside another list item (indented with Tab). */
  readonly nestedListItems = this.editor.locator('li li');

  /** The mentions in the text, by the name each holds. */
  mentions() {
    return this.editor.locator('[data-mention]');
  }

  link(name: string) {
    return this.editor.getByRole('link', { name });
  }

  /** Links to other entries in the text, which show those entries' titles. */
  readonly entryLinks = this.editor.locator('[data-entry-link]');
  readonly linkToEntryButton = this.toolbar.getByRole('button', { name: 'Link to entry…' });
  /** The list of entries "[[" opens. */
  readonly entryChoices = this.page.getByRole('listbox').getByRole('option');

  /** Clicks into the editor and types; `\n` is Enter. */
  async write(text: string): Promise<void> {
    await this.editor.click();
    await this.page.keyboard.type(text);
  }

  async expectSaved(): Promise<void> {
    await expect(this.saved).toBeVisible();
  }

  /** Types a world or tag and presses Enter. */
  async addWorld(name: string): Promise<void> {
    await this.worlds.fill(name);
    await this.worlds.press('Enter');
  }

  async addTag(name: string): Promise<void> {
    await this.tags.fill(name);
    await this.tags.press('Enter');
  }

  /** A chip's remove button, which also proves the chip is there. */
  removeChip(name: string) {
    return this.page.getByRole('button', { name: `Remove ${name}` });
  }

  /** A world or #tag chip in the entry's header; a click searches by it. */
  filterChip(shown: string) {
    return this.page.getByRole('list', { name: /added$/ }).getByRole('button', { name: shown, exact: true });
  }

  /** Opens History and compares the newest version with `words` (e.g. "5 words") with now; returns the changes. */
  async compareVersion(words: string) {
    await this.historyButton.click();
    await this.history
      .getByRole('listitem')
      .filter({ hasText: words })
      .first()
      .getByRole('button', { name: /Compare with now/ })
      .click();
    return this.history.getByRole('region', { name: /^Changes since/ });
  }

  async restoreVersion(words: string): Promise<void> {
    await this.historyButton.click();
    await this.history
      .getByRole('listitem')
      .filter({ hasText: words })
      // Newest first: under load the autosave may have kept a half-typed version with the same word count.
      .first()
      .getByRole('button', { name: /Restore/ })
      .click();
  }

  /** The day the date field shows, as `YYYY-MM-DD`. */
  async day(): Promise<string> {
    const [d, m, y] = (await this.date.inputValue()).split('/');
    return `${y}-${m}-${d}`;
  }

  async expectDay(day: string): Promise<void> {
    const [y, m, d] = day.split('-');
    await expect(this.date).toHaveValue(`${d}/${m}/${y}`);
  }
}
