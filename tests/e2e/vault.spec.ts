import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PASSPHRASE, expect, test } from './fixtures';

test('creating a journal writes an encrypted vault to disk and opens it', async ({ app, dataDir }) => {
  const page = app.page;
  await expect(page.getByRole('heading', { name: 'Start your Landscape journal' })).toBeVisible();
  const key = await app.createVault();
  expect(key.replace(/[\s-]/g, '').length).toBeGreaterThanOrEqual(40);
  const files = await readdir(join(dataDir, 'vault'));
  expect(files.length).toBeGreaterThan(0);
  const status = await app.bridge.app.handlers['vault:status'](undefined);
  expect(status.state).toBe('unlocked');
});

test('a weak passphrase cannot be used and says why', async ({ app }) => {
  const page = app.page;
  await page.getByLabel('Passphrase', { exact: true }).fill('password');
  await page.getByLabel('Type it again').fill('password');
  await expect(page.getByRole('button', { name: 'Create journal' })).toBeDisabled();
  await expect(page.locator('.strength-label')).not.toHaveText('');
});

test('lock, then the wrong passphrase is refused in words, then the right one opens', async ({ app }) => {
  await app.createVault();
  await app.lock();
  await app.unlock('not my passphrase at all');
  await expect(app.page.getByRole('alert')).toContainText('That passphrase does not open this journal');
  await app.unlock(PASSPHRASE);
  await expect(app.page.getByRole('navigation', { name: 'Journal' })).toBeVisible();
});

test('a locked journal stays locked after a reload, and main holds no key', async ({ app }) => {
  await app.createVault();
  await app.lock();
  await app.reload();
  await expect(app.page.getByRole('heading', { name: 'Your journal is locked' })).toBeVisible();
  expect(app.bridge.app.session.isOpen()).toBe(false);
});

test('the recovery key opens the journal and sets a new passphrase', async ({ app }) => {
  const key = await app.createVault();
  await app.lock();
  const page = app.page;
  await page.getByRole('button', { name: /Use your recovery key/ }).click();
  await page.getByLabel('Recovery key').fill(key);
  const next = 'cobalt meadow listens slowly 77';
  await page.getByLabel('New passphrase', { exact: true }).fill(next);
  await page.getByLabel('Type the new passphrase again').fill(next);
  await page.getByRole('button', { name: 'Recover and set new passphrase' }).click();
  await expect(page.getByRole('navigation', { name: 'Journal' })).toBeVisible();
  await app.lock();
  await app.unlock(PASSPHRASE);
  await expect(page.getByRole('alert')).toContainText('does not open');
  await app.unlock(next);
  await expect(page.getByRole('navigation', { name: 'Journal' })).toBeVisible();
});

test('an idle lock from main takes the page back to the lock screen', async ({ app }) => {
  await app.createVault();
  app.bridge.app.session.requestLock('idle');
  await expect(app.page.getByRole('heading', { name: 'Your journal is locked' })).toBeVisible();
  expect(app.bridge.app.session.isOpen()).toBe(false);
});

test('change passphrase in settings', async ({ app }) => {
  await app.createVault();
  const page = app.page;
  await page.getByRole('button', { name: 'Settings' }).click();
  const next = 'violet harbour sings gently 19';
  await page.getByLabel('Current passphrase').fill(PASSPHRASE);
  await page.getByLabel('New passphrase', { exact: true }).fill(next);
  await page.getByLabel('Type the new passphrase again').fill(next);
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(page.getByRole('status')).toContainText('Passphrase changed');
  await app.lock();
  await app.unlock(next);
  await expect(page.getByRole('navigation', { name: 'Journal' })).toBeVisible();
});
