import { PASSPHRASE, expect, test } from './fixtures';

declare global {
  interface Window {
    said?: string[];
  }
}

test('status messages are said by one live region that stays in the page while its text changes', async ({ app }) => {
  const { createScreen, entry, shell, calendar, page } = app;
  await expect(app.liveRegion).toHaveCount(1);
  // Everything the region says, from the node that was there at the start.
  const region = await app.liveRegion.elementHandle();
  await app.liveRegion.evaluate((node) => {
    window.said = [];
    new MutationObserver(() => window.said!.push((node.textContent ?? '').trim())).observe(node, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  const said = () => page.evaluate(() => window.said ?? []);

  await createScreen.passphrase.fill(PASSPHRASE);
  await createScreen.again.fill('harbour');
  await expect.poll(said).toContain('The two passphrases are not the same.');
  await createScreen.again.fill(PASSPHRASE);
  await createScreen.createButton.click();
  await expect.poll(said).toContain('Creating…');
  const key = (await createScreen.recoveryKey.textContent()) ?? '';
  await createScreen.confirmRecoveryKey(key);
  await createScreen.keptButton.click();

  await entry.write('Words for the trash');
  await entry.trashButton.click();
  await expect.poll(said).toContain('Moved to trash.');
  // The toast itself is not a live region: inserted already holding its text, it is often not read.
  await expect(shell.toast).not.toHaveAttribute('role', 'status');
  await expect(shell.toast).not.toHaveAttribute('aria-live');

  await shell.go('Calendar');
  await calendar.previousMonth.click();
  await calendar.day(/^15 /).click();
  await expect.poll(said).toContain('No reflections yet.');

  expect(await app.liveRegion.evaluate((node, first) => node === first, region)).toBe(true);

  // Locking replaces the page with a fresh one, which has its own region from the start.
  await app.lock();
  await app.liveRegion.evaluate((node) => {
    window.said = [];
    new MutationObserver(() => window.said!.push((node.textContent ?? '').trim())).observe(node, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  await app.unlock();
  await expect.poll(said).toContain('Unlocking…');
  await expect(shell.nav).toBeVisible();
});
