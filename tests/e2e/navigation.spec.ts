import { textDoc } from '../support/lexical-doc';
import { expect, test } from './fixtures';

const doc = (text: string) => textDoc(text);

test('the list groups entries by week and day, and opens one', async ({ app }) => {
  await app.createVault();
  const h = app.bridge.app.handlers;
  await h['entries:create']({
    date: '2026-03-02',
    content: doc('Board met residents'),
    title: '',
    templateId: null,
    tags: { worlds: [], free: [] },
  });
  await h['entries:create']({
    date: '2026-03-04',
    content: doc('Council said no'),
    title: 'A setback',
    templateId: null,
    tags: { worlds: [], free: [] },
  });
  await h['entries:create']({
    date: '2026-03-12',
    content: doc('Next week'),
    title: '',
    templateId: null,
    tags: { worlds: [], free: [] },
  });
  await app.reload();
  const { shell, entry } = app;
  await expect(shell.listHeading(/Week of 2 March 2026/)).toBeVisible();
  await expect(shell.listHeading(/Week of 9 March 2026/)).toBeVisible();
  await expect(shell.listHeading(/Wednesday 4 March/)).toBeVisible();
  await shell.entryButton(/A setback/).click();
  await expect(entry.editor).toHaveText('Council said no');
  await shell.entryButton(/Board met residents/).click();
  await expect(entry.editor).toHaveText('Board met residents');
});

test('the calendar jumps to a date and opens its entry', async ({ app }) => {
  await app.createVault();
  const h = app.bridge.app.handlers;
  const now = new Date();
  const lastMonth = new Date(now.getFullYear(), now.getMonth() - 1, 15);
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${lastMonth.getFullYear()}-${pad(lastMonth.getMonth() + 1)}-15`;
  await h['entries:create']({
    date,
    content: doc('Mid-month reflection'),
    title: 'Mid-month',
    templateId: null,
    tags: { worlds: [], free: [] },
  });
  await app.reload();
  const { calendar } = app;
  await app.shell.go('Calendar');
  await calendar.previousMonth.click();
  await calendar.day(/15 .*1 entry/).click();
  await calendar.entryButton(/Mid-month/).click();
  await expect(app.entry.editor).toHaveText('Mid-month reflection');
});
