import { doc } from '../support/lexical-doc';
import { expect, test } from './fixtures';

test.beforeEach(async ({ app }) => {
  await app.createVault();
});

test('worlds, people and free tags are saved with the entry', async ({ app }) => {
  const { entry, page } = app;
  await entry.addWorld('NHS trust');
  await entry.worlds.fill('council,');
  await entry.addTag('hope');
  await entry.write('Coffee with @Priya ');
  await page.keyboard.type('about the residents’ group.');
  await entry.expectSaved();
  const [saved] = await app.savedEntries();
  expect(saved!.tags).toEqual({ worlds: ['NHS trust', 'council'], people: ['Priya'], free: ['hope'] });
  await expect(app.shell.nav.getByText('@Priya', { exact: true })).toBeVisible();
});

test('tags autocomplete from those already used', async ({ app }) => {
  await app.bridge.app.handlers['entries:create']({
    date: '2026-01-10',
    content: doc(),
    tags: { worlds: ['Residents’ association'], free: [] },
    templateId: null,
    title: 'Older',
  });
  await app.reload();
  await app.entry.worlds.fill('resid');
  await app.page.getByRole('option', { name: 'Residents’ association' }).click();
  await expect(app.entry.removeChip('Residents’ association')).toBeVisible();
});

test('renaming a world merges it into an existing one across every entry', async ({ app }) => {
  const h = app.bridge.app.handlers;
  const empty = doc();
  for (const [date, worlds] of [
    ['2026-01-01', ['NHS']],
    ['2026-01-02', ['NHS trust']],
    ['2026-01-03', ['NHS', 'council']],
  ] as const) {
    await h['entries:create']({
      date,
      content: empty,
      tags: { worlds: [...worlds], free: [] },
      templateId: null,
      title: date,
    });
  }
  // Written behind the page's back, as another device would: the page sees them when it lists again.
  await app.reload();
  await app.shell.go('Tags');
  await app.tags.mergeInto('NHS', 'NHS trust');
  await expect(app.page.getByText(/2 entries/).first()).toBeVisible();
  const all = await app.savedEntries();
  const worldsByDate = Object.fromEntries(all.map((e) => [e.date, e.tags.worlds]));
  expect(worldsByDate['2026-01-01']).toEqual(['NHS trust']);
  expect(worldsByDate['2026-01-03']).toEqual(['NHS trust', 'council']);
});

test('“Rename…” is not repeated down the list: it shows on the row under the pointer or holding focus', async ({
  app,
  page,
}) => {
  const h = app.bridge.app.handlers;
  for (const [date, worlds] of [
    ['2026-01-01', ['NHS', 'council']],
    ['2026-01-02', ['housing', 'police']],
  ] as const)
    await h['entries:create']({
      date,
      title: date,
      content: doc(),
      tags: { worlds: [...worlds], free: [] },
      templateId: null,
    });
  await app.reload();
  await app.shell.go('Tags');
  const opacity = (name: string) => app.tags.renameButton(name).evaluate((button) => getComputedStyle(button).opacity);
  await page.mouse.move(1, 1);
  for (const name of ['NHS', 'council', 'housing', 'police']) expect(await opacity(name)).toBe('0');
  await app.tags.row('housing').hover();
  await expect.poll(() => opacity('housing')).toBe('1');
  expect(await opacity('police')).toBe('0');
  await page.mouse.move(1, 1);
  await app.tags.renameButton('police').focus();
  await expect.poll(() => opacity('police')).toBe('1');
});
