import { PASSPHRASE, expect, test } from './fixtures';
import type { ScreenName } from './pages/journal-shell';
import { TemplatePicker } from './pages/templates';

test('Create journal moves focus to the recovery-key step’s heading, and its last step into today’s page', async ({
  app,
}) => {
  const { createScreen, page } = app;
  await createScreen.choosePassphrase(PASSPHRASE);
  await createScreen.again.press('Enter');
  await expect(createScreen.recoveryHeading).toBeFocused();
  const key = (await createScreen.recoveryKey.textContent()) ?? '';
  // Past Copy, Save and Print to the first group to type back.
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  await expect(createScreen.confirmGroups.first()).toBeFocused();
  await createScreen.typeRecoveryGroups(key);
  await page.keyboard.press('Enter');
  await expect(app.entry.editor).toBeFocused();
});

test.describe('in an open journal', () => {
  test.beforeEach(async ({ app }) => {
    await app.createVault();
    // Today's page focuses its editor once it has loaded; the steps below start after that.
    await expect(app.entry.editor).toBeFocused();
  });

  test('Move to trash puts focus on Undo; Undo brings the entry back with focus in it', async ({ app }) => {
    const { entry, shell, page } = app;
    await entry.write('A reflection to trash');
    await entry.trashButton.focus();
    await page.keyboard.press('Enter');
    await expect(shell.undoButton).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(entry.editor).toBeFocused();
    await expect(entry.editor).toHaveText('A reflection to trash');
  });

  test('dismissing the trash toast with Escape moves focus to the screen’s heading', async ({ app }) => {
    const { entry, shell, page } = app;
    await entry.write('Another reflection to trash');
    await entry.trashButton.focus();
    await page.keyboard.press('Enter');
    await expect(shell.undoButton).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(shell.toast).toBeHidden();
    await expect(shell.screenHeading).toBeFocused();
  });

  test('Ctrl+, from the editor opens Settings with focus on its heading', async ({ app }) => {
    await app.entry.write('Writing, then settings');
    await app.page.keyboard.press('Control+,');
    await expect(app.settings.heading).toBeFocused();
  });

  test('every screen opened from the sidebar takes focus on its heading', async ({ app }) => {
    const screens: ScreenName[] = ['Calendar', 'Templates', 'Prompts', 'Tags', 'Trash', 'Settings'];
    for (const screen of screens) {
      await app.shell.screenButton(screen).focus();
      await app.page.keyboard.press('Enter');
      await expect(app.shell.screenHeading, screen).toBeFocused();
    }
  });

  test('closing a dialog gives focus back to the control that opened it', async ({ app }) => {
    const { shell, entry, picker, page } = app;
    await shell.newFromTemplateButton.focus();
    await page.keyboard.press('Enter');
    await expect(picker.dialog()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(shell.newFromTemplateButton).toBeFocused();

    await entry.historyButton.focus();
    await page.keyboard.press('Enter');
    await expect(entry.history).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(entry.historyButton).toBeFocused();

    await entry.write('Words already here');
    await entry.applyTemplateButton.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Courage');
    await expect(picker.templateButton('Courage', TemplatePicker.APPLY)).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(picker.useButton(TemplatePicker.APPLY)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(picker.dialog(TemplatePicker.APPLY)).toBeHidden();
    await expect(picker.addAfterButton).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(picker.addAfterButton).toBeHidden();
    await expect(entry.applyTemplateButton).toBeFocused();
  });

  test('locking and unlocking with the keyboard lands in the passphrase, then in today’s page', async ({ app }) => {
    const { entry, unlockScreen, page } = app;
    await entry.write('Before locking');
    await page.keyboard.press('Control+l');
    await expect(unlockScreen.passphrase).toBeFocused();
    await page.keyboard.type(PASSPHRASE);
    await page.keyboard.press('Enter');
    await expect(entry.editor).toBeFocused();
    await expect(entry.editor).toHaveText('Before locking');
  });
});
