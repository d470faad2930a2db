import type { AppCommand } from './contract';

/**
 * One key chord. The editor's table (src/renderer/src/editor/shortcuts.ts) and the app's commands below are both
 * written this way, so the menu, the page's key handling and the Keyboard shortcuts screen read one source.
 */
export interface Shortcut {
  /** A lower-case letter, a digit, a punctuation key, or a named key such as "Enter". */
  key: string;
  /** Ctrl, or Cmd on a Mac; pressed unless this is false. */
  mod?: boolean;
  shift?: boolean;
  alt?: boolean;
  /** Handled by Lexical's rich-text setup; listed so it can be shown. */
  builtIn?: boolean;
}

/** What each command is called, in the menu and on the Keyboard shortcuts screen. */
export const COMMAND_NAMES: { readonly [C in AppCommand]: string } = {
  'new-entry': 'New Entry',
  'new-from-template': 'New from Template…',
  today: 'Today',
  'previous-day': 'Previous Day',
  'next-day': 'Next Day',
  lock: 'Lock Journal',
  settings: 'Settings…',
  find: 'Find',
  search: 'Search',
  insights: 'Insights',
  people: 'People',
  import: 'Import…',
  export: 'Export…',
  'theme-system': 'Follow the System',
  'theme-light': 'Light',
  'theme-dark': 'Dark',
  shortcuts: 'Keyboard Shortcuts',
};

/** The app's own shortcuts. Ctrl+K (Search) is also the editor's Link; no other chord is shared. */
export const COMMAND_SHORTCUTS: { readonly [C in AppCommand]?: Shortcut } = {
  'new-entry': { key: 'n' },
  'new-from-template': { key: 'n', shift: true },
  today: { key: 't' },
  // Alt alone: on a Mac, Option+arrow moves by word in text, so there the page leaves it to text fields.
  'previous-day': { key: 'ArrowLeft', alt: true, mod: false },
  'next-day': { key: 'ArrowRight', alt: true, mod: false },
  lock: { key: 'l' },
  settings: { key: ',' },
  search: { key: 'k' },
  find: { key: 'f' },
  insights: { key: 'i', shift: true },
  people: { key: 'p', shift: true },
  import: { key: 'o' },
  export: { key: 'e', shift: true },
  shortcuts: { key: '/' },
};

const keyName = (key: string) => (key.length === 1 ? key.toUpperCase() : key);
/** Arrow keys as people see them printed; Electron's accelerators call them Left, Right, Up and Down. */
const ARROWS: Record<string, string> = { ArrowLeft: '←', ArrowRight: '→', ArrowUp: '↑', ArrowDown: '↓' };

/** Human label, e.g. "Ctrl+Shift+X", or "⇧⌘X" on a Mac. */
export function chordLabel(shortcut: Shortcut, apple: boolean): string {
  const key = ARROWS[shortcut.key] ?? keyName(shortcut.key);
  const mod = shortcut.mod !== false;
  if (apple)
    return `${shortcut.alt ? '⌥' : ''}${shortcut.shift ? '⇧' : ''}${mod ? '⌘' : ''}${key === 'Enter' ? '↩' : key}`;
  return [mod ? 'Ctrl' : null, shortcut.alt ? 'Alt' : null, shortcut.shift ? 'Shift' : null, key]
    .filter(Boolean)
    .join('+');
}

/** The value for an `aria-keyshortcuts` attribute, e.g. "Control+Shift+X". */
export function ariaChord(shortcut: Shortcut, apple: boolean): string {
  const mod = shortcut.mod === false ? null : apple ? 'Meta' : 'Control';
  return [mod, shortcut.alt ? 'Alt' : null, shortcut.shift ? 'Shift' : null, keyName(shortcut.key)]
    .filter(Boolean)
    .join('+');
}

/** Electron's accelerator string for a menu item, e.g. "CmdOrCtrl+Shift+N". */
export function accelerator(shortcut: Shortcut): string {
  return [shortcut.mod === false ? null : 'CmdOrCtrl', shortcut.alt ? 'Alt' : null, shortcut.shift ? 'Shift' : null]
    .filter(Boolean)
    .concat(shortcut.key.startsWith('Arrow') ? shortcut.key.slice('Arrow'.length) : keyName(shortcut.key))
    .join('+');
}

/** The parts of a DOM KeyboardEvent a match needs (the contract has no DOM types). */
export interface KeyEvent {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

function keyMatches(event: KeyEvent, key: string): boolean {
  // Digits by physical key: Shift+7 is "&" and Alt+1 is "¡" on some layouts.
  if (/^\d$/.test(key)) return event.code === `Digit${key}` || event.code === `Numpad${key}`;
  if (event.key.toLowerCase() === key.toLowerCase()) return true;
  // A letter on a non-Latin layout: fall back to the physical key, as Lexical does.
  const typedAscii = event.key.length === 1 && event.key.charCodeAt(0) <= 127;
  if (key.length === 1 && /[a-z]/.test(key) && !typedAscii) return event.code === `Key${key.toUpperCase()}`;
  // Shift changes punctuation ("/" becomes "?"): match those by physical key.
  const PUNCTUATION: Record<string, string> = { '/': 'Slash', ',': 'Comma' };
  return PUNCTUATION[key] !== undefined && event.code === PUNCTUATION[key];
}

export function matchesShortcut(event: KeyEvent, shortcut: Shortcut, apple: boolean): boolean {
  const primary = apple ? event.metaKey : event.ctrlKey;
  const other = apple ? event.ctrlKey : event.metaKey;
  return (
    primary === (shortcut.mod !== false) &&
    !other &&
    event.altKey === Boolean(shortcut.alt) &&
    event.shiftKey === Boolean(shortcut.shift) &&
    keyMatches(event, shortcut.key)
  );
}

/** The command a key press asks for, if any. */
export function commandForKey(event: KeyEvent, apple: boolean): AppCommand | null {
  for (const [command, shortcut] of Object.entries(COMMAND_SHORTCUTS) as Array<[AppCommand, Shortcut]>) {
    if (matchesShortcut(event, shortcut, apple)) return command;
  }
  return null;
}
