import { IS_APPLE } from 'lexical';
import {
  ariaChord,
  chordLabel,
  matchesShortcut as matchesChord,
  type KeyEvent,
  type Shortcut,
} from '@shared/shortcuts';
import { t } from '../i18n';

export type { Shortcut };

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
  | 'entryLink'
  | 'rule'
  | 'undo'
  | 'redo'
  | 'tabMovesFocus';

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
  entryLink: { key: 'k', shift: true },
  undo: { key: 'z', builtIn: true },
  redo: { key: 'z', shift: true, builtIn: true },
  // Ctrl+M, as in VS Code: Tab moves focus instead of indenting lists (tab-moves-focus.ts).
  tabMovesFocus: { key: 'm' },
};

/** How to leave the editor with the keyboard, read to screen readers with the editor (and in the README). */
export function leaveEditorHint(apple: boolean = IS_APPLE): string {
  const toggle = shortcutLabel('tabMovesFocus', apple);
  return t('editor.leaveHint', { toggle });
}

/** Human label for a shortcut, e.g. "Ctrl+Shift+X", or "⇧⌘X" on a Mac. */
export function shortcutLabel(action: EditorAction, apple: boolean = IS_APPLE): string | undefined {
  const shortcut = SHORTCUTS[action];
  return shortcut && chordLabel(shortcut, apple);
}

/** The value for an `aria-keyshortcuts` attribute, e.g. "Control+Shift+X". */
export function ariaKeyShortcut(action: EditorAction, apple: boolean = IS_APPLE): string | undefined {
  const shortcut = SHORTCUTS[action];
  return shortcut && ariaChord(shortcut, apple);
}

export function matchesShortcut(event: KeyEvent, shortcut: Shortcut, apple: boolean = IS_APPLE): boolean {
  return matchesChord(event, shortcut, apple);
}

/** The action a key press asks for, among those Lexical does not already handle. */
export function actionForKey(event: KeyEvent, apple: boolean = IS_APPLE): EditorAction | null {
  for (const [action, shortcut] of Object.entries(SHORTCUTS) as Array<[EditorAction, Shortcut]>) {
    if (!shortcut.builtIn && matchesShortcut(event, shortcut, apple)) return action;
  }
  return null;
}
