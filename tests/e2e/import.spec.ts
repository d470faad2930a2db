import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { expect, test } from './fixtures';

const dayOneZip = (entries: unknown[]) => zipSync({ 'Journal.json': strToU8(JSON.stringify({ entries })) });

test('a folder of Markdown files and a Day One zip are imported through the Backup & import screen', async ({
  app,
  dataDir,
}) => {
  const { shell, backup, entry } = app;
  await app.createVault();
  const folder = join(dataDir, 'notes');
  await mkdir(folder);
  await writeFile(
    join(folder, 'away-day.md'),
    '---\ntitle: Board away day\ndate: 2024-03-05\ntags: [board]\n---\nWe **listened**.',
  );
  await writeFile(join(folder, '2024-04-09 Garden meeting.md'), '## Volunteers\n\n- Ana came\n- so did Ben');
  app.bridge.os.nextPickedFolder = folder;

  await shell.go('Backup & import');
  await backup.importMarkdownButton.click();
  await expect(backup.done('Imported 2 entries.')).toBeVisible();
  await expect(shell.entryButton(/Board away day/)).toBeVisible();
  await expect(shell.entryButton(/Garden meeting/)).toBeVisible();

  const zip = join(dataDir, 'dayone.zip');
  await writeFile(
    zip,
    dayOneZip([
      { creationDate: '2024-05-01T09:00:00Z', timeZone: 'UTC', text: 'Harbour walk at dawn', tags: ['walks'] },
    ]),
  );
  app.bridge.os.nextPickedFile = zip;
  await backup.importDayOneButton.click();
  await expect(backup.done('Imported 1 entry.')).toBeVisible();
  await shell.entryButton(/Harbour walk at dawn/).click();
  await expect(entry.editor).toContainText('Harbour walk at dawn');
});

test('a damaged zip is refused in one plain sentence and the journal is unchanged', async ({ app, dataDir }) => {
  const { shell, backup } = app;
  await app.createVault();
  // Today's page is made once the journal opens; wait for it, so 'before' already holds it.
  await expect(app.entry.editor).toBeVisible();
  const whole = dayOneZip([{ creationDate: '2024-05-01T09:00:00Z', text: 'Cut' }]);
  const cut = join(dataDir, 'cut.zip');
  await writeFile(cut, whole.subarray(0, whole.length - 30));
  const before = await app.bridge.app.handlers['entries:list']({});
  app.bridge.os.nextPickedFile = cut;
  await shell.go('Backup & import');
  await backup.importDayOneButton.click();
  await expect(backup.error).toContainText('That file cannot be imported');
  await expect(backup.error).toContainText('is not a complete zip file');
  expect(await app.bridge.app.handlers['entries:list']({})).toEqual(before);
});

test('the unencrypted copy names the risk first, and writes nothing until it is confirmed', async ({
  app,
  dataDir,
}) => {
  const { shell, backup } = app;
  await app.createVault();
  await shell.go('Backup & import');
  await backup.plainCopyButton.click();
  await expect(backup.plainCopyWarning).toContainText('This copy is not encrypted.');
  await expect(backup.plainCopyWarning).toContainText('can read every entry');
  await backup.cancelPlainCopyButton.click();
  expect(app.bridge.os.dialogs).toEqual([]);

  app.bridge.os.nextSavePath = join(dataDir, 'plain.json');
  await backup.plainCopyButton.click();
  await backup.confirmPlainCopyButton.click();
  await expect(backup.done(/Unencrypted copy saved: 1 entry/)).toBeVisible();
  expect(JSON.parse(await readFile(join(dataDir, 'plain.json'), 'utf8')).entries).toHaveLength(1);
});
