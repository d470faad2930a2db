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
});
