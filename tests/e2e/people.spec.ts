import { doc, mentionNode, paragraph, textNode } from '../support/lexical-doc';
import { expect, test } from './fixtures';

test.beforeEach(async ({ app }) => {
  await app.createVault();
});

const mentionNames = async (app: { savedEntries: () => Promise<Array<{ tags: { people: string[] } }>> }) =>
  (await app.savedEntries())[0]?.tags.people ?? [];

test('a new person of several words is added from the @ menu with Tab or Enter, in any script', async ({ app }) => {
  const { entry, page } = app;
  await entry.write('Met @Helen Bevan');
  await expect(entry.mentionOptions).toHaveText(['Add person “Helen Bevan”']);
  await page.keyboard.press('Tab');
  await page.keyboard.type('and @Александра Петрова');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Then @李 小龍');
  await page.keyboard.press('Tab');
  await page.keyboard.type('and @Don today.');

  await expect(entry.mentions()).toHaveText(['@Helen Bevan', '@Александра Петрова', '@李 小龍', '@Don']);
  await expect(entry.paragraphs).toHaveText([
    'Met @Helen Bevan and @Александра Петрова',
    'Then @李 小龍 and @Don today.',
  ]);
  await entry.expectSaved();
  await expect.poll(() => mentionNames(app)).toEqual(['Helen Bevan', 'Александра Петрова', '李 小龍', 'Don']);
});

test('@Name and Enter, with no one known, makes a mention and a new line', async ({ app }) => {
  const { entry, page } = app;
  await entry.write('Met @Don');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Next line');
  await expect(entry.mentions()).toHaveText(['@Don']);
  await expect(entry.paragraphs).toHaveText(['Met @Don', 'Next line']);
});

test('the People field beside Worlds shows who the entry mentions, and a name searches by them', async ({ app }) => {
  const { entry, page, search } = app;
  await expect(entry.people).toContainText('Type @ and a name');
  await entry.write('Coffee with @Zoë Ó Súilleabháin');
  await page.keyboard.press('Tab');
  await page.keyboard.type('and @Ben, later.');
  await expect(entry.people.getByRole('listitem')).toHaveText(['@Zoë Ó Súilleabháin', '@Ben']);

  // Taking a mention out of the text takes it out of the field.
  for (let i = 0; i < ', later.'.length + 1; i++) await page.keyboard.press('Backspace');
  await expect(entry.people.getByRole('listitem')).toHaveText(['@Zoë Ó Súilleabháin']);
  await entry.expectSaved();

  await entry.people.getByRole('button', { name: '@Zoë Ó Súilleabháin' }).click();
  await expect(search.filterChip('@Zoë Ó Súilleabháin')).toBeVisible();
  await expect(search.results).toHaveCount(1);
});

test('the People screen lists everyone mentioned, and renames or merges a person in every entry', async ({ app }) => {
  const h = app.bridge.app.handlers;
  for (const [date, names] of [
    ['2026-01-01', ['Helen']],
    ['2026-01-02', ['Helen', 'Ben']],
    ['2026-01-03', ['Helen Bevan']],
  ] as const) {
    const mentions = names.flatMap((name) => [mentionNode(name), textNode(' ')]);
    await h['entries:create']({
      date,
      content: doc(paragraph(textNode('With '), ...mentions)),
      tags: { worlds: ['council'], free: [] },
      templateId: null,
      title: '',
    });
  }
  await app.reload();
  const { people, page, entry } = app;
  await expect(entry.editor).toBeFocused();
  await page.keyboard.press('Control+Shift+P');
  await expect(people.heading).toBeVisible();
  // People only: the worlds and tags stay on the Tags screen.
  await expect(people.rows).toHaveText([/^@Helen\s*2 entries/, /^@Ben\s*1 entry/, /^@Helen Bevan\s*1 entry/]);

  await people.renameButton('@Ben').click();
  await people.newName.fill('Ben Okafor');
  await page.getByRole('button', { name: 'Save' }).click();
  await people.mergeInto('@Helen', 'Helen Bevan');
  await expect(people.rows).toHaveText([/^@Helen Bevan\s*3 entries/, /^@Ben Okafor\s*1 entry/]);

  const saved = await app.savedEntries();
  const mentioned = saved
    .filter((entry) => entry.date.startsWith('2026-01'))
    .map((entry) => [entry.date, entry.tags.people])
    .sort();
  expect(mentioned).toEqual([
    ['2026-01-01', ['Helen Bevan']],
    ['2026-01-02', ['Helen Bevan', 'Ben Okafor']],
    ['2026-01-03', ['Helen Bevan']],
  ]);
  expect(JSON.stringify(saved.map((entry) => entry.content))).not.toMatch(/"@Helen"|"@Ben"/);
});
