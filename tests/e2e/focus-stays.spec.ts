import { expect, test } from './fixtures';

test.beforeEach(async ({ app }) => {
  await app.createVault();
});

test('typing into Worlds and Tags while their saves land never moves the keystrokes into the entry', async ({
  app,
}) => {
  const { entry, page } = app;
  await entry.write('Morning check-in');
  await entry.expectSaved();

  // A world is added; its save lands while the next tag is being typed.
  await entry.worlds.focus();
  await page.keyboard.type('Riverside');
  const worldSaved = app.nextAnswer('entries:update');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(entry.tags).toBeFocused();
  await page.keyboard.type('reflec');
  await worldSaved;
  await expect(entry.tags).toBeFocused();
  await page.keyboard.type('tion');
  const tagSaved = app.nextAnswer('entries:update');
  await page.keyboard.press('Enter');
  await tagSaved;
  await expect(entry.tags).toBeFocused();

  // Back to Worlds (past the new tag's filter and remove buttons) while that save lands, then a second world.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+Tab');
  await expect(entry.worlds).toBeFocused();
  await page.keyboard.type('Council');
  await page.keyboard.press('Enter');
  await expect(entry.removeChip('Council')).toBeVisible();
  await entry.expectSaved();
  await expect(entry.worlds).toBeFocused();

  // Coming back to the window reloads the journal; typing in the title meanwhile stays in the title.
  await entry.title.focus();
  const reloaded = app.nextAnswer('entries:list');
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await page.keyboard.type('Check-in');
  await reloaded;
  await page.keyboard.type(' notes');
  await expect(entry.title).toBeFocused();
  await expect(entry.title).toHaveValue('Check-in notes');

  await expect(entry.editor).toHaveText('Morning check-in');
  await expect(entry.removeChip('reflection')).toBeVisible();
  const [saved] = await app.savedEntries();
  expect(saved!.text).toBe('Morning check-in');
  expect(saved!.tags).toEqual({ worlds: ['Riverside', 'Council'], people: [], free: ['reflection'] });
});
