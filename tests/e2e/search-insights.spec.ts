// Search, chip filtering, Insights (the landscape map and the value ledger) and reviews, in real Chromium
// against the real handler table on a real vault.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Entry, LexicalJson } from '@shared/entry';
import { localDay } from '@shared/calendar-day';
import { paragraph, textDoc, textNode } from '../support/lexical-doc';
import { expect, test, type AppPage } from './fixtures';

type Handlers = Record<string, (input: never) => Promise<unknown>>;
const handlers = (app: AppPage) => app.bridge.app.handlers as unknown as Handlers;
const call = <T>(app: AppPage, channel: string, input: unknown) =>
  handlers(app)[channel]!(input as never) as Promise<T>;

const today = localDay();
const daysAgo = (n: number) => localDay(new Date(Date.now() - n * 86_400_000));

async function write(app: AppPage, title: string, text: string, worlds: string[] = [], date = today) {
  return call<Entry>(app, 'entries:create', {
    date,
    title,
    content: textDoc(text),
    tags: { worlds, people: [], free: [] },
  });
}

/** A value-creation story with the writer's answers under the given headings. */
async function story(app: AppPage, title: string, answered: string[]): Promise<Entry> {
  const fresh = await call<Entry>(app, 'templates:newEntry', {
    templateId: 'builtin-value-creation-story',
    date: today,
  });
  let heading = '';
  const children = (fresh.content.root as unknown as { children: Array<Record<string, unknown>> }).children.map((n) => {
    if (n.type === 'heading') heading = (n.children as Array<{ text: string }>)[0]!.text;
    const slot = n.type === 'paragraph' && (n.children as unknown[]).length === 0;
    return slot && answered.includes(heading) ? paragraph(textNode(`What happened for ${heading}.`)) : n;
  });
  const content = { root: { ...fresh.content.root, children } } as LexicalJson;
  const { entry } = await call<{ entry: Entry }>(app, 'entries:update', {
    id: fresh.id,
    baseRevision: fresh.revision,
    patch: { content, title, tags: { worlds: ['council', 'school'], people: [], free: ['value-creation'] } },
  });
  return entry;
}

const searchField = (page: Page) => page.getByRole('combobox', { name: 'Search your journal' });
const results = (page: Page) => page.getByRole('listbox', { name: 'Results' }).getByRole('option');

test.beforeEach(async ({ app }) => {
  await app.createVault();
});

