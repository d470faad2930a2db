import AxeBuilder from '@axe-core/playwright';
import { fillJournal } from '../support/big-journal';
import { expect, test } from './fixtures';

const ENTRIES = 10_000;

test('a 10,000-entry journal: a virtual list the keyboard crosses, where a save redraws one row', async ({ app }) => {
  test.setTimeout(240_000);
  const { page, shell, entry } = app;
  await app.createVault();
  await fillJournal(app.bridge.app.session.open(), ENTRIES);
  await app.reload();
  await expect(shell.entryButton('Reflection 09999')).toBeVisible();

  // Virtual: every entry is a row of the list, but only a screenful is in the page.
  expect(Number(await shell.entryList.getAttribute('data-rows'))).toBeGreaterThan(ENTRIES);
  const drawn = await shell.drawnEntries.count();
  expect(drawn).toBeGreaterThan(2);
  expect(drawn).toBeLessThan(60);
  expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeLessThan(1_500);

  // The keyboard reaches the oldest entry, and the rows around it are drawn there.
  await shell.entryButton('Reflection 09999').focus();
  await page.keyboard.press('ArrowDown');
  await expect(shell.entryButton('Reflection 09998')).toBeFocused();
  await page.keyboard.press('End');
  await expect(shell.entryButton('Reflection 00000')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(shell.entryButton('Reflection 00002')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(entry.title).toHaveValue('Reflection 00002');
  expect(await shell.drawnEntries.count()).toBeLessThan(60);

  // A save redraws the saved row alone.
  const draws = () =>
    shell.entryList
      .locator('[data-entry-row]')
      .evaluateAll((rows) =>
        Object.fromEntries(rows.map((r) => [r.getAttribute('data-entry-row'), Number(r.getAttribute('data-renders'))])),
      );
  await entry.expectSaved();
  const before = await draws();
  await entry.title.fill('Reflection 00002, revisited');
  await entry.expectSaved();
  await expect(shell.entryButton('Reflection 00002, revisited')).toBeVisible();
  const after = await draws();
  const redrawn = Object.keys(after).filter((id) => after[id] !== before[id]);
  expect(redrawn).toHaveLength(1);
  expect(Object.keys(after).length).toBeGreaterThan(2);

  // Axe scans the list as drawn: headings, rows and the scroller.
  const { violations } = await new AxeBuilder({ page }).include('nav').analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});
