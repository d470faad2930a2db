import { expect, PASSPHRASE, test } from './fixtures';

test.beforeEach(async ({ app }) => {
  await app.createScreen.choosePassphrase(PASSPHRASE);
  await app.createScreen.createButton.click();
  await expect(app.createScreen.recoveryHeading).toBeVisible();
});

test('the key wraps only between its groups of four, even in a narrow window', async ({ app }) => {
  const { createScreen, page } = app;
  await page.setViewportSize({ width: 360, height: 800 });
  await expect(createScreen.recoveryGroups).toHaveCount(14);
  const lines = await createScreen.recoveryGroups.evaluateAll((spans) => spans.map((s) => s.getClientRects().length));
  expect(lines).toEqual(Array(14).fill(1));
  const tops = await createScreen.recoveryGroups.evaluateAll((spans) =>
    spans.map((s) => s.getBoundingClientRect().top),
  );
  expect(new Set(tops).size).toBeGreaterThan(1); // it does wrap, between groups
});

test('Copy puts the key on the clipboard, and Save writes it with instructions', async ({ app, context, bridge }) => {
  const { createScreen, page } = app;
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const key = (await createScreen.recoveryKey.textContent())!;
  await createScreen.copyButton.click();
  await expect(createScreen.keptNote).toHaveText(/^Copied\./);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);

  await createScreen.saveButton.click();
  await expect(createScreen.keptNote).toHaveText(/^Saved\./);
  const file = bridge.os.saved.get('Landscape recovery key.txt')!;
  expect(file.split('\n')).toContain(key);
  expect(file).toMatch(/only way back in/);
});

test('printed, the page shows the key and what it is for, and none of the controls', async ({ app }) => {
  const { createScreen, page } = app;
  await page.emulateMedia({ media: 'print' });
  await expect(createScreen.recoveryKey).toBeVisible();
  await expect(createScreen.recoveryHeading).toBeVisible();
  for (const control of [createScreen.copyButton, createScreen.printButton, createScreen.keptButton])
    await expect(control).toBeHidden();
  await expect(createScreen.confirmGroups.first()).toBeHidden();
});

test('three groups typed back confirm it, in any case; a wrong group is named as wrong', async ({ app }) => {
  const { createScreen, page } = app;
  const key = (await createScreen.recoveryKey.textContent())!;
  await expect(createScreen.confirmGroups).toHaveCount(3);
  const answers = await createScreen.askedGroups(key);
  await createScreen.confirmGroups.nth(0).fill(answers[0]!.toLowerCase());
  await createScreen.confirmGroups.nth(1).fill(answers[1]!);
  await createScreen.confirmGroups.nth(2).fill(answers[2] === 'ZZZZ' ? 'YYYY' : 'ZZZZ');
  await createScreen.keptButton.click();
  await expect(page.getByRole('alert')).toContainText('does not match');
  await expect(createScreen.confirmGroups.nth(2)).toHaveAttribute('aria-invalid', 'true');
  await expect(createScreen.confirmGroups.nth(0)).toHaveAttribute('aria-invalid', 'false');
  await createScreen.confirmGroups.nth(2).fill(answers[2]!);
  await createScreen.keptButton.click();
  await expect(app.shell.nav).toBeVisible();
});