test('Ctrl+K searches with a typo; arrows, Enter and Escape work; the entry opens at the match, marked', async ({
  app,
}) => {
  const page = app.page;
  await write(
    app,
    'Ward round',
    `${'An ordinary morning of meetings. '.repeat(40)}Then the Hospital discharge team listened.`,
  );
  await write(app, 'Garden', 'Volunteers planted beans by the hospital car park.', [], daysAgo(1));
  await write(app, 'Board', 'Nothing about wards here.', [], daysAgo(2));
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Journal' })).toBeVisible();

  await page.keyboard.press('Control+k');
  await expect(searchField(page)).toBeFocused();
  await searchField(page).fill('hospitl');
  await expect(results(page)).toHaveCount(2);
  await expect(results(page).first().locator('mark').first()).toHaveText(/hospital/i);
  await expect(results(page).nth(0)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(results(page).nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');

  await page.keyboard.press('Escape');
  await expect(page.getByRole('textbox', { name: 'Reflection' })).toBeVisible();

  await page.keyboard.press('Control+f');
  await searchField(page).fill('"discharge team"');
  await expect(results(page)).toHaveCount(1);
  await expect(results(page).first()).toContainText('Ward round');
  await expect(results(page).first().locator('mark')).toHaveText(['discharge team']);
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Title')).toHaveValue('Ward round');
  await expect
    .poll(() => page.evaluate(() => [...(CSS.highlights.get('search-match') ?? [])].map((r) => r.toString())))
    .toEqual(['discharge team']);
});

test('filters combine with words, and a world chip in the list filters by it', async ({ app }) => {
  const page = app.page;
  await write(app, 'Council garden', 'The council officer came to the garden.', ['council']);
  await write(app, 'Council budget', 'The council budget again.', ['council'], daysAgo(40));
  await write(app, 'School', 'The school garden.', ['school']);
  await page.reload();

  await page
    .getByRole('navigation', { name: 'Journal' })
    .getByRole('button', { name: 'council', exact: true })
    .first()
    .click();
  await expect(page.getByRole('button', { name: 'Remove filter council' })).toBeVisible();
  await expect(results(page)).toHaveCount(2);
  await searchField(page).fill('garden');
  await expect(results(page)).toHaveCount(1);
  await expect(results(page).first()).toContainText('Council garden');
  await searchField(page).fill('');
  await page.getByLabel('From').fill(daysAgo(7));
  await expect(results(page)).toHaveCount(1);
  await page.getByRole('button', { name: 'Remove filter council' }).click();
  await searchField(page).fill('garden');
  await expect(results(page)).toHaveCount(2);
});

test('Insights shows the landscape map and the value ledger, and a map node lists its entries', async ({ app }) => {
  const page = app.page;
  await write(app, 'Joint meeting', 'Council and NHS together.', ['council', 'NHS']);
  await write(app, 'Another joint one', 'Again both.', ['council', 'NHS']);
  await story(app, 'After-school club', ['Immediate value', 'Applied value', 'Realised value']);
  await page.reload();
  await page.getByRole('button', { name: 'Insights', exact: true }).click();
  await page.getByLabel('Period').selectOption('year');

  const map = page.getByRole('group', { name: 'Landscape map' });
  await expect(map.getByRole('button', { name: 'council: 3 entries' })).toBeVisible();
  await expect(map.getByRole('button', { name: 'NHS and council: 2 entries' })).toBeVisible();
  await map.getByRole('button', { name: 'school: 1 entry', exact: true }).click();
  await expect(page.getByRole('region', { name: 'school: 1 entry' }).getByRole('button')).toHaveText([
    'After-school club',
  ]);

  const ledger = page.locator('table.ledger');
  const row = ledger.getByRole('row', { name: /After-school club/ });
  await expect(row.getByLabel('reached')).toHaveCount(3);
  await expect(page.getByText('1 story in this period; 1 reached realised value.')).toBeVisible();
  await row.getByRole('button', { name: 'After-school club' }).click();
  await expect(page.getByLabel('Title')).toHaveValue('After-school club');
});

for (const theme of ['light', 'dark'] as const) {
  test(`the Insights screen has no serious axe violations (${theme})`, async ({ app }) => {
    const page = app.page;
    await page.emulateMedia({ colorScheme: theme });
    await write(app, 'Joint meeting', 'Council and NHS together.', ['council', 'NHS']);
    await story(app, 'A story', ['Immediate value']);
    await page.reload();
    await page.getByRole('button', { name: 'Insights', exact: true }).click();
    await expect(page.getByRole('group', { name: 'Landscape map' })).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });
}

test('a weekly review is created from the week, links to its entries, and a link opens the entry', async ({ app }) => {
  const page = app.page;
  const first = await write(app, 'Monday steering group', 'Steering group.', ['council']);
  await page.reload();
  await page.getByRole('button', { name: 'Insights', exact: true }).click();
  await page.getByRole('button', { name: 'Start weekly review' }).click();
  await expect(page.getByLabel('Title')).toHaveValue(/^Weekly review: /);
  const editor = page.getByRole('textbox', { name: 'Reflection' });
  await expect(editor).toContainText('What did I do that no one saw?');
  await expect(editor).toContainText('Where did I bet on people?');
  await expect(editor).toContainText('What did it cost me?');

  const { entries } = await call<{ entries: Array<{ id: string; title: string }> }>(app, 'entries:list', {});
  const review = entries.find((e) => e.title.startsWith('Weekly review'))!;
  const saved = await call<Entry>(app, 'entries:get', { id: review.id });
  expect(JSON.stringify(saved.content)).toContain(`#entry/${first.id}`);

  await editor.getByRole('link', { name: /Monday steering group/ }).click();
  await expect(page.getByLabel('Title')).toHaveValue('Monday steering group');
  expect(app.bridge.os.asked).toEqual([]);
});

test('Today shows what was written a week and a year ago, a click away, and nothing when there is none', async ({
  app,
}) => {
  const page = app.page;
  await expect(page.getByRole('textbox', { name: 'Reflection' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'On this day' })).toHaveCount(0);
  await write(app, 'Last week', 'Seven days back.', [], daysAgo(7));
  await page.reload();
  const strip = page.getByRole('complementary', { name: 'On this day' });
  await expect(strip).toContainText('A week ago: Last week');
  await strip.getByRole('button', { name: 'Last week' }).click();
  await expect(page.getByLabel('Title')).toHaveValue('Last week');
});
