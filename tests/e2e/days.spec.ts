import { localDay } from '@shared/calendar-day';
import { textDoc } from '../support/lexical-doc';
import { expect, test } from './fixtures';

const daysAgo = (n: number) => localDay(new Date(Date.now() - n * 86_400_000));

test('Alt+← and Alt+→, and the buttons beside the date, step through the days that have a reflection', async ({
  app,
}) => {
  const { entry, page } = app;
  await app.createVault();
  const handlers = app.bridge.app.handlers;
  for (const [ago, title] of [
    [40, 'Before the funding round'],
    [3, 'The discharge meeting'],
  ] as const)
    await handlers['entries:create']({
      date: daysAgo(ago),
      title,
      content: textDoc(`${title}, in a few words.`),
      templateId: null,
      tags: { worlds: [], free: [] },
    });
  await app.lock();
  await app.unlock();
  await entry.expectDay(localDay());

  await entry.editor.click();
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(entry.title).toHaveValue('The discharge meeting');
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(entry.title).toHaveValue('Before the funding round');
  await expect(entry.previousDay).toBeDisabled();

  await entry.nextDay.click();
  await expect(entry.title).toHaveValue('The discharge meeting');
  await expect(entry.nextDay).toHaveAccessibleName(/^Next day: /);
  await page.keyboard.press('Alt+ArrowRight');
  await entry.expectDay(localDay());
  await expect(entry.nextDay).toBeDisabled();
});
