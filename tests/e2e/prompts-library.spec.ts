import { expect, test } from './fixtures';

const opacity = (locator: import('@playwright/test').Locator) => locator.evaluate((el) => getComputedStyle(el).opacity);

test('the Prompts library is compact: a row’s actions show on hover or focus, not on all 96 rows', async ({
  app,
  page,
}) => {
  await app.createVault();
  await app.shell.go('Prompts');
  const { prompts } = app;
  expect(await prompts.items.count()).toBeGreaterThanOrEqual(90);
  const row = prompts.items.nth(4);
  const insert = prompts.insertButton(4);

  await page.mouse.move(1, 1);
  expect(await opacity(insert)).toBe('0');
  await row.hover();
  await expect.poll(() => opacity(insert)).toBe('1');
  await page.mouse.move(1, 1);
  await insert.focus();
  await expect.poll(() => opacity(insert)).toBe('1');

  // One line of prompt, one row of small buttons beside it: about the height of two lines of text.
  const heights = await prompts.items.evaluateAll((rows) =>
    rows.slice(0, 10).map((r) => r.getBoundingClientRect().height),
  );
  expect(Math.min(...heights)).toBeLessThanOrEqual(44);
});
