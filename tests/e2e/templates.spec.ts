import type { Page } from '@playwright/test';
import type { Entry, EntryMeta } from '@shared/entry';
import type { Template } from '@shared/template';
import { expect, test } from './fixtures';

const editor = (page: Page) => page.getByRole('textbox', { name: 'Reflection' });

test.beforeEach(async ({ app }) => {
  await app.createVault();
});

test('a new entry from each built-in template shows its sections in the editor', async ({ app }) => {
  test.setTimeout(120_000);
  const page = app.page;
  const builtIns = ((await app.bridge.app.handlers['templates:list'](undefined)) as Template[]).filter(
    (t) => t.builtIn,
  );
  expect(builtIns).toHaveLength(10);
  for (const template of builtIns) {
    await page.getByRole('button', { name: 'New from template…' }).click();
    const picker = page.getByRole('dialog', { name: 'New entry from a template' });
    await picker.getByRole('button', { name: template.name, exact: true }).click();
    await expect(picker).toBeHidden();
    await expect(page.locator('.entry-meta-row .badge')).toHaveText(template.name);
    const headings = editor(page).locator('h2');
    await expect(headings).toHaveText(template.sections.map((s) => s.heading));
  }
  const { entries } = (await app.bridge.app.handlers['entries:list']({})) as { entries: EntryMeta[] };
  expect(
    entries
      .filter((e) => e.templateId)
      .map((e) => e.templateId)
      .sort(),
  ).toEqual(builtIns.map((t) => t.id).sort());
});

test('the prompt of the day is on Today and can be inserted, then saved', async ({ app }) => {
  const page = app.page;
  const card = page.getByRole('region', { name: 'Prompt of the day' });
  const text = (await card.locator('.prompt-card-text').textContent())!;
  expect(text.length).toBeGreaterThan(10);
  const date = await page.getByLabel('Date').inputValue();
  const expected = (await app.bridge.app.handlers['prompts:today']({ date })) as { text: string };
  expect(text).toBe(expected.text);

  await card.getByRole('button', { name: 'Insert into entry' }).click();
  await expect(editor(page).locator('blockquote')).toHaveText(text);
  await page.keyboard.type('My answer to the prompt');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  const { entries } = (await app.bridge.app.handlers['entries:list']({})) as { entries: EntryMeta[] };
  const saved = (await app.bridge.app.handlers['entries:get']({ id: entries[0]!.id })) as Entry;
  // The prompt is kept in the content; the plain text (excerpt, word count) is only the writer's words.
  expect(JSON.stringify(saved.content)).toContain(JSON.stringify(text));
  expect(saved.text).toBe('My answer to the prompt');
  expect(saved.wordCount).toBe(5);

  await card.getByRole('button', { name: 'Another prompt' }).click();
  await expect(card.locator('.prompt-card-text')).not.toHaveText(text);
});

test('a prompt from the library is inserted into the open entry', async ({ app }) => {
  const page = app.page;
  await page.getByRole('button', { name: 'Prompts' }).click();
  const first = page.locator('.prompt-item').first();
  const text = (await first.locator('.prompt-item-text').textContent())!.trim();
  await first.getByRole('button', { name: 'Insert' }).click();
  await expect(editor(page).locator('blockquote').last()).toHaveText(text);
});

test('create a custom template, then start an entry from it', async ({ app }) => {
  const page = app.page;
  await page.getByRole('button', { name: 'Templates' }).click();
  await page.getByRole('button', { name: 'New template' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Partnership board debrief');
  await page.getByLabel('Heading', { exact: true }).first().fill('Who spoke for whom?');
  await page
    .getByLabel(/Prompts/)
    .first()
    .fill('Whose voice was missing?\nWhat did I carry between the worlds?');
  await page.getByRole('button', { name: /Save template/ }).click();
  await expect(page.getByRole('heading', { name: 'Partnership board debrief' })).toBeVisible();

  await page.getByRole('button', { name: 'New from template…' }).click();
  await page
    .getByRole('dialog', { name: 'New entry from a template' })
    .getByRole('button', { name: 'Partnership board debrief' })
    .click();
  await expect(editor(page).locator('h2')).toHaveText(['Who spoke for whom?']);
  await expect(editor(page).locator('blockquote')).toHaveText([
    'Whose voice was missing?',
    'What did I carry between the worlds?',
  ]);
  const mine = ((await app.bridge.app.handlers['templates:list'](undefined)) as Template[]).filter((t) => !t.builtIn);
  expect(mine.map((t) => t.name)).toEqual(['Partnership board debrief']);
});

test('applying a template to an entry with writing asks first and keeps the writing', async ({ app }) => {
  const page = app.page;
  await editor(page).click();
  await page.keyboard.type('Words I already wrote');
  await page.getByRole('button', { name: 'Apply template…' }).click();
  await page
    .getByRole('dialog', { name: 'Apply a template to this entry' })
    .getByRole('button', { name: 'Courage', exact: true })
    .click();
  await page.getByRole('button', { name: 'Add after my writing' }).click();
  await expect(editor(page).locator('p').first()).toHaveText('Words I already wrote');
  await expect(editor(page).locator('h2').first()).toBeVisible();
});

test('a fresh templated entry starts with the caret in the first answer, not at the end', async ({ app }) => {
  const page = app.page;
  await page.getByRole('button', { name: 'New from template…' }).click();
  await page
    .getByRole('dialog', { name: 'New entry from a template' })
    .getByRole('button', { name: 'What? So What? Now What?' })
    .click();
  await expect(editor(page).locator('h2').first()).toBeVisible();
  await page.keyboard.type('The residents spoke first.');
  // The answer lands before the second section's heading.
  const answerBeforeSecondHeading = await editor(page).evaluate((root) => {
    const answer = [...root.querySelectorAll('p')].find((p) => p.textContent === 'The residents spoke first.');
    const second = root.querySelectorAll('h2')[1];
    return !!answer && !!second && !!(answer.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(answerBeforeSecondHeading).toBe(true);
});
