import { doc } from '../support/lexical-doc';
import { expect, test, PASSPHRASE } from './fixtures';
import type { Entry, EntryMeta } from '@shared/entry';

const editor = (page: import('@playwright/test').Page) => page.getByRole('textbox', { name: 'Reflection' });
const today = () => {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

test.beforeEach(async ({ app }) => {
  await app.createVault();
});

async function onlyEntry(app: {
  bridge: {
    app: {
      handlers: {
        'entries:list': (i: { trashed?: boolean }) => unknown;
        'entries:get': (i: { id: string }) => unknown;
      };
    };
  };
}): Promise<Entry> {
  const { entries } = (await app.bridge.app.handlers['entries:list']({})) as { entries: EntryMeta[] };
  expect(entries).toHaveLength(1);
  return (await app.bridge.app.handlers['entries:get']({ id: entries[0]!.id })) as Entry;
}

test('lands on today’s page after unlock and writes with formatting, saved to the vault', async ({ app }) => {
  const page = app.page;
  await expect(page.getByLabel('Date')).toHaveValue(today());
  await editor(page).click();
  await page.keyboard.type('# What happened\n');
  await page.keyboard.type('The board ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('listened');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' at last.\n- residents spoke first\n');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await expect(editor(page).locator('h1')).toHaveText('What happened');
  await expect(editor(page).locator('strong, b, .editor-text-bold').first()).toHaveText('listened');

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
  const page = app.page;
  await editor(page).click();
  await page.keyboard.type('Typed a moment before locking');
  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(page.getByRole('heading', { name: 'Your journal is locked' })).toBeVisible();
  await app.unlock(PASSPHRASE);
  await expect(editor(page)).toContainText('Typed a moment before locking');
});

test('closing the window straight after typing saves the words first', async ({ app }) => {
  const page = app.page;
  await editor(page).click();
  await page.keyboard.type('Typed a moment before closing');
  app.bridge.emit('window:closing', {});
  await expect.poll(() => app.bridge.os.closeReadyCalls).toBe(1);
  const entry = await onlyEntry(app);
  expect(entry.text).toContain('Typed a moment before closing');
});

test('a main-process idle lock flushes unsaved words before locking', async ({ app }) => {
  const page = app.page;
  await editor(page).click();
  await page.keyboard.type('Written just before going idle');
  app.bridge.app.session.requestLock('idle');
  await expect(page.getByRole('heading', { name: 'Your journal is locked' })).toBeVisible();
  await app.unlock(PASSPHRASE);
  await expect(editor(page)).toContainText('Written just before going idle');
});

test('Today returns to today’s entry; New entry adds another on the same day', async ({ app }) => {
  const page = app.page;
  await editor(page).click();
  await page.keyboard.type('First of the day');
  await page.getByRole('button', { name: 'New entry' }).click();
  await expect(editor(page)).not.toContainText('First of the day');
  await page.keyboard.type('Second of the day');
  await page.getByRole('button', { name: 'Today', exact: true }).click();
  await expect(editor(page)).toContainText('First of the day');
  const nav = page.getByRole('navigation', { name: 'Journal' });
  await expect(nav.getByRole('button', { name: /First of the day/ })).toBeVisible();
  await expect(nav.getByRole('button', { name: /Second of the day/ })).toBeVisible();
});

test('editing the date moves the entry to that day', async ({ app }) => {
  const page = app.page;
  await editor(page).click();
  await page.keyboard.type('Belongs to Monday');
  await page.getByLabel('Date').fill('2026-03-02');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  const entry = await onlyEntry(app);
  expect(entry.date).toBe('2026-03-02');
  await expect(
    page.getByRole('navigation', { name: 'Journal' }).getByRole('heading', { name: /Monday 2 March/ }),
  ).toBeVisible();
});

test('move to trash, undo, then trash again and restore from the Trash screen', async ({ app }) => {
  const page = app.page;
  await editor(page).click();
  await page.keyboard.type('A reflection I nearly lost');
  await page.getByRole('button', { name: 'Move to trash' }).click();
  // The toast's Undo, not the editor toolbar's.
  await page.locator('.toast').getByRole('button', { name: 'Undo' }).click();
  await expect(editor(page)).toContainText('A reflection I nearly lost');

  await page.getByRole('button', { name: 'Move to trash' }).click();
  await expect(
    page.getByRole('navigation', { name: 'Journal' }).getByRole('button', { name: /nearly lost/ }),
  ).toHaveCount(0);
  await page.getByRole('button', { name: 'Trash', exact: true }).click();
  await page.getByRole('button', { name: /^Restore/ }).click();
  await expect(
    page.getByRole('navigation', { name: 'Journal' }).getByRole('button', { name: /nearly lost/ }),
  ).toBeVisible();
  const { entries } = (await app.bridge.app.handlers['entries:list']({ trashed: true })) as { entries: EntryMeta[] };
  expect(entries).toHaveLength(0);
});

test('an earlier version can be restored from History', async ({ app }) => {
  const page = app.page;
  await editor(page).click();
  await page.keyboard.type('First draft of the story');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await page.keyboard.type(', then rewritten completely');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await page.getByRole('button', { name: 'History' }).click();
  const history = page.getByRole('region', { name: 'Earlier versions' });
  await history
    .getByRole('listitem')
    .filter({ hasText: '5 words' })
    .getByRole('button', { name: /Restore/ })
    .click();
  await expect(editor(page)).toHaveText('First draft of the story');
  const entry = await onlyEntry(app);
  expect(entry.text).not.toContain('rewritten completely');
});

test('a failed save says so, keeps the words, and Retry saves them', async ({ app }) => {
  const page = app.page;
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
  await editor(page).click();
  await page.keyboard.type('Words the disk could not take');
  const alert = page.getByRole('alert').filter({ hasText: 'Not saved' });
  await expect(alert).toContainText('The disk is full');
  handlers['entries:update'] = realUpdate;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  expect((await onlyEntry(app)).text).toContain('Words the disk could not take');
});

test('a link opens in the system browser only after the person confirms', async ({ app }) => {
  const page = app.page;
  await editor(page).click();
  await page.keyboard.type('See https://www.wenger-trayner.com/ for more ');
  const link = editor(page).getByRole('link', { name: 'https://www.wenger-trayner.com/' });
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
  await editor(page).click();
  await page.keyboard.type('one two three');
  await expect(page.getByText('3 words')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(editor(page)).not.toContainText('one two three');
  await page.keyboard.press('Control+Shift+z');
  await expect(editor(page)).toContainText('one two three');
  await page.keyboard.press('Control+l');
  await expect(page.getByRole('heading', { name: 'Your journal is locked' })).toBeVisible();
});

test('at 800×600 the writing screen fits without sideways scrolling', async ({ app }) => {
  const page = app.page;
  await page.setViewportSize({ width: 800, height: 600 });
  await expect(editor(page)).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  const box = await editor(page).boundingBox();
  expect(box!.width).toBeGreaterThan(350);
});

test('switching to another entry straight after typing saves the words first', async ({ app }) => {
  const page = app.page;
  await app.bridge.app.handlers['entries:create']({
    date: '2026-02-01',
    title: 'An older reflection',
    templateId: null,
    tags: { worlds: [], people: [], free: [] },
    content: doc(),
    text: '',
  });
  await page.reload();
  await editor(page).click();
  await page.keyboard.type('Typed a moment before switching');
  await page
    .getByRole('navigation', { name: 'Journal' })
    .getByRole('button', { name: /An older reflection/ })
    .click();
  await expect(page.getByLabel('Date')).toHaveValue('2026-02-01');
  const { entries } = (await app.bridge.app.handlers['entries:list']({})) as { entries: EntryMeta[] };
  const todays = entries.find((e) => e.date === today())!;
  await expect
    .poll(async () => ((await app.bridge.app.handlers['entries:get']({ id: todays.id })) as Entry).text)
    .toContain('Typed a moment before switching');
});
