import { act, fireEvent, screen, within } from '@testing-library/react';
import { $getRoot, type ElementNode, type TextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { buildContent, link, paragraph } from './content';
import { nodesOfType, renderEditor } from './render-editor';

const BUTTONS = [
  ['Paragraph', 'Ctrl+Alt+0'],
  ['Heading 1', 'Ctrl+Alt+1'],
  ['Heading 2', 'Ctrl+Alt+2'],
  ['Heading 3', 'Ctrl+Alt+3'],
  ['Bold', 'Ctrl+B'],
  ['Italic', 'Ctrl+I'],
  ['Underline', 'Ctrl+U'],
  ['Strikethrough', 'Ctrl+Shift+X'],
  ['Bulleted list', 'Ctrl+Shift+8'],
  ['Numbered list', 'Ctrl+Shift+7'],
  ['Check list', 'Ctrl+Shift+9'],
  ['Quote', 'Ctrl+Shift+Q'],
  ['Link', 'Ctrl+K'],
  ['Link to entry…', 'Ctrl+Shift+K'],
  ['Horizontal rule', null],
  ['Undo', 'Ctrl+Z'],
  ['Redo', 'Ctrl+Shift+Z'],
] as const;

const toolbar = () => screen.getByRole('toolbar', { name: 'Formatting' });
const button = (name: string) => within(toolbar()).getByRole('button', { name });

/** Selects `from`..`to` of the first text in the first block. */
const selectFirstText = (from: number, to: number) => () =>
  $getRoot().getFirstChildOrThrow<ElementNode>().getFirstDescendant<TextNode>()?.select(from, to);

describe('ToolbarPlugin', () => {
  it('names every button and shows its shortcut in the title', () => {
    renderEditor();
    const buttons = within(toolbar()).getAllByRole('button');
    expect(buttons.map((element) => element.querySelector('.visually-hidden')?.textContent)).toEqual(
      BUTTONS.map(([name]) => name),
    );
    for (const [name, keys] of BUTTONS) {
      expect(button(name).title).toBe(keys === null ? name : `${name} (${keys})`);
    }
    expect(button('Strikethrough').getAttribute('aria-keyshortcuts')).toBe('Control+Shift+X');
  });

  it('reaches every button with Tab, in order', async () => {
    const { user } = renderEditor({ autoFocus: false });
    for (const [name] of BUTTONS) {
      await user.tab();
      expect(document.activeElement).toBe(button(name));
    }
  });

  it('moves between buttons with the arrow keys, Home and End', async () => {
    const { user } = renderEditor({ autoFocus: false });
    await user.tab();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(button('Heading 1'));
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(button('Redo'));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(button('Paragraph'));
  });

  it.each([
    ['Bold', 1],
    ['Italic', 2],
    ['Strikethrough', 4],
    ['Underline', 8],
  ] as const)('%s, then typing, writes text with that format', async (name, bit) => {
    const { user, type, caretAtEnd, lastContent } = renderEditor();
    await caretAtEnd();
    await type('plain ');
    expect(button(name).getAttribute('aria-pressed')).toBe('false');
    await user.click(button(name));
    await type('styled');
    const texts = nodesOfType(lastContent(), 'text');
    expect(texts.map((node) => [node.text, node.format])).toEqual([
      ['plain ', 0],
      ['styled', bit],
    ]);
    expect(button(name).getAttribute('aria-pressed')).toBe('true');
  });

  it.each([
    ['Heading 1', { type: 'heading', tag: 'h1' }],
    ['Heading 2', { type: 'heading', tag: 'h2' }],
    ['Heading 3', { type: 'heading', tag: 'h3' }],
    ['Quote', { type: 'quote' }],
    ['Bulleted list', { type: 'list', listType: 'bullet' }],
    ['Numbered list', { type: 'list', listType: 'number' }],
    ['Check list', { type: 'list', listType: 'check' }],
  ] as const)('%s turns the block into %o, and pressing it again back into a paragraph', async (name, shape) => {
    const { user, type, caretAtEnd, lastContent } = renderEditor();
    await caretAtEnd();
    await type('A line');
    await user.click(button(name));
    expect(lastContent().root.children[0]).toMatchObject(shape);
    expect(button(name).getAttribute('aria-pressed')).toBe('true');
    expect(button('Paragraph').getAttribute('aria-pressed')).toBe('false');

    await user.click(button(name));
    expect(lastContent().root.children[0]).toMatchObject({ type: 'paragraph' });
    expect(button('Paragraph').getAttribute('aria-pressed')).toBe('true');
  });

  it('inserts a horizontal rule', async () => {
    const { user, type, caretAtEnd, lastContent, box } = renderEditor();
    await caretAtEnd();
    await type('Above');
    await user.click(button('Horizontal rule'));
    expect(nodesOfType(lastContent(), 'horizontalrule')).toHaveLength(1);
    expect(box.querySelector('hr.editor-hr')).not.toBeNull();
  });

  it('links the selected text through the link field', async () => {
    const { user, type, update, caretAtEnd, lastContent } = renderEditor();
    await caretAtEnd();
    await type('Read this');
    await update(selectFirstText(5, 9));
    await user.click(button('Link'));
    const field = screen.getByRole('textbox', { name: 'Link address' });
    expect(document.activeElement).toBe(field);
    await user.type(field, 'example.org/notes{Enter}');

    expect(screen.queryByRole('group', { name: 'Link' })).toBeNull();
    const [linkNode] = nodesOfType(lastContent(), 'link');
    expect(linkNode).toMatchObject({ url: 'https://example.org/notes', children: [{ text: 'this' }] });
  });

  it('refuses an address that is not web or email, and says why', async () => {
    const { user, type, update, caretAtEnd, onChange } = renderEditor();
    await caretAtEnd();
    await type('Run');
    await update(selectFirstText(0, 3));
    await user.click(button('Link'));
    const calls = onChange.mock.calls.length;
    await user.type(screen.getByRole('textbox', { name: 'Link address' }), 'javascript:alert(1){Enter}');
    expect(screen.getByRole('alert').textContent).toBe('Enter a web or email address.');
    expect(onChange.mock.calls.length).toBe(calls);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Link' })).toBeNull();
  });

  it('edits and removes an existing link', async () => {
    const { user, update, box, lastContent } = renderEditor({
      initialContent: buildContent(paragraph('See ', link('https://old.example', 'notes'))),
    });
    await act(async () => box.focus());
    await update(() => $getRoot().getFirstChildOrThrow<ElementNode>().getLastDescendant<TextNode>()?.select(2, 2));
    expect(button('Link').getAttribute('aria-pressed')).toBe('true');

    await user.click(button('Link'));
    const field = screen.getByRole<HTMLInputElement>('textbox', { name: 'Link address' });
    expect(field.value).toBe('https://old.example');
    await user.clear(field);
    await user.type(field, 'https://new.example{Enter}');
    expect(nodesOfType(lastContent(), 'link')[0]).toMatchObject({ url: 'https://new.example' });

    await user.click(button('Link'));
    await user.click(screen.getByRole('button', { name: 'Remove link' }));
    expect(nodesOfType(lastContent(), 'link')).toHaveLength(0);
    expect(box.textContent).toBe('See notes');
  });

  it('undoes and redoes, and marks them unavailable without removing them from the tab order', async () => {
    const { user, type, caretAtEnd, box } = renderEditor();
    expect(button('Undo').getAttribute('aria-disabled')).toBe('true');
    expect(button('Undo').hasAttribute('disabled')).toBe(false);
    await caretAtEnd();
    await type('Oops');
    expect(button('Undo').hasAttribute('aria-disabled')).toBe(false);

    await user.click(button('Undo'));
    expect(box.textContent).toBe('');
    expect(button('Redo').hasAttribute('aria-disabled')).toBe(false);
    await user.click(button('Redo'));
    expect(box.textContent).toBe('Oops');
  });

  it('keeps focus in the writing area when a button is clicked with the mouse', () => {
    renderEditor();
    const mouseDown = fireEvent.mouseDown(button('Bold'));
    expect(mouseDown).toBe(false);
  });
});
