import { localDay } from '@shared/calendar-day';
import type { Entry } from '@shared/entry';
import { textDoc } from '../support/lexical-doc';
import { expect, test } from './fixtures';

test('an entry lists the entries that link to it, and opens one', async ({ app }) => {
  const { entry, shell } = app;
  await app.createVault();
  const handlers = app.bridge.app.handlers;
  await handlers['entries:create']({
    date: localDay(),
    title: 'The discharge meeting',
    templateId: null,
    content: textDoc('Both teams at one table.'),
    tags: { worlds: ['council'], free: [] },
  });
  // A weekly review links to each entry of the week.
  const review = (await handlers['reviews:start']({ kind: 'week', today: localDay() })) as Entry;
  await app.lock();
  await app.unlock();

  await shell.entryButton(/The discharge meeting/).click();
  await expect(entry.title).toHaveValue('The discharge meeting');
  await expect(entry.linkedFrom).toHaveCount(1);
  await expect(entry.linkedFrom.first()).toContainText(review.title);
  await entry.linkedFrom.first().click();
  await expect(entry.title).toHaveValue(review.title);
  await expect(entry.linkedFrom).toHaveCount(0);
});
