// Search, chip filtering, On this day, Insights (the landscape map and the value ledger) and reviews, in
// real Chromium against the real handler table on a real vault.
import AxeBuilder from '@axe-core/playwright';
import { localDay } from '@shared/calendar-day';
import type { Entry, LexicalJson } from '@shared/entry';
import { paragraph, textDoc, textNode } from '../support/lexical-doc';
import { expect, test, type AppPage } from './fixtures';

type Handlers = Record<string, (input: never) => Promise<unknown>>;
const call = <T>(app: AppPage, channel: string, input: unknown) =>
  (app.bridge.app.handlers as unknown as Handlers)[channel]!(input as never) as Promise<T>;

const today = localDay();
const daysAgo = (n: number) => localDay(new Date(Date.now() - n * 86_400_000));

function write(app: AppPage, title: string, text: string, worlds: string[] = [], date = today) {
  return call<Entry>(app, 'entries:create', {
    date,
    title,
    content: textDoc(text),
    tags: { worlds, free: [] },
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
    patch: { content, title, tags: { worlds: ['council', 'school'], free: ['value-creation'] } },
  });
  return entry;
}

test.beforeEach(async ({ app }) => {
  await app.createVault();
});

test('Ctrl+K searches with a typo; arrows, Enter and Escape work; the entry opens at the match, marked', async ({
  app,
}) => {
  const { page, search, entry } = app;
  const long = `${'An ordinary morning of meetings. '.repeat(40)}Then the Hospital discharge team listened.`;
  await write(app, 'Ward round', long);
  await write(app, 'Garden', 'Volunteers planted beans by the hospital car park.', [], daysAgo(1));
  await write(app, 'Board', 'Nothing about wards here.', [], daysAgo(2));
  await app.reload();
  await expect(entry.editor).toBeVisible();

  await page.keyboard.press('Control+k');
  await expect(search.field).toBeFocused();
  await search.field.fill('hospitl');
  await expect(search.results).toHaveCount(2);
  await expect(search.marks(0).first()).toHaveText(/hospital/i);
  await expect(search.results.nth(0)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(search.results.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(search.results.nth(0)).toHaveAttribute('aria-selected', 'true');

  await page.keyboard.press('Escape');
  await expect(entry.editor).toBeVisible();

  await page.keyboard.press('Control+f');
  await search.field.fill('"discharge team"');
  await expect(search.results).toHaveCount(1);
  await expect(search.results.first()).toContainText('Ward round');
  await expect(search.marks(0)).toHaveText(['discharge team']);
  await page.keyboard.press('Enter');
  await expect(entry.title).toHaveValue('Ward round');
  await expect
    .poll(() => page.evaluate(() => [...(CSS.highlights.get('search-match') ?? [])].map((r) => r.toString())))
    .toEqual(['discharge team']);
});

test('filters combine with words, and a world chip in the list filters by it', async ({ app }) => {
  const { shell, search } = app;
  await write(app, 'Council garden', 'The council officer came to the garden.', ['council']);
  await write(app, 'Council budget', 'The council budget again.', ['council'], daysAgo(40));
  await write(app, 'School', 'The school garden.', ['school']);
  await app.reload();

  await shell.chip('council').first().click();
  await expect(search.filterChip('council')).toBeVisible();
  await expect(search.results).toHaveCount(2);
  await search.field.fill('garden');
  await expect(search.results).toHaveCount(1);
  await expect(search.results.first()).toContainText('Council garden');
  await search.field.fill('');
  await search.from.fill(daysAgo(7));
  await expect(search.results).toHaveCount(1);
  await search.filterChip('council').click();
  await search.field.fill('garden');
  await expect(search.results).toHaveCount(2);

  // A chip in an open entry's header filters too.
  await shell.entryButton(/^School/).click();
  await app.entry.filterChip('school').click();
  await expect(search.filterChip('school')).toBeVisible();
  await expect(search.results).toHaveCount(1);
  await expect(search.results.first()).toContainText('School');
});

test('Today shows what was written a week ago, a click away, and nothing when there is none', async ({ app }) => {
  const { shell, entry } = app;
  await expect(entry.editor).toBeVisible();
  await expect(shell.onThisDay).toHaveCount(0);
  await write(app, 'Last week', 'Seven days back.', [], daysAgo(7));
  await app.reload();
  await expect(shell.onThisDay).toContainText('A week ago: Last week');
  await shell.onThisDay.getByRole('button', { name: 'Last week' }).click();
  await expect(entry.title).toHaveValue('Last week');
});

test('Insights shows the landscape map and the value ledger, and a map node lists its entries', async ({ app }) => {
  const { shell, insights, entry, page } = app;
  await write(app, 'Joint meeting', 'Council and NHS together.', ['council', 'NHS']);
  await write(app, 'Another joint one', 'Again both.', ['council', 'NHS']);
  await story(app, 'After-school club', ['Immediate value', 'Applied value', 'Realised value']);
  await app.reload();
  await shell.go('Insights');
  await insights.period.selectOption('year');

  await expect(insights.mapButton('council: 3 entries')).toBeVisible();
  await expect(insights.mapButton('NHS and council: 2 entries')).toBeVisible();
  await expect(insights.mapButton('council and school: 1 entry')).toBeVisible();
  await insights.mapButton('school: 1 entry').click();
  await expect(insights.picked('school: 1 entry')).toHaveText(['After-school club']);

  const row = insights.ledgerRow(/After-school club/);
  await expect(row.getByLabel('reached', { exact: true })).toHaveCount(3);
  await expect(page.getByText('1 story in this period; 1 reached realised value.')).toBeVisible();
  await row.getByRole('button', { name: 'After-school club' }).click();
  await expect(entry.title).toHaveValue('After-school club');
});

for (const theme of ['light', 'dark'] as const) {
  test(`the Insights screen has no serious axe violations (${theme})`, async ({ app }) => {
    const { page, shell, insights } = app;
    await page.emulateMedia({ colorScheme: theme });
    await write(app, 'Joint meeting', 'Council and NHS together.', ['council', 'NHS']);
    await story(app, 'A story', ['Immediate value']);
    await app.reload();
    await shell.go('Insights');
    await expect(insights.map).toBeVisible();
    await expect(insights.ledger).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });
}

test('a weekly review is made from the week, links to its entries, and a link opens the entry', async ({ app }) => {
  const { shell, insights, entry } = app;
  const first = await write(app, 'Monday steering group', 'Steering group.', ['council']);
  await app.reload();
  await shell.go('Insights');
  await insights.weeklyReview.click();
  await expect(entry.title).toHaveValue(/^Weekly review: /);
  for (const prompt of ['What did I do that no one saw?', 'Where did I bet on people?', 'What did it cost me?'])
    await expect(entry.editor).toContainText(prompt);

  const review = (await app.savedEntries()).find((e) => e.title.startsWith('Weekly review'))!;
  // Each entry is an entry link after its day, as the editor makes with [[, never an older #entry/ link.
  expect(JSON.stringify(review.content)).toContain(`"entryId":"${first.id}"`);
  expect(JSON.stringify(review.content)).not.toContain('#entry/');
  expect(review.tags.free).toEqual(['weekly', 'review']);

  const link = entry.entryLinks.filter({ hasText: 'Monday steering group' });
  await expect(link).toHaveCount(1);
  await link.click();
  await expect(entry.title).toHaveValue('Monday steering group');
  // An entry link never reaches the external-link confirmation.
  expect(app.bridge.os.asked).toEqual([]);
});
