// After Move to trash the writer lands in the next entry of the list, or on Today's page: never an empty screen.
import { expect, test } from './fixtures';

test.beforeEach(async ({ app }) => {
  await app.createVault();
  await app.entry.write('Morning page');
  await app.entry.expectSaved();
});

test('trashing opens the next entry down the list, with focus on Undo', async ({ app }) => {
  const { shell, entry, page } = app;
  for (const words of ['Second thoughts', 'Third visit']) {
    await shell.newEntryButton.click();
    await entry.write(words);
    await entry.expectSaved();
  }
  // Newest first: Third visit, Second thoughts, Morning page. Trash the middle one.
  await shell.entryButton(/Second thoughts/).click();
  await expect(entry.editor).toHaveText('Second thoughts');
  await entry.trashButton.click();
  await expect(shell.undoButton).toBeFocused();
  await expect(entry.editor).toHaveText('Morning page');
  await expect(shell.entryButton(/Second thoughts/)).toHaveCount(0);
  // The last one down: the one above it opens.
  await entry.trashButton.click();
  await expect(shell.undoButton).toBeFocused();
  await expect(entry.editor).toHaveText('Third visit');
  // Undo brings back the one just trashed, open.
  await page.keyboard.press('Enter');
  await expect(entry.editor).toBeFocused();
  await expect(entry.editor).toHaveText('Morning page');
});

test('trashing the only entry opens a fresh page for today, not an empty screen', async ({ app }) => {
  const { shell, entry } = app;
  const [only] = await app.savedEntries();
  await entry.trashButton.click();
  await expect(shell.undoButton).toBeFocused();
  await expect(entry.editor).toBeVisible();
  await expect(entry.editor).toHaveText('');
  await entry.expectDay(only!.date);
  await expect(shell.main).not.toContainText('Nothing open');
  const live = await app.savedEntries();
  expect(live.map((e) => e.id)).not.toContain(only!.id);
  expect(live).toHaveLength(1);
});
