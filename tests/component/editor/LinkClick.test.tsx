import { act, fireEvent } from '@testing-library/react';
import { $getRoot, type ElementNode, type TextNode } from 'lexical';
import { describe, expect, it, vi } from 'vitest';
import { buildContent, link, paragraph } from './content';
import { renderEditor } from './render-editor';

const withLink = (url: string) => buildContent(paragraph('Read ', link(url, 'the notes'), ' later'));

describe('LinkClickPlugin', () => {
  it('hands a clicked link to onOpenLink and does not navigate', () => {
    const onOpenLink = vi.fn();
    const { box } = renderEditor({ initialContent: withLink('https://example.org/notes'), onOpenLink });
    const before = window.location.href;
    const anchor = box.querySelector('a')!;

    const notPrevented = fireEvent.click(anchor.firstChild!);
    expect(notPrevented).toBe(false);
    expect(onOpenLink).toHaveBeenCalledExactlyOnceWith('https://example.org/notes');
    expect(window.location.href).toBe(before);
  });

  it('opens a link on middle click, and leaves right click to the context menu', () => {
    const onOpenLink = vi.fn();
    const { box } = renderEditor({ initialContent: withLink('https://example.org/'), onOpenLink });
    const anchor = box.querySelector('a')!;
    fireEvent(anchor, new MouseEvent('auxclick', { bubbles: true, cancelable: true, button: 2 }));
    expect(onOpenLink).not.toHaveBeenCalled();
    fireEvent(anchor, new MouseEvent('auxclick', { bubbles: true, cancelable: true, button: 1 }));
    expect(onOpenLink).toHaveBeenCalledWith('https://example.org/');
  });

  it('never offers an address with a refused scheme', () => {
    const onOpenLink = vi.fn();
    const { box } = renderEditor({ initialContent: withLink('javascript:alert(1)'), onOpenLink });
    expect(fireEvent.click(box.querySelector('a')!)).toBe(false);
    expect(onOpenLink).not.toHaveBeenCalled();
  });

  it('only selects when the click ends a text selection', async () => {
    const onOpenLink = vi.fn();
    const { box, update } = renderEditor({ initialContent: withLink('https://example.org/'), onOpenLink });
    await act(async () => box.focus());
    await update(() => $getRoot().getFirstChildOrThrow<ElementNode>().getFirstChildOrThrow<TextNode>().select(0, 4));
    expect(fireEvent.click(box.querySelector('a')!)).toBe(false);
    expect(onOpenLink).not.toHaveBeenCalled();
  });

  it('opens the link at the caret with Alt+Enter', async () => {
    const onOpenLink = vi.fn();
    const { box, update, onChange } = renderEditor({
      initialContent: withLink('https://example.org/a'),
      onOpenLink,
    });
    await act(async () => box.focus());
    await update(() => {
      const anchorText = $getRoot().getFirstChildOrThrow<ElementNode>().getChildAtIndex<ElementNode>(1)!;
      anchorText.getFirstChildOrThrow<TextNode>().select(3, 3);
    });
    await act(async () => {
      expect(fireEvent.keyDown(box, { key: 'Enter', code: 'Enter', altKey: true })).toBe(false);
    });
    expect(onOpenLink).toHaveBeenCalledWith('https://example.org/a');
    // The key press opened the link rather than splitting the paragraph.
    expect(box.querySelectorAll('p')).toHaveLength(1);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('leaves Alt+Enter alone outside a link', async () => {
    const onOpenLink = vi.fn();
    const { box, caretAtEnd } = renderEditor({ initialContent: withLink('https://example.org/a'), onOpenLink });
    await caretAtEnd();
    await act(async () => {
      fireEvent.keyDown(box, { key: 'Enter', code: 'Enter', altKey: true });
    });
    expect(onOpenLink).not.toHaveBeenCalled();
  });
});
