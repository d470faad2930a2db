import type { Page } from '@playwright/test';
import { textDoc } from '../support/lexical-doc';
import { expect, test } from './fixtures';

const editor = (page: Page) => page.getByRole('textbox', { name: 'Reflection' });
const doc = (text: string) => textDoc(text);

test('the list groups entries by week and day, and opens one', async ({ app }) => {
  await app.createVault();
  const h = app.bridge.app.handlers;
  await h['entries:create']({
    date: '2026-03-02',
    content: doc('Board met residents'),
    title: '',
    templateId: null,
    tags: { worlds: [], people: [], free: [] },
    text: '',
  });
  await h['entries:create']({
    date: '2026-03-04',
    content: doc('Council said no'),
    title: 'A setback',
    templateId: null,
    tags: { worlds: [], people: [], free: [] },
    text: '',
  });
  await h['entries:create']({
    date: '2026-03-12',
    content: doc('Next week'),
    title: '',
    templateId: null,
    tags: { worlds: [], people: [], free: [] },
    text: '',
  });
  await app.page.reload();
  const nav = app.page.getByRole('navigation', { name: 'Journal' });
  await expect(nav.getByRole('heading', { name: /Week of 2 March 2026/ })).toBeVisible();
  await expect(nav.getByRole('heading', { name: /Week of 9 March 2026/ })).toBeVisible();
  await expect(nav.getByRole('heading', { name: /Wednesday 4 March/ })).toBeVisible();
  await nav.getByRole('button', { name: /A setback/ }).click();
  await expect(editor(app.page)).toHaveText('Council said no');
  await nav.getByRole('button', { name: /Board met residents/ }).click();
  await expect(editor(app.page)).toHaveText('Board met residents');
});

test('the calendar jumps to a date and opens its entry', async ({ app }) => {
  await app.createVault();
  const h = app.bridge.app.handlers;
  const now = new Date();
  const lastMonth = new Date(now.getFullYear(), now.getMonth() - 1, 15);
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${lastMonth.getFullYear()}-${pad(lastMonth.getMonth() + 1)}-15`;
  await h['entries:create']({
    date,
    content: doc('Mid-month reflection'),
    title: 'Mid-month',
    templateId: null,
    tags: { worlds: [], people: [], free: [] },
    text: '',
  });
  await app.page.reload();
  const page = app.page;
  await page.getByRole('button', { name: 'Calendar' }).click();
  await page.getByRole('button', { name: 'Previous month' }).click();
  const day = page.getByRole('grid').getByRole('gridcell', { name: /15 .*1 entry/ });
  await day.click();
  await page
    .getByRole('main')
    .getByRole('button', { name: /Mid-month/ })
    .click();
  await expect(editor(page)).toHaveText('Mid-month reflection');
});
