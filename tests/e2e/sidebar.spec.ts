import { expect, test } from './fixtures';

for (const size of [
  { width: 800, height: 600 },
  { width: 1280, height: 800 },
]) {
  test(`at ${size.width}×${size.height} the sidebar shows every screen and the entry list, without scrolling`, async ({
    app,
    page,
  }) => {
    await page.setViewportSize(size);
    await app.createVault();
    await app.entry.write('A first line, so the list has an entry to show.');
    await app.entry.expectSaved();
    const row = app.shell.drawnEntries.first();
    await expect(row).toBeVisible();
    const box = (await row.boundingBox())!;
    // The first entry is on screen, with room for another below it.
    expect(box.y + box.height * 2).toBeLessThanOrEqual(size.height);
    expect(await app.shell.nav.evaluate((nav) => nav.scrollTop)).toBe(0);
    for (const name of ['Search', 'Settings', 'Export'] as const)
      await expect(app.shell.screenButton(name)).toBeInViewport();
  });
}
