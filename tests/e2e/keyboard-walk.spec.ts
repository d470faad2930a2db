import type { Locator, Page } from '@playwright/test';
import { PASSPHRASE, expect, test } from './fixtures';

/** Where focus is, and whether it shows: a :focus-visible element with an outline (its own or a close
 * parent's, as the tag box draws one for its field) or, for the editor, its own focus bar. */
function focusNow(page: Page) {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active || active === document.body) return { onBody: true, visible: false };
    const outlined = (e: Element) => {
      const style = getComputedStyle(e);
      return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    };
    let shown = getComputedStyle(active).boxShadow !== 'none';
    for (let e: Element | null = active, i = 0; e && i < 3 && !shown; e = e.parentElement, i++) shown = outlined(e);
    return { onBody: false, visible: active.matches(':focus-visible') && shown };
  });
}

/** Presses Tab (or Shift+Tab) until `target` has focus; the keyboard's way to reach a control. */
async function tabTo(page: Page, target: Locator, backwards = false) {
  for (let i = 0; i < 80; i++) {
    if (await target.evaluate((e) => e === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

for (const theme of ['light', 'dark'] as const) {
  test(`the whole app with the keyboard only (${theme})`, async ({ app }) => {
    test.setTimeout(180_000);
    const { page, createScreen, entry, shell, picker, calendar, settings, unlockScreen } = app;
    await page.emulateMedia({ colorScheme: theme });
    const todaysText = 'Morning check-in with the residents.';

    /** After every step: focus is somewhere, it shows, and the open entry holds exactly what was typed. */
    const check = async (step: string, text?: string) => {
      await expect.poll(() => focusNow(page), step).toEqual({ onBody: false, visible: true });
      if (text !== undefined) await expect(entry.editor, step).toHaveText(text);
    };

    // Create the journal.
    await expect(createScreen.passphrase).toBeFocused();
    await page.keyboard.type(PASSPHRASE);
    await tabTo(page, createScreen.again);
    await page.keyboard.type(PASSPHRASE);
    await check('passphrase typed twice');
    await page.keyboard.press('Enter');
    await expect(createScreen.recoveryHeading).toBeFocused();
    await check('recovery-key step');
    const key = (await createScreen.recoveryKey.textContent()) ?? '';
    await tabTo(page, createScreen.confirmGroups.first());
    await createScreen.typeRecoveryGroups(key);
    await page.keyboard.press('Enter');
    await expect(entry.editor).toBeFocused();
    await check('today’s page opened', '');

    // Write today's entry.
    await page.keyboard.type(todaysText);
    await entry.expectSaved();
    await check('today’s entry written', todaysText);

    // Add a world and a tag.
    await tabTo(page, entry.worlds, true);
    await page.keyboard.type('Riverside');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(entry.tags).toBeFocused();
    await page.keyboard.type('reflection');
    await page.keyboard.press('Enter');
    await expect(entry.removeChip('reflection')).toBeVisible();
    await expect(entry.removeChip('Riverside')).toBeVisible();
    await entry.expectSaved();
    await check('a world and a tag added', todaysText);

    // Start an entry from a template.
    await tabTo(page, shell.newFromTemplateButton);
    await page.keyboard.press('Enter');
    await expect(picker.templateButton('What? So What? Now What?')).toBeVisible();
    await page.keyboard.type('So What');
    await page.keyboard.press('Enter');
    await expect(picker.useButton()).toBeFocused();
    await check('a template previewed');
    await page.keyboard.press('Enter');
    await expect(entry.editor).toBeFocused();
    await page.keyboard.type('The residents spoke first.');
    await check('an entry from a template');
    await expect(entry.paragraphs.filter({ hasText: /\S/ })).toHaveText(['The residents spoke first.']);
    await entry.expectSaved();

    // Pick a day in the calendar: yesterday is empty, today holds both entries.
    await tabTo(page, shell.screenButton('Calendar'), true);
    await page.keyboard.press('Enter');
    await expect(calendar.heading).toBeFocused();
    await check('calendar');
    await tabTo(page, calendar.tabStop);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await expect(app.liveRegion).toHaveText('No reflections yet.');
    await check('an empty day picked');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await tabTo(page, calendar.entryButton(/Morning check-in/));
    await check('a day’s entry reached');
    await page.keyboard.press('Enter');
    await expect(entry.editor).toBeFocused();
    await check('today’s entry opened from the calendar', todaysText);

    // Trash it, and undo.
    await tabTo(page, entry.trashButton);
    await page.keyboard.press('Enter');
    await expect(shell.undoButton).toBeFocused();
    await check('moved to trash');
    await page.keyboard.press('Enter');
    await expect(entry.editor).toBeFocused();
    await check('trash undone', todaysText);

    // Change the theme.
    const other = theme === 'light' ? 'dark' : 'light';
    await page.keyboard.press('Control+,');
    await expect(settings.heading).toBeFocused();
    await check('settings');
    await tabTo(page, settings.theme);
    await page.keyboard.type(other === 'dark' ? 'D' : 'L');
    await expect(settings.theme).toHaveValue(other);
    await check('theme changed');

    // Lock, and unlock into today's page.
    await page.keyboard.press('Control+l');
    await expect(unlockScreen.passphrase).toBeFocused();
    await check('locked');
    await page.keyboard.type(PASSPHRASE);
    await page.keyboard.press('Enter');
    await expect(entry.editor).toBeFocused();
    await check('unlocked', todaysText);
  });
}
