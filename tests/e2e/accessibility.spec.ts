import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { ScreenName } from './pages/journal-shell';
import { TemplatePicker } from './pages/templates';

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const theme of ['light', 'dark'] as const) {
  test(`no serious or critical axe violations on the main screens (${theme})`, async ({ app }) => {
    test.setTimeout(120_000);
    await app.page.emulateMedia({ colorScheme: theme });
    const { page, shell, entry } = app;
    expect(await seriousViolations(page), 'create screen').toEqual([]);
    await app.createVault();
    await entry.write('A reflection with @Sam and a world.');
    await entry.addWorld('council');
    await entry.expectSaved();
    expect(await seriousViolations(page), 'today / editor / entry list').toEqual([]);
    await entry.editor.press('End');
    await page.keyboard.type(' With @Sa');
    await expect(entry.mentionOptions).toHaveText(['Sam', 'Add person “Sa”']);
    expect(await seriousViolations(page), 'the @ menu').toEqual([]);
    await page.keyboard.press('Escape');
    await shell.go('People');
    await expect(app.people.rows).toHaveText([/^@Sam/]);
    expect(await seriousViolations(page), 'people').toEqual([]);
    await shell.todayButton.click();
    await expect(entry.editor).toContainText('@Sam');
    // History, comparing an earlier version with now: the word-level diff panel.
    await entry.editor.press('End');
    await page.keyboard.type(' And a second thought.');
    await entry.expectSaved();
    const changes = await entry.compareVersion('words');
    await expect(changes.getByRole('insertion').first()).toBeVisible();
    expect(await seriousViolations(page), 'history and its diff panel').toEqual([]);
    // A template's prompts as hints: one section answered, the rest marked as waiting.
    await shell.newFromTemplateButton.click();
    await app.picker.pick('What? So What? Now What?', TemplatePicker.NEW_ENTRY);
    await expect(entry.unansweredSections.first()).toBeVisible();
    await page.keyboard.type('The meeting ran long.');
    await entry.expectSaved();
    await expect(entry.promptHints.and(page.locator('[data-prompt="answered"]')).first()).toBeVisible();
    expect(await seriousViolations(page), 'templated entry').toEqual([]);
    await entry.trashButton.click();
    await expect(shell.toast).toContainText('Moved to trash');
    await shell.go('Trash');
    await expect(app.trash.restoreButtons).toBeVisible();
    expect(await seriousViolations(page), 'trash').toEqual([]);
    const screens: ScreenName[] = ['Calendar', 'Templates', 'Prompts', 'People', 'Tags', 'Backup & import', 'Settings'];
    for (const screen of screens) {
      await shell.go(screen);
      await expect(shell.screenHeading).toBeVisible();
      expect(await seriousViolations(page), screen).toEqual([]);
    }
    await app.lock();
    expect(await seriousViolations(page), 'lock screen').toEqual([]);
  });
}

test.describe('first run', () => {
  test.use({ firstRun: true });
  for (const theme of ['light', 'dark'] as const) {
    test(`no serious or critical axe violations on the introduction (${theme})`, async ({ app }) => {
      await app.page.emulateMedia({ colorScheme: theme });
      await expect(app.welcome.heading).toBeVisible();
      expect(await seriousViolations(app.page), 'welcome').toEqual([]);
      await app.welcome.next.click();
      await expect(app.welcome.privacyHeading).toBeVisible();
      expect(await seriousViolations(app.page), 'privacy').toEqual([]);
    });
  }
});
