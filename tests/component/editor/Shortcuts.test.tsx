import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  actionForKey,
  ariaKeyShortcut,
  matchesShortcut,
  SHORTCUTS,
  shortcutLabel,
} from '../../../src/renderer/src/editor/shortcuts';
import { nodesOfType, renderEditor } from './render-editor';

const key = (init: Partial<KeyboardEvent> & { key: string; code: string }) => ({
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...init,
});

describe('shortcuts', () => {
  it('labels shortcuts for Windows and Linux, and for a Mac', () => {
    expect(shortcutLabel('h2', false)).toBe('Ctrl+Alt+2');
    expect(shortcutLabel('strikethrough', false)).toBe('Ctrl+Shift+X');
    expect(shortcutLabel('openLink', false)).toBe('Alt+Enter');
    expect(shortcutLabel('h2', true)).toBe('⌥⌘2');
    expect(shortcutLabel('strikethrough', true)).toBe('⇧⌘X');
    expect(shortcutLabel('rule', false)).toBeUndefined();
    expect(ariaKeyShortcut('check', true)).toBe('Meta+Shift+9');
  });

  it('matches shifted and Alt-ed digits by their physical key', () => {
    expect(
      matchesShortcut(key({ key: '&', code: 'Digit7', ctrlKey: true, shiftKey: true }), SHORTCUTS.number!, false),
    ).toBe(true);
    expect(matchesShortcut(key({ key: '¡', code: 'Digit1', metaKey: true, altKey: true }), SHORTCUTS.h1!, true)).toBe(
      true,
    );
    expect(matchesShortcut(key({ key: '7', code: 'Digit7', ctrlKey: true }), SHORTCUTS.number!, false)).toBe(false);
  });

  it('uses Cmd on a Mac and Ctrl elsewhere, never both', () => {
    const strike = SHORTCUTS.strikethrough!;
    expect(matchesShortcut(key({ key: 'X', code: 'KeyX', metaKey: true, shiftKey: true }), strike, true)).toBe(true);
    expect(matchesShortcut(key({ key: 'X', code: 'KeyX', ctrlKey: true, shiftKey: true }), strike, true)).toBe(false);
    expect(
      matchesShortcut(key({ key: 'X', code: 'KeyX', ctrlKey: true, metaKey: true, shiftKey: true }), strike, false),
    ).toBe(false);
  });

  it('matches a letter on a non-Latin layout by its physical key', () => {
    expect(actionForKey(key({ key: 'л', code: 'KeyK', ctrlKey: true }), false)).toBe('link');
  });

  it('leaves Lexical its own shortcuts', () => {
    expect(actionForKey(key({ key: 'b', code: 'KeyB', ctrlKey: true }), false)).toBeNull();
    expect(actionForKey(key({ key: 'z', code: 'KeyZ', ctrlKey: true }), false)).toBeNull();
  });
});

describe('ShortcutsPlugin', () => {
  /** Presses a key with Ctrl; resolves to false when the editor took it (prevented the default). */
  const press = async (box: HTMLElement, init: Partial<KeyboardEventInit> & { key: string; code: string }) => {
    let notPrevented = true;
    // Lexical commits the update a key press makes in a microtask; act waits for it.
    await act(async () => {
      notPrevented = fireEvent.keyDown(box, { ctrlKey: true, ...init });
    });
    return notPrevented;
  };

  it.each([
    ['Ctrl+Alt+1', { key: '1', code: 'Digit1', altKey: true }, { type: 'heading', tag: 'h1' }],
    ['Ctrl+Alt+2', { key: '2', code: 'Digit2', altKey: true }, { type: 'heading', tag: 'h2' }],
    ['Ctrl+Alt+3', { key: '3', code: 'Digit3', altKey: true }, { type: 'heading', tag: 'h3' }],
    ['Ctrl+Shift+7', { key: '&', code: 'Digit7', shiftKey: true }, { type: 'list', listType: 'number' }],
    ['Ctrl+Shift+8', { key: '*', code: 'Digit8', shiftKey: true }, { type: 'list', listType: 'bullet' }],
    ['Ctrl+Shift+9', { key: '(', code: 'Digit9', shiftKey: true }, { type: 'list', listType: 'check' }],
    ['Ctrl+Shift+Q', { key: 'Q', code: 'KeyQ', shiftKey: true }, { type: 'quote' }],
  ])('%s formats the block', async (_name, init, shape) => {
    const { box, type, caretAtEnd, lastContent } = renderEditor();
    await caretAtEnd();
    await type('Line');
    expect(await press(box, init)).toBe(false);
    expect(lastContent().root.children[0]).toMatchObject(shape);
  });

  it('Ctrl+Alt+0 returns a heading to a paragraph', async () => {
    const { box, type, caretAtEnd, lastContent } = renderEditor();
    await caretAtEnd();
    await type('Line');
    await press(box, { key: '1', code: 'Digit1', altKey: true });
    expect(lastContent().root.children[0]).toMatchObject({ type: 'heading' });
    await press(box, { key: '0', code: 'Digit0', altKey: true });
    expect(lastContent().root.children[0]).toMatchObject({ type: 'paragraph' });
  });

  it('Ctrl+Shift+X toggles strikethrough for what is typed next', async () => {
    const { box, type, caretAtEnd, lastContent } = renderEditor();
    await caretAtEnd();
    await press(box, { key: 'X', code: 'KeyX', shiftKey: true });
    await type('gone');
    expect(nodesOfType(lastContent(), 'text')[0]).toMatchObject({ text: 'gone', format: 4 });
  });

  it('Ctrl+K opens the link field', async () => {
    const { box, caretAtEnd } = renderEditor();
    await caretAtEnd();
    await press(box, { key: 'k', code: 'KeyK' });
    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'Link address' })).not.toBeNull());
  });

  it('lets other key presses through', async () => {
    const { box, caretAtEnd } = renderEditor();
    await caretAtEnd();
    expect(await press(box, { key: 'p', code: 'KeyP' })).toBe(true);
  });
});
