import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

test('an entry whose newest file was deleted behind the app is shown after unlock, and can come back', async ({
  app,
  dataDir,
}) => {
  const { entry, setbacks } = app;
  await app.createVault();
  await entry.write('Words from the first save.');
  await entry.expectSaved();
  await entry.addWorld('council');
  await expect.poll(async () => (await app.savedEntries())[0]?.revision ?? 0).toBeGreaterThanOrEqual(2);
  await app.lock();
  const [saved] = await app.savedEntries().catch(() => []);
  expect(saved).toBeUndefined(); // locked: nothing to read

  // Something other than Landscape (a sync tool, a person) deletes the newest revision's file.
  const entries = join(dataDir, 'vault', 'entries');
  const [newest] = await readdir(entries);
  const [id, revision] = newest!.split('.') as [string, string];
  await rm(join(entries, newest!));

  await app.unlock();
  await expect(setbacks.items).toHaveCount(1);
  await expect(setbacks.items.first()).toContainText('removed without the trash');
  const { violations } = await new AxeBuilder({ page: app.page }).include('.setbacks').analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  await setbacks.bringBack(Number(revision) - 1).click();
  await expect(setbacks.region).toBeHidden();
  // (Today's page, gone with it, was begun afresh on unlock; the entry comes back beside it.)
  const back = (await app.savedEntries()).find((e) => e.id === id);
  expect(back).toMatchObject({ revision: Number(revision) - 1 });
  expect(back!.text).toContain('Words from the first save.');

  // Settled: the next unlock has nothing to say.
  await app.lock();
  await app.unlock();
  // (The sidebar, not the Lock button: the lock screen's Unlock button answers to that name too.)
  await expect(app.shell.nav).toBeVisible();
  expect(await app.bridge.app.handlers['vault:setbacks'](undefined)).toEqual([]);
});
