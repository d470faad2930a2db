import { doc } from '../support/lexical-doc';
import { expect, test, PASSPHRASE, type AppPage } from './fixtures';
import type { Entry } from '@shared/entry';
const today = () => {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

test.beforeEach(async ({ app }) => {
  await app.createVault();
});

async function onlyEntry(app: AppPage): Promise<Entry> {
  const entries = await app.savedEntries();
  expect(entries).toHaveLength(1);
  return entries[0]!;
}

test('lands on today’s page after unlock and writes with formatting, saved to the vault', async ({ app }) => {
  const page = app.page;
  await app.entry.expectDay(today());
  await app.entry.write('# What happened\n');
  await page.keyboard.type('The board ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('listened');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' at last.\n- residents spoke first\n');
  await app.entry.expectSaved();
  await expect(app.entry.headings(1)).toHaveText('What happened');
  await expect(app.entry.bold.first()).toHaveText('listened');

  const entry = await onlyEntry(app);
  expect(entry.text).toContain('What happened');
  expect(entry.text).toContain('residents spoke first');
  const json = JSON.stringify(entry.content);
  expect(json).toContain('"tag":"h1"');
  expect(json).toContain('"listType":"bullet"');
  expect(json).toMatch(/"format":1,[^}]*"text":"listened"|"text":"listened"[^}]*"format":1/);
  expect(entry.wordCount).toBeGreaterThanOrEqual(9);
});

test('locking straight after typing saves the words first', async ({ app }) => {
  await app.entry.write('Typed a moment before locking');
  await app.shell.lockButton.click();
  await expect(app.unlockScreen.heading).toBeVisible();
  await app.unlock(PASSPHRASE);
  await expect(app.entry.editor).toContainText('Typed a moment before locking');
});

test('closing the window straight after typing saves the words first', async ({ app }) => {
  await app.entry.write('Typed a moment before closing');
  app.bridge.emit('window:closing', {});
  await expect.poll(() => app.bridge.os.closeReadyCalls).toBe(1);
  const entry = await onlyEntry(app);
  expect(entry.text).toContain('Typed a moment before closing');
});

test('a main-process idle lock flushes unsaved words before locking', async ({ app }) => {
  await app.entry.write('Written just before going idle');
  app.bridge.app.session.requestLock('idle');
  await expect(app.unlockScreen.heading).toBeVisible();
  await app.unlock(PASSPHRASE);
  await expect(app.entry.editor).toContainText('Written just before going idle');
});

test('Today returns to today’s entry; New entry adds another on the same day', async ({ app }) => {
  const page = app.page;
  await app.entry.write('First of the day');
  await app.shell.newEntryButton.click();
  await expect(app.entry.editor).not.toContainText('First of the day');
  await page.keyboard.type('Second of the day');
  await app.shell.todayButton.click();
  await expect(app.entry.editor).toContainText('First of the day');
  await expect(app.shell.entryButton(/First of the day/)).toBeVisible();
  await expect(app.shell.entryButton(/Second of the day/)).toBeVisible();
});

test('editing the date moves the entry to that day', async ({ app }) => {
  await app.entry.write('Belongs to Monday');
  await app.entry.date.fill('2026-03-02');
  await app.entry.expectSaved();
  const entry = await onlyEntry(app);
  expect(entry.date).toBe('2026-03-02');
  await expect(app.shell.listHeading(/Monday 2 March/)).toBeVisible();
});

test('move to trash, undo, then trash again and restore from the Trash screen', async ({ app }) => {
  await app.entry.write('A reflection I nearly lost');
  await app.entry.trashButton.click();
  // The toast's Undo, not the editor toolbar's.
  await app.shell.undoButton.click();
  await expect(app.entry.editor).toContainText('A reflection I nearly lost');

  await app.entry.trashButton.click();
  await expect(app.shell.entryButton(/nearly lost/)).toHaveCount(0);
  await app.shell.go('Trash');
  await app.trash.restoreButtons.click();
  await expect(app.shell.entryButton(/nearly lost/)).toBeVisible();
  expect(await app.savedEntries({ trashed: true })).toHaveLength(0);
});

