import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, PASSPHRASE, test } from './fixtures';

const NEXT = 'copper meadow signal drift';

test('re-encrypting from Settings: a new key, a new recovery key to keep, and only the new passphrase opens', async ({
  app,
  dataDir,
}) => {
  const { entry, settings, createScreen } = app;
  await app.createVault();
  await entry.write('A setback at the partnership board, and what came after.');
  await entry.expectSaved();
  const vault = join(dataDir, 'vault');
  const [file] = await readdir(join(vault, 'entries'));
  const before = await readFile(join(vault, 'entries', file!));

  await app.shell.go('Settings');
  await settings.reencrypt(PASSPHRASE, NEXT);
  const heading = app.page.getByRole('heading', { name: 'Keep your recovery key safe', level: 2 });
  await expect(heading).toBeFocused();
  const key = (await createScreen.recoveryKey.textContent())!;
  expect(key).toMatch(/^([0-9A-Z]{4}-){13}[0-9A-Z]{4}$/);
  const { violations } = await new AxeBuilder({ page: app.page }).include('.settings').analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  await createScreen.confirmRecoveryKey(key);
  await app.page.getByRole('button', { name: 'I have kept it — back to settings' }).click();
  await expect(settings.reencryptForm.getByRole('status')).toHaveText(/The journal is re-encrypted/);

  // The entry's file was sealed again: same name, other bytes.
  expect((await readFile(join(vault, 'entries', file!))).equals(before)).toBe(false);

  await app.lock();
  await app.unlock(PASSPHRASE);
  await expect(app.unlockScreen.alert).toContainText('passphrase');
  await app.unlock(NEXT);
  await expect(app.shell.nav).toBeVisible();
  await expect(entry.editor).toContainText('A setback at the partnership board');
});

test('a wrong current passphrase is said once, and the journal is left as it was', async ({ app, dataDir }) => {
  await app.createVault();
  const header = await readFile(join(dataDir, 'vault', 'landscape-vault.json'), 'utf8');
  await app.shell.go('Settings');
  await app.settings.reencrypt('not my passphrase at all', NEXT);
  await expect(app.settings.reencryptForm.getByRole('alert')).toContainText('does not open');
  expect(await readFile(join(dataDir, 'vault', 'landscape-vault.json'), 'utf8')).toBe(header);
});
