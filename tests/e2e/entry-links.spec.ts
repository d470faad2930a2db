import { localDay } from '@shared/calendar-day';
import { textDoc } from '../support/lexical-doc';
import { expect, test } from './fixtures';

test('a setback links to its recovery, which lists it under Linked from and stays titled as it is now', async ({
  app,
}) => {
  const { entry, shell, page } = app;
  await app.createVault();
  const handlers = app.bridge.app.handlers;
  const entryOf = (title: string, text: string) =>
    handlers['entries:create']({
      date: localDay(),
      title,
      templateId: null,
      content: textDoc(text),
      tags: { worlds: [], free: [] },
    });
  await entryOf('Back on track', 'The panel agreed the plan.');
  await entryOf('A setback', 'The panel said no.');
  await app.lock();
  await app.unlock();

  // In the setback, "Link to entry…" offers the journal's entries; Enter links the one chosen.
  await shell.entryButton(/A setback/).click();
  await expect(entry.title).toHaveValue('A setback');
  await entry.write(' Later: ');
  await entry.linkToEntryButton.click();
  await page.keyboard.type('back');
  await expect(entry.entryChoices).toHaveText([/^Back on track · /]);
  await page.keyboard.press('Enter');
  await expect(entry.entryLinks).toHaveText(['Back on track']);
  await entry.expectSaved();

  // The recovery lists the setback; retitled, the link in the setback shows its new title.
  await entry.entryLinks.click();
  await expect(entry.title).toHaveValue('Back on track');
  await expect(entry.linkedFrom).toHaveText([/A setback/]);
  await entry.title.fill('Back on track with the panel');
  await entry.expectSaved();
  await entry.linkedFrom.first().click();
  await expect(entry.title).toHaveValue('A setback');
  await expect(entry.entryLinks).toHaveText(['Back on track with the panel']);
  await expect(entry.editor).toContainText('The panel said no. Later: Back on track with the panel');
});
