import { expect, test } from './fixtures';

const background = (page: import('@playwright/test').Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('the theme follows the system until light or dark is chosen', async ({ app }) => {
  const page = app.page;
  await app.createVault();
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await background(page)).toBe('rgb(28, 29, 31)');
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await background(page)).toBe('rgb(251, 250, 247)');

  await app.shell.go('Settings');
  await app.settings.theme.selectOption('dark');
  await expect.poll(() => background(page)).toBe('rgb(28, 29, 31)');
  await page.reload();
  await expect.poll(() => background(page)).toBe('rgb(28, 29, 31)');
  expect(app.bridge.app.handlers['settings:get'](undefined)).toMatchObject({ theme: 'dark' });
});

test('the auto-lock time and lock-on-sleep are settings that stick', async ({ app }) => {
  await app.createVault();
  await app.shell.go('Settings');
  await app.settings.autoLock.selectOption('5');
  await app.settings.lockOnSleep.uncheck();
  await expect
    .poll(() => app.bridge.app.handlers['settings:get'](undefined))
    .toMatchObject({ autoLockMinutes: 5, lockOnSuspend: false });
  await app.page.reload();
  await app.shell.go('Settings');
  await expect(app.settings.autoLock).toHaveValue('5');
});

test('where the computer cannot keep the journal’s key, Settings says the passphrase is asked each time', async ({
  app,
}) => {
  await app.createVault();
  await app.shell.go('Settings');
  await expect(app.settings.remember).toBeDisabled();
  // Said in the writer's words: what it means for them, not the store's name.
  await expect(app.settings.remember).toHaveAccessibleDescription(
    /asks for your passphrase each time you open it and remembers nothing of it here/,
  );
  await expect(app.settings.remember).not.toHaveAccessibleDescription(/key store/);
});

test('an older settings answer arriving late does not undo a change made since', async ({ app }) => {
  await app.createVault();
  const handlers = app.bridge.app.handlers as unknown as Record<string, (input: unknown) => Promise<unknown>>;
  const realSet = handlers['settings:set']!;
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let calls = 0;
  handlers['settings:set'] = async (input) => {
    const answer = await realSet(input);
    if (++calls === 1) await held;
    return answer;
  };
  await app.shell.go('Settings');
  await app.settings.autoLock.selectOption('5');
  await app.settings.lockOnSleep.uncheck();
  const lateAnswer = app.nextAnswer('settings:set');
  release();
  await lateAnswer;
  await expect(app.settings.lockOnSleep).not.toBeChecked();
  await expect(app.settings.autoLock).toHaveValue('5');
});

test('spellcheck asks before its one-time dictionary download, naming the host', async ({ app }) => {
  await app.createVault();
  await app.shell.go('Settings');
  const settings = app.settings;
  // The bridge reports this machine's platform, Linux, where Electron would fetch Hunspell dictionaries.
  await expect(settings.dictionaryConsent).toContainText('from Google (redirector.gvt1.com)');
  await expect(settings.dictionaryConsent).toContainText('nothing you write is sent');
  expect(app.bridge.app.handlers['settings:get'](undefined)).toMatchObject({
    spellcheck: { language: 'en-GB', dictionaryDownloadAllowed: false },
  });
  await settings.spellcheckLanguage.selectOption('');
  await expect(settings.dictionaryConsent).toBeHidden();
  await settings.spellcheckLanguage.selectOption('en-US');
  await settings.downloadDictionary.click();
  await expect(settings.dictionaryConsent).toBeHidden();
  await expect
    .poll(() => app.bridge.app.handlers['settings:get'](undefined))
    .toMatchObject({ spellcheck: { language: 'en-US', dictionaryDownloadAllowed: true } });
});

test('the reminder and the first day of the week are settings that stick', async ({ app }) => {
  await app.createVault();
  await app.shell.go('Settings');
  const settings = app.settings;
  await settings.reminderOn.check();
  await settings.reminderTime.fill('07:45');
  await settings.weekStartsOn.selectOption('0');
  await expect(settings.reminderDays).toHaveCount(7);
  await settings.reminderDays.first().check(); // Sunday comes first now
  await settings.reminderDays.nth(1).uncheck(); // Monday
  await expect
    .poll(() => app.bridge.app.handlers['settings:get'](undefined))
    .toMatchObject({
      reminder: { enabled: true, time: '07:45', days: [0, 2, 3, 4, 5] },
      firstDayOfWeek: 0,
    });
  await app.page.reload();
  await app.shell.go('Settings');
  await expect(settings.reminderTime).toHaveValue('07:45');
});

test('Settings reads as a preferences pane: titled sections under a rule, not boxes', async ({ app }) => {
  await app.createVault();
  await app.shell.go('Settings');
  const groups = app.page.locator('.settings fieldset');
  expect(await groups.count()).toBeGreaterThanOrEqual(4);
  const borders = await groups.evaluateAll((sets) =>
    sets.map((set) => {
      const style = getComputedStyle(set);
      return [style.borderTopStyle, style.borderRightStyle, style.borderBottomStyle, style.borderLeftStyle].join(' ');
    }),
  );
  expect(new Set(borders)).toEqual(new Set(['solid none none none']));
  // Each section's title sits inside it, below its rule.
  const inside = await groups.evaluateAll((sets) =>
    sets.every((set) => set.querySelector('legend')!.getBoundingClientRect().top > set.getBoundingClientRect().top),
  );
  expect(inside).toBe(true);
});
