// Trying things out leaves nothing behind: the template picker previews, and an entry nobody wrote in is not kept.
import { decodeEntryList } from '@shared/entry-list';
import type { Template } from '@shared/template';
import { expect, test, type AppPage } from './fixtures';

test.beforeEach(async ({ app }) => {
  await app.createVault();
  await app.entry.expectSaved();
});

const builtIns = async (app: AppPage) =>
  ((await app.bridge.app.handlers['templates:list'](undefined)) as Template[]).filter((t) => t.builtIn);
/** Ids of the live entries, from the list alone (reading each could race with a removal). */
const savedIds = async (app: AppPage) =>
  decodeEntryList(await app.bridge.app.handlers['entries:list']({ trashed: false }))
    .entries.map((e) => e.id)
    .sort();

test('browsing every built-in template in the picker makes no entry', async ({ app }) => {
  test.setTimeout(90_000);
  const { shell, picker } = app;
  const before = await savedIds(app);
  await shell.newFromTemplateButton.click();
  const templates = await builtIns(app);
  expect(templates).toHaveLength(10);
  for (const template of templates) {
    await picker.templateButton(template.name).click();
    await expect(picker.previewHeadings(template.name)).toHaveText(template.sections.map((s) => s.heading));
    const firstPrompt = template.sections[0]!.prompts[0]!;
    await expect(picker.preview(template.name)).toContainText(firstPrompt);
    await expect(picker.useButton()).toBeVisible();
    await picker.backButton().click();
  }
  await picker.closeButton().click();
  await expect(picker.dialog()).toBeHidden();
  expect(await savedIds(app)).toEqual(before);
  await shell.go('Tags');
  await expect(app.tags.heading).toBeVisible();
  await expect(app.tags.row('#setback')).toHaveCount(0);
});

test('an entry started from a template and left unwritten is gone, with its tag', async ({ app }) => {
  const { shell, picker, entry, tags } = app;
  const before = await savedIds(app);
  await shell.newFromTemplateButton.click();
  await picker.pick('Setback and recovery');
  await expect(entry.templateBadge).toHaveText('Setback and recovery');
  await expect(shell.chip('#setback')).toBeVisible();
  await shell.todayButton.click();
  await expect(entry.editor).toBeVisible();
  await expect.poll(() => savedIds(app)).toEqual(before);
  await expect(shell.chip('#setback')).toHaveCount(0);
  await shell.go('Tags');
  await expect(tags.heading).toBeVisible();
  await expect(tags.row('#setback')).toHaveCount(0);
});

test('a plain entry left unwritten is gone, whether by another screen, another entry or locking', async ({ app }) => {
  const { shell, entry } = app;
  const before = await savedIds(app);
  const startEmpty = async () => {
    await shell.newEntryButton.click();
    await expect.poll(async () => (await savedIds(app)).length).toBe(before.length + 1);
    await entry.expectSaved();
    return (await savedIds(app)).find((id) => !before.includes(id))!;
  };
  for (const leave of [() => shell.go('Insights'), () => shell.todayButton.click()]) {
    await startEmpty();
    await leave();
    await expect.poll(() => savedIds(app)).toEqual(before);
  }
  const left = await startEmpty();
  await app.lock();
  await app.unlock();
  await expect(entry.editor).toBeVisible();
  // Locking let today's empty page go too; unlocking lands on a fresh one, and nothing else is there.
  const after = await savedIds(app);
  expect(after).toHaveLength(1);
  expect(after).not.toContain(left);
  expect(after).not.toContain(before[0]);
});

test('one word of the writer’s own keeps a templated entry, and its tag stays counted', async ({ app }) => {
  const { shell, picker, entry, tags } = app;
  await shell.newFromTemplateButton.click();
  await picker.pick('Setback and recovery');
  await expect(entry.templateBadge).toHaveText('Setback and recovery');
  await entry.paragraphs.first().click();
  await app.page.keyboard.type('Bruised');
  await entry.expectSaved();
  await shell.todayButton.click();
  await shell.go('Tags');
  await expect(tags.row('#setback')).toContainText('1 entry');
  const kept = (await app.savedEntries()).filter((e) => e.templateId === 'builtin-setback-and-recovery');
  expect(kept.map((e) => e.text)).toEqual(['Bruised']);
});

test('an empty Today page stays the same one page however often Today opens', async ({ app }) => {
  const { shell, entry } = app;
  const [todayId] = await savedIds(app);
  expect(await savedIds(app)).toHaveLength(1);
  for (const away of ['Insights', 'Calendar', 'Tags'] as const) {
    await shell.go(away);
    await shell.todayButton.click();
    await expect(entry.editor).toBeVisible();
    await entry.expectSaved();
  }
  expect(await savedIds(app)).toEqual([todayId]);
  // A second entry of today is not Today's page: left empty, it goes, and Today's page stays.
  await shell.newEntryButton.click();
  await expect.poll(async () => (await savedIds(app)).length).toBe(2);
  await shell.todayButton.click();
  await expect.poll(() => savedIds(app)).toEqual([todayId]);
});
