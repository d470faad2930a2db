import { join } from 'node:path';
import { createBackup } from '../../src/main/core/backup/create-backup';
import { Vault } from '../../src/main/core/vault/vault';
import { textDoc } from '../support/lexical-doc';
import { expect, PASSPHRASE, test } from './fixtures';

const CHEAP_KDF = { N: 2 ** 10, r: 8, p: 1 };

test('a backup saved from the journal is added back without duplicates, then restored as a separate journal', async ({
  app,
  dataDir,
}) => {
  const { shell, backup } = app;
  await app.createVault();
  const handlers = app.bridge.app.handlers;
  const draft = (date: string, title: string) => ({
    date,
    title,
    templateId: null,
    tags: { worlds: [], free: [] },
    content: textDoc(title),
  });
  await handlers['entries:create'](draft('2025-01-10', 'Before the backup'));
  await app.reload();
  await shell.go('Backup & import');
  app.bridge.os.nextSavePath = join(dataDir, 'journal.landscape-backup');
  await backup.saveBackupButton.click();
  await expect(backup.done(/Backup saved: 2 entries/)).toBeVisible();
  await handlers['entries:create'](draft('2025-01-11', 'After the backup'));

  app.bridge.os.nextPickedFile = join(dataDir, 'journal.landscape-backup');
  await backup.chooseBackupButton.click();
  await backup.backupPassphrase.fill(PASSPHRASE);
  await backup.addToJournalButton.click();
  await expect(backup.done(/0 entries added, 2 already here/)).toBeVisible();

  app.bridge.os.nextPickedFolder = join(dataDir, 'restored');
  await backup.backupPassphrase.fill(PASSPHRASE);
  await backup.restoreButton.click();
  await expect(backup.done(/Restored/)).toBeVisible();
  await expect(shell.entryButton(/Before the backup/)).toBeVisible();
  await expect(shell.entryButton(/After the backup/)).toHaveCount(0);
  expect((await handlers['vault:status'](undefined)).dir).toBe(join(dataDir, 'restored'));
});

test('on a new computer, the first screen restores a backup as the journal', async ({ app, dataDir }) => {
  const { vault } = await Vault.create(join(dataDir, 'old-computer'), PASSPHRASE, { kdf: CHEAP_KDF });
  await vault.entries.create({
    date: '2024-12-01',
    title: 'From the old computer',
    content: { root: { type: 'root', children: [] } },
  });
  await createBackup(vault, join(dataDir, 'old.landscape-backup'), { includeRevisions: true });
  vault.lock();

  const { shell, backup, createScreen } = app;
  await expect(createScreen.heading).toBeVisible();
  app.bridge.os.nextPickedFile = join(dataDir, 'old.landscape-backup');
  app.bridge.os.nextPickedFolder = join(dataDir, 'journal');
  await backup.chooseBackupButton.click();
  await backup.backupPassphrase.fill('not the passphrase of it 7');
  await backup.restoreButton.click();
  await expect(backup.error).toContainText('That passphrase does not open this backup');
  await backup.backupPassphrase.fill(PASSPHRASE);
  await backup.restoreButton.click();
  await expect(shell.entryButton(/From the old computer/)).toBeVisible();
});
