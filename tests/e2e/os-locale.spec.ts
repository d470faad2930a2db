import { expect, test } from './fixtures';

// English words on a German computer: the words come from the catalogue, the dates from the OS's format.
test.use({ languages: ['en-GB'], osLocale: 'de-DE' });

test("dates follow the OS's regional format while the words stay in the OS's language", async ({ app, page }) => {
  await app.createVault();
  await expect(app.entry.editor).toBeVisible();
  const today = await page.evaluate(() => {
    const now = new Date();
    return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
  });
  const german = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat('de-DE', { timeZone: 'UTC', ...options }).format(new Date(today));
  const heading = `${german({ weekday: 'long' })} ${german({ day: 'numeric', month: 'long', year: 'numeric' })}`;
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expect(app.shell.nav.getByRole('heading', { name: /^Week of \d+\. \p{L}+ \d{4}$/u })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  // The entry's own date field too, which the browser's date input would have written in its own language.
  await expect(app.entry.date).toHaveValue(german({ day: '2-digit', month: '2-digit', year: 'numeric' }));
});

const todayIn = (page: import('@playwright/test').Page, locale: string) =>
  page.evaluate((locale) => {
    const now = new Date();
    return new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(now);
  }, locale);

test.describe('an American region', () => {
  test.use({ osLocale: 'en-US' });

  test('the date field reads month first and weeks start on Sunday, in the calendar and in Settings', async ({
    app,
    page,
  }) => {
    await app.createVault();
    await expect(app.entry.date).toHaveValue(await todayIn(page, 'en-US'));
    await expect(app.entry.date).toHaveAttribute('placeholder', 'mm/dd/yyyy');
    await app.shell.go('Calendar');
    await expect(app.calendar.grid.getByRole('columnheader').first()).toHaveAccessibleName('Sunday');
    await app.shell.go('Settings');
    await expect(app.page.getByLabel('Weeks start on').locator('option:checked')).toHaveText(
      'As this computer’s region does (Sunday)',
    );
  });
});

test.describe('a British region in a browser set to American English', () => {
  test.use({ osLocale: 'en-GB', locale: 'en-US' });

  test('the date field and the calendar follow the region, not the browser', async ({ app, page }) => {
    await app.createVault();
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');
    await expect(app.entry.date).toHaveValue(await todayIn(page, 'en-GB'));
    await app.shell.go('Calendar');
    await expect(app.calendar.grid.getByRole('columnheader').first()).toHaveAccessibleName('Monday');
  });
});
