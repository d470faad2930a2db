import { expect, PASSPHRASE, test, type AppPage } from './fixtures';
import { P, startsP, untranslated } from './pages/untranslated';

// The OS asks for the pseudo-locale: every word of the interface shows accented and bracketed, so any word on
// screen without the marks never went through the catalogue.
test.use({ firstRun: true, languages: ['en-XA'] });

/** The writer's own words in this walk. */
const WRITTEN = ['Quokka', 'Zephyr', 'Xylophone', 'Wombat', 'kelp'];

/** Main's words that the page shows as they are: the built-in templates and prompts. */
async function mainContent(app: AppPage): Promise<string[]> {
  const handlers = app.bridge.app.handlers;
  const templates = await handlers['templates:list'](undefined);
  const prompts = await handlers['prompts:list']({ includeHidden: true });
  return [
    ...templates.flatMap((t) => [
      t.name,
      t.description,
      t.whenToUse,
      t.source,
      ...t.sections.flatMap((s) => [s.heading, s.hint ?? '', ...s.prompts]),
      ...t.suggestedTags.worlds,
      ...t.suggestedTags.free,
    ]),
    ...prompts.map((p) => p.text),
  ];
}

// Words on screen that main writes, in English whatever the language: the detail under an error's heading (main's
// message) and the export preview's list and first page (the pack as it will leave); and Lexical's typeahead
// container, which names itself "Typeahead menu" in its own code (@lexical/react LexicalMenu). The strength
// meter's rating (main's words) shows only once something is typed; this walk checks it empty.
const NOT_YET = ['.error-detail', '.editor-mention-menu', '.export-preview-list', '.export-page'];

