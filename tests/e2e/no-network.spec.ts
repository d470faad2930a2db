// Nothing leaves the machine: every request the page makes, through a whole session, goes to the app's own
// origin (here the loopback bridge standing in for app://). Main is checked statically in
// tests/unit/security/no-network.test.ts.
import { AppPage, expect, test } from './fixtures';

test('a whole session requests nothing beyond the app itself', async ({ page, bridge }) => {
  const app = new AppPage(page, bridge);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('websocket', (socket) => requests.push(socket.url()));
  await app.open();
  await app.createVault();
  await app.entry.editor.click();
  await page.keyboard.type('Met the housing team and the GP practice together for the first time.');
  await app.shell.newFromTemplateButton.click();
  await page.keyboard.press('Escape');
  for (const screen of ['Calendar', 'Templates', 'Prompts', 'Tags', 'Trash', 'Settings'] as const) {
    await app.shell.go(screen);
  }
  await app.lock();
  await app.unlock();
  await expect(app.shell.nav).toBeVisible();

  const origin = new URL(app.bridge.url).origin;
  expect(requests.length).toBeGreaterThan(10);
  expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'))).toEqual([]);
});
