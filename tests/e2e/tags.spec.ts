import type { Page } from '@playwright/test';
import type { Entry, EntryMeta } from '@shared/entry';
import { doc } from '../support/lexical-doc';
import { expect, test } from './fixtures';

const editor = (page: Page) => page.getByRole('textbox', { name: 'Reflection' });

async function savedEntries(app: {
  bridge: { app: { handlers: Record<string, (i: never) => unknown> } };
}): Promise<Entry[]> {
  const h = app.bridge.app.handlers as unknown as {
    'entries:list': (i: object) => Promise<{ entries: EntryMeta[] }>;
    'entries:get': (i: { id: string }) => Promise<Entry>;
  };
  const { entries } = await h['entries:list']({});
  return Promise.all(entries.map((e) => h['entries:get']({ id: e.id })));
}

test.beforeEach(async ({ app }) => {
  await app.createVault();
});

test('worlds, people and free tags are saved with the entry', async ({ app }) => {
  const page = app.page;
  const worlds = page.getByLabel('Worlds', { exact: true });
  await worlds.fill('NHS trust');
  await worlds.press('Enter');
  await worlds.fill('council,');
  await page.getByLabel('Tags', { exact: true }).fill('hope');
  await page.getByLabel('Tags', { exact: true }).press('Enter');
  await editor(page).click();
  await page.keyboard.type('Coffee with @Priya ');
  await page.keyboard.type('about the residents’ group.');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  const [entry] = await savedEntries(app);
  expect(entry!.tags).toEqual({ worlds: ['NHS trust', 'council'], people: ['Priya'], free: ['hope'] });
  await expect(page.getByRole('navigation', { name: 'Journal' }).getByText('@Priya', { exact: true })).toBeVisible();
});

test('tags autocomplete from those already used', async ({ app }) => {
  const page = app.page;
  await app.bridge.app.handlers['entries:create']({
    date: '2026-01-10',
    content: doc(),
    tags: { worlds: ['Residents’ association'], people: [], free: [] },
    templateId: null,
    title: 'Older',
    text: '',
  });
  await page.reload();
  const worlds = page.getByLabel('Worlds', { exact: true });
  await worlds.fill('resid');
  await page.getByRole('option', { name: 'Residents’ association' }).click();
  await expect(page.getByRole('button', { name: 'Remove Residents’ association' })).toBeVisible();
});

test('renaming a world merges it into an existing one across every entry', async ({ app }) => {
  const page = app.page;
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
      tags: { worlds: [...worlds], people: [], free: [] },
      templateId: null,
      title: date,
      text: '',
    });
  }
  await page.getByRole('button', { name: 'Tags', exact: true }).click();
  await page.getByRole('button', { name: 'Rename NHS', exact: true }).click();
  await page.getByLabel('New name').fill('NHS trust');
  await page.getByRole('button', { name: 'Merge into “NHS trust”' }).click();
  await expect(page.getByText(/2 entries/).first()).toBeVisible();
  const all = await savedEntries(app);
  const worldsByDate = Object.fromEntries(all.map((e) => [e.date, e.tags.worlds]));
  expect(worldsByDate['2026-01-01']).toEqual(['NHS trust']);
  expect(worldsByDate['2026-01-03']).toEqual(['NHS trust', 'council']);
});
