import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

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
    const page = app.page;
    expect(await seriousViolations(page), 'create screen').toEqual([]);
    await app.createVault();
    await page.getByRole('textbox', { name: 'Reflection' }).click();
    await page.keyboard.type('A reflection with @Sam and a world.');
    await page.getByLabel('Worlds', { exact: true }).fill('council');
    await page.getByLabel('Worlds', { exact: true }).press('Enter');
    await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
    expect(await seriousViolations(page), 'today / editor / entry list').toEqual([]);
    await page.getByRole('button', { name: 'Move to trash' }).click();
    await expect(page.locator('.toast')).toContainText('Moved to trash');
    await page.getByRole('button', { name: 'Trash', exact: true }).click();
    await expect(page.getByRole('button', { name: /^Restore/ })).toBeVisible();
    expect(await seriousViolations(page), 'trash').toEqual([]);
    for (const screen of ['Calendar', 'Templates', 'Prompts', 'Tags', 'Settings']) {
      await page.getByRole('button', { name: screen, exact: true }).click();
      await expect(page.getByRole('main').getByRole('heading').first()).toBeVisible();
      expect(await seriousViolations(page), screen).toEqual([]);
    }
    await app.lock();
    expect(await seriousViolations(page), 'lock screen').toEqual([]);
  });
}
