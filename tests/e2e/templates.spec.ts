import type { Entry } from '@shared/entry';
import { decodeEntryList } from '@shared/entry-list';
import type { Template } from '@shared/template';
import { expect, test } from './fixtures';
import { TemplatePicker } from './pages/templates';

test.beforeEach(async ({ app }) => {
  await app.createVault();
});

test('a new entry from each built-in template shows its sections in the editor', async ({ app }) => {
  test.setTimeout(120_000);
  const { shell, picker, entry } = app;
  const builtIns = ((await app.bridge.app.handlers['templates:list'](undefined)) as Template[]).filter(
    (t) => t.builtIn,
  );
  expect(builtIns).toHaveLength(10);
  for (const template of builtIns) {
    await shell.newFromTemplateButton.click();
    await picker.pick(template.name);
    await expect(picker.dialog()).toBeHidden();
    await expect(entry.templateBadge).toHaveText(template.name);
    await expect(entry.headings(2)).toHaveText(template.sections.map((s) => s.heading));
  }
  // Each was left unwritten for the next, so only the last one open is still there (removal runs after leaving).
  const templated = async () =>
    decodeEntryList(await app.bridge.app.handlers['entries:list']({ trashed: false }))
      .entries.filter((e) => e.templateId)
      .map((e) => e.templateId);
  await expect.poll(templated).toEqual([builtIns.at(-1)!.id]);
});

test('the prompt of the day is on Today and can be inserted, then saved', async ({ app }) => {
  const { promptCard, entry, page } = app;
  const text = (await promptCard.text.textContent())!;
  expect(text.length).toBeGreaterThan(10);
  const date = await entry.day();
  const expected = (await app.bridge.app.handlers['prompts:today']({ date })) as { text: string };
  expect(text).toBe(expected.text);

  await promptCard.insertButton.click();
  await expect(entry.quotes).toHaveText(text);
  await page.keyboard.type('My answer to the prompt');
  await entry.expectSaved();
  const { entries } = decodeEntryList(await app.bridge.app.handlers['entries:list']({ trashed: false }));
  const saved = (await app.bridge.app.handlers['entries:get']({ id: entries[0]!.id })) as Entry;
  // The prompt is kept in the content; the plain text (excerpt, word count) is only the writer's words.
  expect(JSON.stringify(saved.content)).toContain(JSON.stringify(text));
  expect(saved.text).toBe('My answer to the prompt');
  expect(saved.wordCount).toBe(5);

  await promptCard.anotherButton.click();
  await expect(promptCard.text).not.toHaveText(text);
});

test('a prompt from the library is inserted into the open entry', async ({ app }) => {
  await app.shell.go('Prompts');
  const text = (await app.prompts.itemText(0).textContent())!.trim();
  await app.prompts.insertButton(0).click();
  await expect(app.entry.quotes.last()).toHaveText(text);
});

test('create a custom template, then start an entry from it', async ({ app }) => {
  const { templates, picker, entry } = app;
  await app.shell.go('Templates');
  await templates.create('Partnership board debrief', 'Who spoke for whom?', [
    'Whose voice was missing?',
    'What did I carry between the worlds?',
  ]);
  await expect(templates.heading('Partnership board debrief')).toBeVisible();

  await app.shell.newFromTemplateButton.click();
  await picker.pick('Partnership board debrief');
  await expect(entry.headings(2)).toHaveText(['Who spoke for whom?']);
  await expect(entry.quotes).toHaveText(['Whose voice was missing?', 'What did I carry between the worlds?']);
  const mine = ((await app.bridge.app.handlers['templates:list'](undefined)) as Template[]).filter((t) => !t.builtIn);
  expect(mine.map((t) => t.name)).toEqual(['Partnership board debrief']);
});

test('applying a template to an entry with writing asks first and keeps the writing', async ({ app }) => {
  const { entry, picker } = app;
  await entry.write('Words I already wrote');
  await entry.applyTemplateButton.click();
  await picker.pick('Courage', TemplatePicker.APPLY);
  await picker.addAfterButton.click();
  await expect(entry.paragraphs.first()).toHaveText('Words I already wrote');
  await expect(entry.headings(2).first()).toBeVisible();
});

test('a fresh templated entry starts with the caret in the first answer, not at the end', async ({ app }) => {
  const { entry, picker, page } = app;
  await app.shell.newFromTemplateButton.click();
  await picker.pick('What? So What? Now What?');
  await expect(entry.headings(2).first()).toBeVisible();
  await page.keyboard.type('The residents spoke first.');
  // The answer lands before the second section's heading.
  const answer = entry.paragraphs.filter({ hasText: /^The residents spoke first\.$/ });
  const secondHeading = entry.headings(2).nth(1);
  const answerBeforeSecondHeading = await answer.evaluate(
    (p, second) => !!second && !!(p.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING),
    await secondHeading.elementHandle(),
  );
  expect(answerBeforeSecondHeading).toBe(true);
});

for (const size of [
  { width: 800, height: 600 },
  { width: 1280, height: 800 },
]) {
  test(`at ${size.width}×${size.height} the template picker is a grid of cards, each source on one line`, async ({
    app,
    page,
  }) => {
    await page.setViewportSize(size);
    await app.shell.newFromTemplateButton.click();
    const cards = app.picker.dialog().locator('.template-option');
    await expect(cards.first()).toBeVisible();
    const boxes = await cards.evaluateAll((all) => all.map((c) => c.getBoundingClientRect().left));
    expect(new Set(boxes.map(Math.round)).size).toBeGreaterThanOrEqual(2);
    const sources = await app.picker
      .dialog()
      .locator('.template-source')
      .evaluateAll((all) =>
        all.map((s) => s.getBoundingClientRect().height / parseFloat(getComputedStyle(s).lineHeight || '16')),
      );
    expect(sources.length).toBeGreaterThan(0);
    expect(Math.max(...sources)).toBeLessThan(1.5);
  });
}
