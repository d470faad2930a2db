import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { TemplatePicker } from './pages/templates';

const chipStyle = (chip: Locator) =>
  chip.evaluate((el) => {
    const s = getComputedStyle(el);
    return {
      fontSize: s.fontSize,
      radius: s.borderTopLeftRadius,
      border: `${s.borderTopWidth} ${s.borderTopStyle} ${s.borderTopColor}`,
      background: s.backgroundColor,
      colour: s.color,
      paddingLeft: s.paddingLeft,
    };
  });

test('one chip style: the template badge, the header’s tags, the list’s worlds and search’s filters look alike', async ({
  app,
}) => {
  const { shell, entry, page } = app;
  await app.createVault();
  await shell.newFromTemplateButton.click();
  await app.picker.pick('What? So What? Now What?', TemplatePicker.NEW_ENTRY);
  await expect(entry.templateBadge).toBeVisible();
  // Added once the templated entry has settled: under load a world typed at once could land on the page it replaced.
  await entry.expectSaved();
  await entry.addWorld('council');
  await expect(page.locator('.entry-header .tag-chip')).toHaveCount(1);
  await entry.expectSaved();

  const badge = await chipStyle(entry.templateBadge);
  const tag = await chipStyle(page.locator('.entry-header .tag-chip').first());
  const listed = shell.entryList.locator('.entry-chip', { hasText: 'council' }).first();
  const inList = await chipStyle(listed);
  await listed.click();
  const filter = await chipStyle(page.locator('.filter-chip').first());

  expect(tag).toEqual(badge);
  expect(inList).toEqual(badge);
  expect(filter).toEqual(badge);
  expect(badge.radius).not.toBe('0px');
});

const cardStyle = (card: Locator) =>
  card.evaluate((el) => {
    const s = getComputedStyle(el);
    const sides = [s.borderTopWidth, s.borderRightWidth, s.borderBottomWidth, s.borderLeftWidth];
    return {
      radius: s.borderTopLeftRadius,
      sides: sides.join(' '),
      colour: s.borderLeftColor,
      background: s.backgroundColor,
    };
  });

test('one card style: the prompt of the day, a template in the picker and the lock screen’s form', async ({ app }) => {
  const { page } = app;
  await app.createVault();
  const prompt = await cardStyle(app.promptCard.card);
  await app.shell.newFromTemplateButton.click();
  const template = await cardStyle(app.picker.dialog().locator('.template-option').first());
  await page.keyboard.press('Escape');
  await app.lock();
  const lock = await cardStyle(page.locator('form.card'));
  expect(template).toEqual(prompt);
  expect(lock).toEqual(prompt);
  // No heavy bar down one side: the same thin border all round.
  expect(prompt.sides).toBe('1px 1px 1px 1px');
});