test('every screen in the pseudo-locale shows only words from the catalogue', async ({ app, page }) => {
  test.setTimeout(180_000);
  let content = WRITTEN;
  const expectTranslated = async (where: string) =>
    expect(await untranslated(page, content, NOT_YET), `untranslated on ${where}`).toEqual([]);

  await expect(page.getByRole('heading', { name: P('Welcome to Landscape') })).toBeFocused();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
  await expectTranslated('the welcome page');
  await page.getByRole('button', { name: P('Next') }).click();
  await expect(page.getByRole('heading', { name: P('Private by design') })).toBeFocused();
  await expectTranslated('the privacy page');
  await page.getByRole('button', { name: P('Create my journal') }).click();

  await expect(page.getByRole('heading', { name: P('Start your Landscape journal') })).toBeVisible();
  await expectTranslated('the create screen');
  await page.getByLabel(P('Passphrase'), { exact: true }).fill(PASSPHRASE);
  await page.getByLabel(P('Type it again')).fill(`${PASSPHRASE}!`);
  await expect(page.locator('.field-error')).toHaveText(P('The two passphrases are not the same.'));
  await page.getByLabel(P('Type it again')).fill(PASSPHRASE);
  await page.getByRole('button', { name: P('Create journal') }).click();

  await expect(page.getByRole('heading', { name: P('Keep your recovery key safe') })).toBeFocused();
  const key = (await page.getByTestId('recovery-key').textContent()) ?? '';
  await page.getByRole('button', { name: P('I have kept it — open my journal') }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectTranslated('the recovery key step');
  const groups = key.split('-');
  const fields = page.getByRole('group', { name: P('To confirm you have kept it, type these groups of the key') });
  for (const input of await fields.getByRole('textbox').all()) {
    const label = await input.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '');
    await input.fill(groups[Number(label.replace(/\D/g, '')) - 1] ?? '');
  }
  await page.getByRole('button', { name: P('I have kept it — open my journal') }).click();
  await expect(page.getByRole('navigation')).toBeVisible();
  const firstEntry = page.getByRole('dialog', { name: P('Start your first reflection') });
  await expect(firstEntry.getByRole('list', { name: P('Templates') })).toBeVisible();
  content = await mainContent(app);
  await expectTranslated('the first entry offer');
  await firstEntry.getByRole('button', { name: P('Close') }).click();

  await page.keyboard.press('Control+L');
  await expect(page.getByRole('heading', { name: P('Your journal is locked') })).toBeVisible();
  await page.getByRole('button', { name: P('Unlock'), exact: true }).waitFor();
  await expectTranslated('the lock screen');
  await page.getByLabel(P('Passphrase'), { exact: true }).fill('not the passphrase');
  await page.getByRole('button', { name: P('Unlock'), exact: true }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectTranslated('the lock screen with a wrong passphrase');
  await page.getByRole('button', { name: P('Forgot your passphrase? Use your recovery key') }).click();
  await expect(page.getByRole('heading', { name: P('Recover your journal') })).toBeVisible();
  await expectTranslated('the recovery form');
  await page.getByRole('button', { name: P('Back to unlock') }).click();
  await page.getByLabel(P('Passphrase'), { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: P('Unlock'), exact: true }).click();
  await expect(page.getByRole('navigation')).toBeVisible();
  content = [...WRITTEN, ...(await mainContent(app))];

  // Today, with the prompt of the day, then written in, with a world and a tag.
  await expect(page.getByRole('heading', { name: P('Prompt of the day') })).toBeVisible();
  await expectTranslated('Today with the prompt of the day');
  const editor = page.getByRole('textbox', { name: P('Reflection') });
  await editor.click();
  await page.keyboard.type('Quokka Zephyr Xylophone');
  await page.getByLabel(P('Worlds'), { exact: true }).fill('Wombat');
  await page.getByLabel(P('Worlds'), { exact: true }).press('Enter');
  await page.getByLabel(P('Tags'), { exact: true }).fill('kelp');
  await page.getByLabel(P('Tags'), { exact: true }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: P('Saved') })).toBeVisible();
  await expectTranslated('an entry with words, a world and a tag');
  await page.getByRole('button', { name: P('Link'), exact: true }).click();
  await expect(page.getByLabel(P('Link address'))).toBeFocused();
  await page.getByRole('button', { name: P('Apply'), exact: true }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectTranslated('the link editor');
  await page.getByRole('button', { name: P('Cancel') }).click();

  await page.getByRole('button', { name: P('Search'), exact: true }).click();
  await page.getByLabel(P('Search your journal')).fill('Quokka');
  await expect(page.getByRole('listbox', { name: P('Results') }).getByRole('option')).toHaveCount(1);
  await page.getByLabel(P('Prompts still to answer')).check();
  await expectTranslated('Search with a result');
  await page.getByLabel(P('Search your journal')).fill('Quokka nowhere');
  await expect(
    page.getByRole('status').filter({ hasText: P('Nothing found. Try fewer words, or fewer filters.') }),
  ).toBeVisible();
  await expectTranslated('Search with nothing found');

  await page.getByRole('button', { name: P('Insights'), exact: true }).click();
  await expect(page.getByRole('heading', { name: P('Your landscape') })).toBeVisible();
  await expectTranslated('Insights');
  await page.getByLabel(P('Period')).selectOption('custom');
  await expectTranslated('Insights for days chosen');

  await page.getByRole('button', { name: P('Calendar'), exact: true }).click();
  await expect(page.getByRole('grid')).toBeVisible();
  await expectTranslated('Calendar');

  await page.getByRole('button', { name: P('People'), exact: true }).click();
  await expect(page.getByRole('heading', { name: P('People'), level: 1 })).toBeVisible();
  await expectTranslated('People');

  await page.getByRole('button', { name: P('Tags'), exact: true }).click();
  await expect(page.getByRole('heading', { name: P('Worlds and tags') })).toBeVisible();
  await expectTranslated('Tags');
  await page.getByRole('button', { name: P('Rename {{chip}}', { chip: 'Wombat' }) }).click();
  await page.getByLabel(P('New name')).fill('');
  await expectTranslated('renaming a world');
  await page.getByRole('button', { name: P('Cancel') }).click();

  // The entry's History, then the trash.
  await page
    .getByRole('navigation')
    .getByRole('button', { name: /Quokka/ })
    .click();
  await page.getByRole('button', { name: P('History') }).click();
  await expect(page.getByRole('heading', { name: P('Earlier versions') })).toBeVisible();
  await page
    .getByRole('button', { name: startsP('Compare with now') })
    .first()
    .click();
  await expect(page.locator('.revision-diff-text')).toBeVisible();
  await expectTranslated('History, comparing a version');
  await page.getByRole('button', { name: P('Close'), exact: true }).click();
  await page.getByRole('button', { name: P('Move to trash') }).click();
  await expect(page.getByRole('group', { name: P('Moved to trash.') })).toBeVisible();
  await expectTranslated('the toast after Move to trash');
  await page.getByRole('button', { name: P('Trash'), exact: true }).click();
  await page.getByRole('button', { name: startsP('Delete forever') }).click();
  await expect(page.getByText(P('Delete forever? This cannot be undone.'))).toBeVisible();
  await expectTranslated('Trash, asking to delete forever');
  await page.getByRole('button', { name: P('Cancel') }).click();
  await page.getByRole('button', { name: startsP('Restore') }).click();
  await expect(page.locator('.trash-empty')).toBeVisible();
  await expectTranslated('the empty trash');

  // The template picker, its preview, the Templates screen and the template editor with a problem.
  await page.getByRole('button', { name: P('New from template…') }).click();
  const picker = page.getByRole('dialog', { name: P('New entry from a template') });
  await expect(picker.getByRole('list', { name: P('Templates') })).toBeVisible();
  await expectTranslated('the template picker');
  await picker.getByLabel(P('Filter templates')).fill('Quokka');
  await expect(picker.getByText(P('No templates match “{{query}}”.', { query: 'Quokka' }))).toBeVisible();
  await expectTranslated('the template picker with no match');
  await picker.getByLabel(P('Filter templates')).fill('');
  await picker.locator('.template-option').first().click();
  await expect(picker.getByRole('button', { name: P('Use this template') })).toBeFocused();
  await expectTranslated('a template preview');
  await picker.getByRole('button', { name: P('Close') }).click();

  await page.getByRole('button', { name: P('Templates'), exact: true }).click();
  await expect(page.getByRole('heading', { name: P('Built-in templates') })).toBeVisible();
  await expectTranslated('Templates');
  await page.getByRole('button', { name: P('New template') }).click();
  await page.getByRole('button', { name: P('Save template') }).click();
  await expect(page.getByText(P('A template needs a name.'))).toBeVisible();
  await expectTranslated('the template editor with a problem');
  await page.getByRole('button', { name: P('Cancel') }).click();

  await page.getByRole('button', { name: P('Prompts'), exact: true }).click();
  await page.getByLabel(P('Show hidden')).check();
  await page.getByRole('button', { name: P('Add your own prompt') }).click();
  await page.getByRole('button', { name: P('Add prompt') }).click();
  await expect(page.getByText(P('Write a prompt first.'))).toBeVisible();
  await expectTranslated('Prompts, adding one');
  await page.getByRole('button', { name: P('Done') }).click();

  // Apply template on an entry with writing asks first.
  await page
    .getByRole('navigation')
    .getByRole('button', { name: /Quokka/ })
    .click();
  await page.getByRole('button', { name: P('Apply template…') }).click();
  const apply = page.getByRole('dialog', { name: P('Apply a template to this entry') });
  await apply.locator('.template-option').first().click();
  await apply.getByRole('button', { name: P('Use this template') }).click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await expectTranslated('Apply template, asking first');
  await page
    .getByRole('alertdialog')
    .getByRole('button', { name: P('Cancel') })
    .click();

  await page.getByRole('button', { name: P('Export'), exact: true }).click();
  await expect(page.getByRole('heading', { name: P('Export for supervision') })).toBeVisible();
  await page.getByLabel(P('A cover page')).check();
  await page.getByRole('button', { name: P('Add a phrase') }).click();
  await expect(page.locator('.export-page')).toBeVisible();
  await expectTranslated('Export with a cover page, a phrase to hide and the preview');

  await page.getByRole('button', { name: P('Backup & import'), exact: true }).click();
  await expect(page.getByRole('heading', { name: P('Backup & import') })).toBeVisible();
  await expectTranslated('Backup & import');
  await page.getByRole('button', { name: P('Save an unencrypted copy…') }).click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await expectTranslated('the warning before an unencrypted copy');
  await page
    .getByRole('alertdialog')
    .getByRole('button', { name: P('Cancel') })
    .click();

  await page.getByRole('button', { name: P('Settings'), exact: true }).click();
  await expect(page.getByRole('heading', { name: P('Settings') })).toBeVisible();
  await page.getByLabel(P('Remind me to write')).check();
  await expectTranslated('Settings');

  await page.getByRole('button', { name: P('Keyboard shortcuts') }).click();
  await expect(page.getByRole('heading', { name: P('Keyboard shortcuts') })).toBeVisible();
  await expectTranslated('Keyboard shortcuts');
});
