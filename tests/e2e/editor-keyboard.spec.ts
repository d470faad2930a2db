import { expect, test } from './fixtures';

test.beforeEach(async ({ app }) => {
  await app.createVault();
});

test('Tab indents a list, and Escape then Tab leaves the editor without changing the entry', async ({ app }) => {
  const { entry, page } = app;
  await entry.write('- first\nsecond');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(entry.editor).toBeFocused();
  await entry.expectSaved();
  const before = (await app.savedEntries())[0]!.content;

  await page.keyboard.press('Escape');
  await expect(entry.editor).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(entry.editor).not.toBeFocused();
  await expect(page.locator('body')).not.toBeFocused();

  // Back in with Shift+Tab, and out backwards the same way.
  await page.keyboard.press('Shift+Tab');
  await expect(entry.editor).toBeFocused();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Shift+Tab');
  await expect(entry.editor).not.toBeFocused();
  await expect(page.locator('body')).not.toBeFocused();

  expect((await app.savedEntries())[0]!.content).toEqual(before);
  await expect(entry.saved).toBeVisible();
});

test('a key other than Tab after Escape keeps Tab indenting', async ({ app }) => {
  const { entry, page } = app;
  await entry.write('- first\nsecond');
  await page.keyboard.press('Escape');
  await page.keyboard.type(' item');
  await page.keyboard.press('Tab');
  await expect(entry.editor).toBeFocused();
  await expect(entry.nestedListItems).toHaveText(['second item']);
});

test('Ctrl+M makes Tab move focus out of a list, and again makes it indent', async ({ app }) => {
  const { entry, page } = app;
  await entry.write('- first\nsecond');
  await page.keyboard.press('Control+m');
  await expect(app.liveRegion).toHaveText('Tab now moves focus.');
  await page.keyboard.press('Tab');
  await expect(entry.editor).not.toBeFocused();
  await expect(entry.nestedListItems).toHaveCount(0);

  await page.keyboard.press('Shift+Tab');
  await expect(entry.editor).toBeFocused();
  await page.keyboard.press('Control+m');
  await expect(app.liveRegion).toHaveText('Tab now indents lists.');
  await page.keyboard.press('Tab');
  await expect(entry.editor).toBeFocused();
  await expect(entry.nestedListItems).toHaveCount(1);
});

test('Escape in the editor never drops focus to the page', async ({ app }) => {
  const { entry, page } = app;
  await entry.write('Plain words');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');
  await expect(entry.editor).toBeFocused();
  await page.keyboard.type(' still here');
  await expect(entry.editor).toHaveText('Plain words still here');
});

test('the editor tells screen readers how to leave it', async ({ app }) => {
  await expect(app.entry.editor).toHaveAccessibleDescription(/Escape then Tab/);
});

test('the writing has one left edge: focus shows as a rule across its top, not as a bar beside the text', async ({
  app,
}) => {
  await app.entry.editor.focus();
  await app.page.keyboard.type('Words');
  const accent = await app.page.evaluate(() => {
    const probe = document.createElement('span');
    probe.style.color = 'var(--accent)';
    document.body.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  });
  const edge = await app.entry.editor.evaluate((el) => {
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    return { shadow: style.boxShadow, border: style.borderLeftStyle, width: rect.width };
  });
  expect(edge.border).toBe('none');
  // One shadow, in the accent, offset upwards and not sideways: "<colour> 0px -12px 0px -10px".
  const [x, y] = edge.shadow.replace(accent, '').trim().split(' ').map(parseFloat) as [number, number];
  expect(edge.shadow.startsWith(accent)).toBe(true);
  expect({ x, up: y < 0 }).toEqual({ x: 0, up: true });
});
