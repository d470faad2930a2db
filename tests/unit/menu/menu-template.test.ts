import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { COMMAND_SHORTCUTS } from '@shared/shortcuts';
import { menuTemplate, type MenuAction } from '../../../src/main/electron/menu-template';

function build(platform: string, devItems?: MenuItemConstructorOptions[]) {
  const ran: MenuAction[] = [];
  const menu = menuTemplate({
    platform,
    appName: 'Landscape',
    run: (a) => ran.push(a),
    ...(devItems ? { devItems } : {}),
  });
  return { menu, ran };
}
const titles = (menu: MenuItemConstructorOptions[]) => menu.map((m) => m.label ?? m.role);
const sub = (item: MenuItemConstructorOptions | undefined) => (item?.submenu ?? []) as MenuItemConstructorOptions[];
const named = (menu: MenuItemConstructorOptions[], title: string) => menu.find((m) => (m.label ?? m.role) === title);
const words = (items: MenuItemConstructorOptions[]) =>
  items.map((i) => (i.type === 'separator' ? '—' : (i.label ?? i.role)));

describe('the application menu on macOS', () => {
  const { menu, ran } = build('darwin');

  it('starts with the app menu: About, Settings, Services, Hide, Quit', () => {
    expect(titles(menu)).toEqual(['Landscape', 'File', 'editMenu', 'View', 'windowMenu', 'help']);
    expect(words(sub(menu[0]))).toEqual([
      'about',
      '—',
      'Settings…',
      '—',
      'services',
      '—',
      'hide',
      'hideOthers',
      'unhide',
      '—',
      'quit',
    ]);
  });

  it('keeps Quit and About out of File and Help, and closes the window from File', () => {
    expect(words(sub(named(menu, 'File')))).toEqual([
      'New Entry',
      'New from Template…',
      '—',
      'Import…',
      'Export…',
      '—',
      'Lock Journal',
      '—',
      'close',
    ]);
    expect(words(sub(named(menu, 'help')))).toEqual(['Keyboard Shortcuts', 'The Vault Format']);
  });

  it('sends each command to the page, and opens the vault format in main', () => {
    for (const item of sub(named(menu, 'File'))) item.click?.(undefined as never, undefined, undefined as never);
    for (const item of sub(named(menu, 'help'))) item.click?.(undefined as never, undefined, undefined as never);
    expect(ran).toEqual([
      { command: 'new-entry' },
      { command: 'new-from-template' },
      { command: 'import' },
      { command: 'export' },
      { command: 'lock' },
      { command: 'shortcuts' },
      { main: 'vault-format' },
    ]);
  });
});

describe('the application menu on Windows and Linux', () => {
  it.each(['win32', 'linux'])('on %s has no app menu; Settings and Quit in File, About in Help', (platform) => {
    const { menu } = build(platform);
    expect(titles(menu)).toEqual(['File', 'editMenu', 'View', 'windowMenu', 'help']);
    expect(words(sub(named(menu, 'File')))).toEqual([
      'New Entry',
      'New from Template…',
      '—',
      'Import…',
      'Export…',
      '—',
      'Lock Journal',
      'Settings…',
      '—',
      'quit',
    ]);
    expect(words(sub(named(menu, 'help')))).toEqual(['Keyboard Shortcuts', 'The Vault Format', '—', 'About Landscape']);
  });
});

describe('View and shortcuts', () => {
  it('offers Today and the days either side, Search, Insights, People and the theme, with no DevTools unless a development build adds them', () => {
    const view = sub(named(build('linux').menu, 'View'));
    expect(words(view).slice(0, 9)).toEqual([
      'Today',
      'Previous Day',
      'Next Day',
      '—',
      'Search',
      'Insights',
      'People',
      '—',
      'Theme',
    ]);
    expect(words(sub(view[8]))).toEqual(['Follow the System', 'Light', 'Dark']);
    expect(JSON.stringify(build('darwin').menu)).not.toContain('toggleDevTools');
    const dev = sub(named(build('linux', [{ role: 'toggleDevTools' }]).menu, 'View'));
    expect(words(dev)).toContain('toggleDevTools');
  });

  it('shows each command shortcut from the shared table, and leaves the keys to the page', () => {
    const all = build('linux')
      .menu.flatMap((m) => sub(m))
      .flatMap((i) => [i, ...sub(i)]);
    const shown = Object.fromEntries(all.filter((i) => i.accelerator).map((i) => [i.label, i.accelerator]));
    expect(shown).toEqual({
      'New Entry': 'CmdOrCtrl+N',
      'New from Template…': 'CmdOrCtrl+Shift+N',
      'Import…': 'CmdOrCtrl+O',
      'Export…': 'CmdOrCtrl+Shift+E',
      'Lock Journal': 'CmdOrCtrl+L',
      'Settings…': 'CmdOrCtrl+,',
      Today: 'CmdOrCtrl+T',
      'Previous Day': 'Alt+Left',
      'Next Day': 'Alt+Right',
      Search: 'CmdOrCtrl+K',
      Insights: 'CmdOrCtrl+Shift+I',
      People: 'CmdOrCtrl+Shift+P',
      'Keyboard Shortcuts': 'CmdOrCtrl+/',
    });
    // Find (Ctrl+F) opens the same Search screen, so the menu shows Search's key only.
    expect(Object.keys(shown)).toHaveLength(Object.keys(COMMAND_SHORTCUTS).length - 1);
    expect(all.filter((i) => i.accelerator).every((i) => i.registerAccelerator === false)).toBe(true);
  });
});
