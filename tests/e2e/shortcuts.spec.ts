import { expect, test } from './fixtures';

test('the menu’s commands reach the page, and Ctrl+/ opens the keyboard shortcuts', async ({ app }) => {
  await app.createVault();
  const heading = app.page.getByRole('heading', { name: 'Keyboard shortcuts', level: 1 });
  await app.page.keyboard.press('Control+/');
  await expect(heading).toBeVisible();
  await expect(app.page.getByRole('table', { name: 'While writing' })).toContainText('Ctrl+Alt+2');

  // A command whose screen is not built yet is ignored; the page stays as it was.
  app.bridge.emit('app:command', { command: 'import' });
  await app.page.keyboard.press('Control+o');
  await expect(heading).toBeVisible();

  app.bridge.emit('app:command', { command: 'theme-dark' });
  await expect.poll(() => app.bridge.app.handlers['settings:get'](undefined)).toMatchObject({ theme: 'dark' });
  app.bridge.emit('app:command', { command: 'new-from-template' });
  await expect(app.page.getByRole('dialog')).toBeVisible();
});