test('an earlier version can be restored from History', async ({ app }) => {
  const page = app.page;
  await app.entry.write('First draft of the story');
  await app.entry.expectSaved();
  await page.keyboard.type(', then rewritten completely');
  await app.entry.expectSaved();
  await app.entry.restoreVersion('5 words');
  await expect(app.entry.editor).toHaveText('First draft of the story');
  const entry = await onlyEntry(app);
  expect(entry.text).not.toContain('rewritten completely');
});

test('History compares an earlier version with now, word by word', async ({ app }) => {
  const page = app.page;
  await app.entry.write('First draft of the story');
  await app.entry.expectSaved();
  await page.keyboard.type(', then rewritten completely');
  await app.entry.expectSaved();
  const changes = await app.entry.compareVersion('5 words');
  await expect(changes).toBeInViewport();
  await expect(changes.getByRole('insertion')).toHaveText(/rewritten completely/);
  await expect(changes).toContainText('First draft of the story');
  await expect(changes.getByRole('deletion')).toHaveCount(0);
});

test('a failed save says so, keeps the words, and Retry saves them', async ({ app }) => {
  const handlers = app.bridge.app.handlers as unknown as Record<string, (input: unknown) => Promise<unknown>>;
  const realUpdate = handlers['entries:update']!;
  handlers['entries:update'] = async () => {
    throw Object.assign(
      new (await import('@shared/errors')).AppError(
        'DISK_FULL',
        'There is no space left on the disk to save this entry.',
      ),
    );
  };
  await app.entry.write('Words the disk could not take');
  const alert = app.entry.saveError;
  await expect(alert).toContainText('The disk is full');
  handlers['entries:update'] = realUpdate;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await app.entry.expectSaved();
  expect((await onlyEntry(app)).text).toContain('Words the disk could not take');
});

test('a link opens in the system browser only after the person confirms', async ({ app }) => {
  const page = app.page;
  await app.entry.write('See https://www.wenger-trayner.com/ for more ');
  const link = app.entry.link('https://www.wenger-trayner.com/');
  app.bridge.os.confirmLinks = false;
  await link.click();
  await expect.poll(() => app.bridge.os.asked.length).toBe(1);
  expect(app.bridge.os.opened).toEqual([]);
  app.bridge.os.confirmLinks = true;
  await link.click();
  await expect.poll(() => app.bridge.os.asked.length).toBe(2);
  await expect.poll(() => app.bridge.os.opened).toEqual(['https://www.wenger-trayner.com/']);
  expect(page.url()).toContain('/index.html');
});

test('Ctrl+L locks from anywhere; undo and redo work; the word count follows the text', async ({ app }) => {
  const page = app.page;
  await app.entry.write('one two three');
  await expect(page.getByText('3 words')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(app.entry.editor).not.toContainText('one two three');
  await page.keyboard.press('Control+Shift+z');
  await expect(app.entry.editor).toContainText('one two three');
  await page.keyboard.press('Control+l');
  await expect(app.unlockScreen.heading).toBeVisible();
});

test('at 800×600 the writing screen fits without sideways scrolling', async ({ app }) => {
  const page = app.page;
  await page.setViewportSize({ width: 800, height: 600 });
  await expect(app.entry.editor).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  const box = await app.entry.editor.boundingBox();
  expect(box!.width).toBeGreaterThan(350);
});

test('switching to another entry straight after typing saves the words first', async ({ app }) => {
  const page = app.page;
  await app.bridge.app.handlers['entries:create']({
    date: '2026-02-01',
    title: 'An older reflection',
    templateId: null,
    tags: { worlds: [], free: [] },
    content: doc(),
  });
  await page.reload();
  await app.entry.write('Typed a moment before switching');
  await app.shell.entryButton(/An older reflection/).click();
  await app.entry.expectDay('2026-02-01');
  await expect
    .poll(async () => (await app.savedEntries()).find((e) => e.date === today())?.text)
    .toContain('Typed a moment before switching');
});
