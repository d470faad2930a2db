import { expect, PASSPHRASE, test } from './fixtures';
import { TemplatePicker } from './pages/templates';

test.use({ firstRun: true });

test('a first run explains Landscape and its privacy, makes the journal, then starts the first entry from a template', async ({
  app,
}) => {
  const { welcome, createScreen, picker, entry, page } = app;
  await expect(welcome.heading).toBeFocused();
  await welcome.next.click();
  await expect(welcome.privacyHeading).toBeFocused();
  await expect(page.getByText('Landscape sends nothing anywhere.')).toBeVisible();
  await welcome.back.click();
  await expect(welcome.heading).toBeVisible();
  await welcome.next.click();
  await welcome.createJournal.click();

  await expect(createScreen.heading).toBeVisible();
  await createScreen.create(PASSPHRASE);
  await expect(picker.dialog(TemplatePicker.FIRST_ENTRY)).toBeVisible();
  await picker.pick('What? So What? Now What?', TemplatePicker.FIRST_ENTRY);
  await expect(picker.dialog(TemplatePicker.FIRST_ENTRY)).toBeHidden();
  await expect(entry.editor).toContainText('So what?');
  expect((await app.bridge.app.handlers['settings:get'](undefined)).onboarded).toBe(true);

  // The introduction and the first-entry offer happen once.
  await app.lock();
  await app.unlock(PASSPHRASE);
  await expect(app.shell.nav).toBeVisible();
  await expect(picker.dialog(TemplatePicker.FIRST_ENTRY)).toBeHidden();
});

test('the introduction can be skipped, and is not shown again', async ({ app }) => {
  const { welcome, createScreen, picker } = app;
  await welcome.skip.click();
  await expect(createScreen.heading).toBeVisible();
  await app.page.reload();
  await expect(createScreen.heading).toBeVisible();
  await expect(welcome.heading).toBeHidden();
  await createScreen.create(PASSPHRASE);
  await expect(app.entry.editor).toBeVisible();
  await expect(picker.dialog(TemplatePicker.FIRST_ENTRY)).toBeHidden();
});

test('closing the first-entry offer leaves today’s page to write on', async ({ app }) => {
  const { welcome, createScreen, picker, entry } = app;
  await welcome.next.click();
  await welcome.createJournal.click();
  await createScreen.create(PASSPHRASE);
  await expect(picker.dialog(TemplatePicker.FIRST_ENTRY)).toBeVisible();
  await app.page.keyboard.press('Escape');
  await expect(picker.dialog(TemplatePicker.FIRST_ENTRY)).toBeHidden();
  await expect(entry.editor).toBeVisible();
  expect(await app.savedEntries()).toHaveLength(1);
});
