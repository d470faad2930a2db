import { expect, test } from './fixtures';

test.beforeEach(async ({ app }) => {
  await app.createVault();
  await app.entry.write('Walked by the river with the youth group');
  await app.entry.expectSaved();
});

test('tabbing through the quick search field leaves the screen as it is', async ({ app }) => {
  const { shell, entry, page } = app;
  await shell.newFromTemplateButton.focus();
  await page.keyboard.press('Tab');
  await expect(shell.quickSearch).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(shell.quickSearch).not.toBeFocused();
  await expect(entry.editor).toContainText('Walked by the river');
  await expect(app.search.field).toBeHidden();
});

test('typing in the quick search field opens Search with the words, and Enter opens it too', async ({ app }) => {
  const { shell, page } = app;
  await shell.quickSearch.focus();
  await page.keyboard.type('river');
  await expect(app.search.field).toHaveValue('river');
  await expect(app.search.results.first()).toContainText('river');

  await shell.go('Calendar');
  await shell.quickSearch.focus();
  await page.keyboard.press('Enter');
  await expect(app.search.field).toBeVisible();
});
