import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { TemplatePicker } from './pages/templates';

const box = async (locator: Locator) => (await locator.boundingBox())!;

test.beforeEach(async ({ app }) => {
  await app.createVault();
});

test('on an empty Today page the prompt card is compact, so the page starts with writing', async ({ app }) => {
  const { promptCard, entry, page } = app;
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(promptCard.text).toBeVisible();
  const withCard = (await box(entry.editor)).y;
  await promptCard.notToday.click();
  await expect(promptCard.card).toBeHidden();
  // The card moves the editor down by its own few lines, not by 450 px.
  expect(withCard - (await box(entry.editor)).y).toBeLessThan(170);
  expect(withCard).toBeLessThan(800 / 2 + 60);
});

test('Not today puts the card away, leaves the caret in the entry, and it stays away that day', async ({ app }) => {
  const { promptCard, entry, shell } = app;
  await promptCard.notToday.click();
  await expect(promptCard.card).toBeHidden();
  await expect(entry.editor).toBeFocused();
  await shell.go('Calendar');
  await shell.todayButton.click();
  await expect(entry.editor).toBeVisible();
  await expect(promptCard.card).toBeHidden();
});

test('no card above a template’s own prompts, nor above words already written', async ({ app }) => {
  const { promptCard, entry, picker, shell } = app;
  await entry.write('Already begun');
  await entry.expectSaved();
  await app.reload();
  await expect(entry.editor).toContainText('Already begun');
  await expect(promptCard.card).toBeHidden();

  await shell.newFromTemplateButton.click();
  await picker.pick('What? So What? Now What?', TemplatePicker.NEW_ENTRY);
  await expect(entry.editor).toContainText('So what?');
  await expect(promptCard.card).toBeHidden();
});

test('at 800 × 600 the formatting toolbar stays on one line', async ({ app }) => {
  const { entry, page } = app;
  await page.setViewportSize({ width: 800, height: 600 });
  const buttons = entry.toolbar.getByRole('button');
  await expect(buttons.first()).toBeVisible();
  const tops = await buttons.evaluateAll((all) => all.map((b) => Math.round(b.getBoundingClientRect().top)));
  expect(new Set(tops).size).toBe(1);
  // And it fits: nothing hides past its edge.
  expect(await entry.toolbar.evaluate((t) => t.scrollWidth - t.clientWidth)).toBeLessThanOrEqual(1);
});
