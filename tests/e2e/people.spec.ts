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
