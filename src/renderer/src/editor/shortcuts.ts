import { IS_APPLE } from 'lexical';

/** Everything the toolbar and the keyboard can do to an entry. */
export type EditorAction =
  | 'paragraph'
  | 'h1'
  | 'h2'
  | 'h3'
  | 'bold'
  | 'italic'
  | 'underline'
  | 'strikethrough'
  | 'bullet'
  | 'number'
  | 'check'
  | 'quote'
  | 'link'
  | 'openLink'
  | 'rule'
  | 'undo'
  | 'redo';

export interface Shortcut {
  /** A lower-case letter, a digit, or a named key such as "Enter". */
  key: string;
  /** Ctrl, or Cmd on a Mac; pressed unless this is false. */
  mod?: boolean;
  shift?: boolean;
  alt?: boolean;
  /** Handled by Lexical's rich-text setup; listed here so the toolbar can show it. */
  builtIn?: boolean;
}

/**
 * The one list of editor shortcuts. The toolbar titles and ShortcutsPlugin both read it.
 * Headings follow Google Docs (Ctrl+Alt+0–3), as do the lists (Ctrl+Shift+7/8/9).
 */
export const SHORTCUTS: { readonly [A in EditorAction]?: Shortcut } = {
  paragraph: { key: '0', alt: true },
  h1: { key: '1', alt: true },
  h2: { key: '2', alt: true },
  h3: { key: '3', alt: true },
  bold: { key: 'b', builtIn: true },
  italic: { key: 'i', builtIn: true },
  underline: { key: 'u', builtIn: true },
  strikethrough: { key: 'x', shift: true },
  number: { key: '7', shift: true },
  bullet: { key: '8', shift: true },
  check: { key: '9', shift: true },
  quote: { key: 'q', shift: true },
  link: { key: 'k' },
  openLink: { key: 'Enter', alt: true, mod: false },
  undo: { key: 'z', builtIn: true },
  redo: { key: 'z', shift: true, builtIn: true },
};

/** Human label for a shortcut, e.g. "Ctrl+Shift+X", or "⇧⌘X" on a Mac. */
export function shortcutLabel(action: EditorAction, apple: boolean = IS_APPLE): string | undefined {
  const shortcut = SHORTCUTS[action];
  if (shortcut === undefined) return undefined;
  const key = shortcut.key.length === 1 ? shortcut.key.toUpperCase() : shortcut.key;
  const mod = shortcut.mod !== false;
  if (apple)
    return `${shortcut.alt ? '⌥' : ''}${shortcut.shift ? '⇧' : ''}${mod ? '⌘' : ''}${key === 'Enter' ? '↩' : key}`;
  return [mod ? 'Ctrl' : null, shortcut.alt ? 'Alt' : null, shortcut.shift ? 'Shift' : null, key]
    .filter(Boolean)
    .join('+');
}

/** The value for an `aria-keyshortcuts` attribute, e.g. "Control+Shift+X". */
export function ariaKeyShortcut(action: EditorAction, apple: boolean = IS_APPLE): string | undefined {
  const shortcut = SHORTCUTS[action];
  if (shortcut === undefined) return undefined;
  const key = shortcut.key.length === 1 ? shortcut.key.toUpperCase() : shortcut.key;
  const mod = shortcut.mod === false ? null : apple ? 'Meta' : 'Control';
  return [mod, shortcut.alt ? 'Alt' : null, shortcut.shift ? 'Shift' : null, key].filter(Boolean).join('+');
}

type KeyEvent = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

function keyMatches(event: KeyEvent, key: string): boolean {
  // Digits by physical key: Shift+7 is "&" and Alt+1 is "¡" on some layouts.
  if (/^\d$/.test(key)) return event.code === `Digit${key}` || event.code === `Numpad${key}`;
  if (event.key.toLowerCase() === key.toLowerCase()) return true;
  // A letter on a non-Latin layout: fall back to the physical key, as Lexical does.
  const typedAscii = event.key.length === 1 && event.key.charCodeAt(0) <= 127;
  return key.length === 1 && !typedAscii && event.code === `Key${key.toUpperCase()}`;
}

export function matchesShortcut(event: KeyEvent, shortcut: Shortcut, apple: boolean = IS_APPLE): boolean {
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

/** The action a key press asks for, among those Lexical does not already handle. */
export function actionForKey(event: KeyEvent, apple: boolean = IS_APPLE): EditorAction | null {
  for (const [action, shortcut] of Object.entries(SHORTCUTS) as Array<[EditorAction, Shortcut]>) {
    if (!shortcut.builtIn && matchesShortcut(event, shortcut, apple)) return action;
  }
  return null;
}
