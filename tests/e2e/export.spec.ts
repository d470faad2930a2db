import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { EntryDraft } from '@shared/entry';
import { pdfText } from '../support/export-readers';
import { doc, mentionNode, paragraph, textNode } from '../support/lexical-doc';
import { expect, test, type AppPage } from './fixtures';

const NAMES = /Marguerite|Hollowbrook|Østergaard/i;

/** Entries made through the real handlers, then the journal reopened so the page lists them. */
async function seed(app: AppPage, count: number, extra: EntryDraft[] = []): Promise<void> {
  const world = 'Council';
  for (const draft of extra) await app.bridge.app.handlers['entries:create'](draft as never);
  for (let i = 0; i < count; i++) {
    const draft: EntryDraft = {
      date: `2026-10-${String((i % 28) + 1).padStart(2, '0')}`,
      title: `Visit ${i + 1}`,
      tags: { worlds: [world], free: [] },
      content: doc(
        paragraph(mentionNode('Marguerite'), textNode(` met me at Hollowbrook Trust with Østergaard, visit ${i + 1}.`)),
        paragraph(textNode('We talked about the waiting list and the next steps for the group. '.repeat(4))),
      ),
    };
    await app.bridge.app.handlers['entries:create'](draft as never);
  }
  await app.lock();
  await app.unlock();
  await expect(app.shell.nav).toBeVisible();
}

test('choosing, previewing, redacting and exporting: no redacted name is in the file', async ({
  app,
  page,
  dataDir,
}) => {
  await app.createVault();
  await seed(app, 3, [
    {
      date: '2026-10-30',
      title: 'Elsewhere',
      tags: { worlds: ['Hospital'], free: [] },
      content: doc(paragraph(textNode('Not for this pack.'))),
    },
  ]);

  await page.keyboard.press('Control+Shift+E');
  const screen = app.exportScreen;
  await screen.expectShown();
  // Three visits, the other entry, and today's page.
  await expect(screen.chosenCount).toHaveText('5 of 5 chosen');
  await screen.world.selectOption('Council');
  await expect(screen.chosenCount).toHaveText('3 of 3 chosen');
  await screen.entry(/Visit 2/).uncheck();
  await expect(screen.chosenCount).toHaveText('2 of 3 chosen');

  await screen.format.selectOption('md');
  await expect(screen.preview.getByRole('heading', { name: '2 entries, as they will appear' })).toBeVisible();
  await expect(screen.previewText).toContainText('Person A met me at Hollowbrook Trust');

  await screen.addPhrase('hollowbrook trust', 'a charity');
  await screen.addPhrase('Østergaard', 'a colleague');
  await screen.labelFor('Marguerite').fill('my manager');
  await screen.saveListButton.click();
  await expect(screen.previewText).toContainText('my manager met me at a charity with a colleague, visit 1.');
  await expect(screen.previewText).not.toContainText(NAMES);

  app.bridge.os.nextExportPath = join(dataDir, 'pack.md');
  await screen.exportButton.click();
  await expect(screen.saved).toContainText('Saved 2 entries');
  const markdown = await readFile(join(dataDir, 'pack.md'), 'utf8');
  expect(markdown).toContain('my manager met me at a charity with a colleague, visit 3.');
  expect(markdown).not.toMatch(NAMES);
  expect(markdown).not.toContain('Visit 2');
  expect(markdown).not.toContain('Not for this pack');

  await screen.format.selectOption('pdf');
  await expect(screen.previewImage).toBeVisible();
  app.bridge.os.nextExportPath = join(dataDir, 'pack.pdf');
  await screen.exportButton.click();
  await expect(screen.saved).toContainText('pack.pdf');
  const text = pdfText(await readFile(join(dataDir, 'pack.pdf')));
  expect(text).toContain('my manager met me at a charity');
  expect(text).not.toMatch(NAMES);
  expect(app.bridge.os.exportNames.at(-1)).toMatch(/^Supervision \d{4}-\d{2} Landscape\.pdf$/);
  const prefs = JSON.stringify(await app.bridge.app.handlers['settings:get'](undefined as never));
  expect(prefs).not.toMatch(NAMES);
  expect(prefs).not.toMatch(/my manager|a charity/);
});

test('"Export this entry" chooses just that entry', async ({ app }) => {
  await app.createVault();
  await seed(app, 2);
  await app.shell.entryButton(/Visit 2/).click();
  // Today's page has the same button: wait until the chosen entry is the one open.
  await expect(app.entry.title).toHaveValue('Visit 2');
  await app.page.getByRole('button', { name: 'Export this entry…' }).click();
  await app.exportScreen.expectShown();
  await expect(app.exportScreen.chosenCount).toHaveText('1 of 3 chosen');
  await expect(app.exportScreen.entry(/Visit 2/)).toBeChecked();
});

test('cancelling an export leaves no file behind', async ({ app, dataDir }) => {
  await app.createVault();
  await seed(app, 120);
  await app.shell.go('Export');
  const screen = app.exportScreen;
  await screen.format.selectOption('pdf');
  app.bridge.os.nextExportPath = join(dataDir, 'out', 'pack.pdf');
  await mkdir(join(dataDir, 'out'));
  await screen.exportButton.click();
  await expect(screen.progress).toBeVisible();
  await screen.cancelButton.click();
  await expect(screen.cancelled).toBeVisible();
  expect(await readdir(join(dataDir, 'out'))).toEqual([]);
});

test('typing and autosave carry on while a 500-entry pack is built', async ({ app, dataDir }) => {
  test.setTimeout(240_000);
  await app.createVault();
  await seed(app, 500);
  await app.shell.go('Export');
  await app.exportScreen.format.selectOption('pdf');
  const out = join(dataDir, 'big.pdf');
  app.bridge.os.nextExportPath = out;
  await app.exportScreen.exportButton.click();
  await expect(app.exportScreen.progress).toBeVisible();

  await app.shell.todayButton.click();
  const typingStarted = Date.now();
  const sentence = 'Typing while the pack is made.';
  await app.entry.write(sentence);
  await expect(app.entry.editor).toContainText(sentence);
  await app.entry.expectSaved();
  const saved = await app.savedEntries();
  expect(saved.some((entry) => entry.text.includes(sentence))).toBe(true);

  await expect.poll(() => existsSync(out), { timeout: 180_000 }).toBe(true);
  // The export was still being built when the typing began.
  expect((await stat(out)).mtimeMs).toBeGreaterThan(typingStarted);
  expect(pdfText(await readFile(out))).not.toContain('Marguerite');
});
