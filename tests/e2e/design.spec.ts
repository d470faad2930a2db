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
  await entry.addWorld('council');
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
