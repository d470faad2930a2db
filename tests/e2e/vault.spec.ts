import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PASSPHRASE, expect, test } from './fixtures';

test('creating a journal writes an encrypted vault to disk and opens it', async ({ app, dataDir }) => {
  await expect(app.createScreen.heading).toBeVisible();
  const key = await app.createVault();
  expect(key.replace(/[\s-]/g, '').length).toBeGreaterThanOrEqual(40);
  const files = await readdir(join(dataDir, 'vault'));
  expect(files.length).toBeGreaterThan(0);
  const status = await app.bridge.app.handlers['vault:status'](undefined);
  expect(status.state).toBe('unlocked');
});

test('a weak passphrase cannot be used and says why', async ({ app }) => {
  // A cracking list's favourite in l33t with a year: long and mixed, yet weak.
  await app.createScreen.choosePassphrase('P@ssw0rd2026');
  await expect(app.createScreen.strength).toHaveText(/weak/i);
  await expect(app.createScreen.hints).toContainText(/common/i);
  await expect(app.createScreen.createButton).toBeDisabled();
});

test('lock, then the wrong passphrase is refused in words, then the right one opens', async ({ app }) => {
  await app.createVault();
  await app.lock();
  await app.unlock('not my passphrase at all');
  await expect(app.unlockScreen.alert).toContainText('That passphrase does not open this journal');
  await app.unlock(PASSPHRASE);
  await expect(app.shell.nav).toBeVisible();
});

test('a locked journal stays locked after a reload, and main holds no key', async ({ app }) => {
  await app.createVault();
  await app.lock();
  await app.reload();
  await expect(app.unlockScreen.heading).toBeVisible();
  expect(app.bridge.app.session.isOpen()).toBe(false);
});

test('the recovery key opens the journal and sets a new passphrase', async ({ app }) => {
  const key = await app.createVault();
  await app.lock();
  const next = 'cobalt meadow listens slowly 77';
  await app.unlockScreen.recover(key, next);
  await expect(app.shell.nav).toBeVisible();
  await app.lock();
  await app.unlock(PASSPHRASE);
  await expect(app.unlockScreen.alert).toContainText('does not open');
  await app.unlock(next);
  await expect(app.shell.nav).toBeVisible();
});

test('an idle lock from main takes the page back to the lock screen', async ({ app }) => {
  await app.createVault();
  app.bridge.app.session.requestLock('idle');
  await expect(app.unlockScreen.heading).toBeVisible();
  expect(app.bridge.app.session.isOpen()).toBe(false);
});

test('change passphrase in settings', async ({ app }) => {
  await app.createVault();
  await app.shell.go('Settings');
  const next = 'violet harbour sings gently 19';
  await app.settings.changePassphrase(PASSPHRASE, next);
  await expect(app.page.getByRole('status')).toContainText('Passphrase changed');
  await app.lock();
  await app.unlock(next);
  await expect(app.shell.nav).toBeVisible();
});
