import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { commandForKey, COMMAND_SHORTCUTS, matchesShortcut, type KeyEvent } from '@shared/shortcuts';
import { SHORTCUTS } from '../../../src/renderer/src/editor/shortcuts';
import { ShortcutsScreen } from '../../../src/renderer/src/features/shortcuts/ShortcutsScreen';

const press = (key: string, code: string, mods: Partial<KeyEvent> = {}): KeyEvent => ({
  key,
  code,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

/** Each body row as "action: keys". */
const rows = (scope: Pick<typeof screen, 'getAllByRole'>) =>
  scope
    .getAllByRole('row')
    .slice(1)
    .map((row) => `${row.querySelector('th')?.textContent}: ${row.querySelector('kbd')?.textContent}`);

describe('the Keyboard shortcuts screen', () => {
  it('lists every app and editor shortcut from their tables', () => {
    render(<ShortcutsScreen apple={false} />);
    const app = within(screen.getByRole('table', { name: 'Anywhere in your journal' }));
    const editor = within(screen.getByRole('table', { name: 'While writing' }));
    expect(app.getAllByRole('row')).toHaveLength(Object.keys(COMMAND_SHORTCUTS).length + 1);
    expect(editor.getAllByRole('row')).toHaveLength(Object.keys(SHORTCUTS).length + 1);
    expect(rows(app)).toEqual(
      expect.arrayContaining([
        'New from Template: Ctrl+Shift+N',
        'Keyboard Shortcuts: Ctrl+/',
        'Previous Day: Alt+←',
        'Next Day: Alt+→',
      ]),
    );
    expect(rows(editor)).toEqual(
      expect.arrayContaining(['Heading 2: Ctrl+Alt+2', 'Open the link at the caret: Alt+Enter']),
    );
  });

  it('says how to leave the editor with the keyboard, and lists the Tab toggle', () => {
    render(<ShortcutsScreen apple={false} />);
    expect(screen.getByText(/To leave the editor, press Escape then Tab, or Ctrl\+M/).tagName).toBe('P');
    expect(rows(screen)).toContain('Tab moves focus instead of indenting (on or off): Ctrl+M');
  });

  it('shows Mac keys on a Mac', () => {
    render(<ShortcutsScreen apple />);
    expect(rows(screen)).toEqual(
      expect.arrayContaining(['Lock Journal: ⌘L', 'Strikethrough: ⇧⌘X', 'Previous Day: ⌥←']),
    );
  });
});

describe('app shortcuts', () => {
  it('map key presses to commands, with Cmd on a Mac and Ctrl elsewhere', () => {
    expect(commandForKey(press('n', 'KeyN', { ctrlKey: true }), false)).toBe('new-entry');
    expect(commandForKey(press('N', 'KeyN', { ctrlKey: true, shiftKey: true }), false)).toBe('new-from-template');
    expect(commandForKey(press('?', 'Slash', { ctrlKey: true, shiftKey: false }), false)).toBe('shortcuts');
    expect(commandForKey(press('l', 'KeyL', { metaKey: true }), true)).toBe('lock');
    expect(commandForKey(press('l', 'KeyL', { ctrlKey: true }), true)).toBeNull();
    expect(commandForKey(press('n', 'KeyN'), false)).toBeNull();
    expect(commandForKey(press('ArrowLeft', 'ArrowLeft', { altKey: true }), false)).toBe('previous-day');
    expect(commandForKey(press('ArrowRight', 'ArrowRight', { altKey: true }), true)).toBe('next-day');
    expect(commandForKey(press('ArrowLeft', 'ArrowLeft'), false)).toBeNull();
    expect(commandForKey(press('ArrowLeft', 'ArrowLeft', { altKey: true, ctrlKey: true }), false)).toBeNull();
  });

  it('share no chord with the editor but Ctrl+K (Search, and Link while writing)', () => {
    const shared: string[] = [];
    for (const [command, app] of Object.entries(COMMAND_SHORTCUTS)) {
      for (const [action, edit] of Object.entries(SHORTCUTS)) {
        const event = press(app!.key, `Key${app!.key.toUpperCase()}`, {
          ctrlKey: app!.mod !== false,
          shiftKey: Boolean(app!.shift),
          altKey: Boolean(app!.alt),
        });
        if (matchesShortcut(event, edit!, false)) shared.push(`${command}/${action}`);
      }
    }
    expect(shared).toEqual(['search/link']);
  });
});
