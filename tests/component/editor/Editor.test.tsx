import { act, render, screen } from '@testing-library/react';
import { $getRoot, type LexicalEditor } from 'lexical';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Editor } from '../../../src/renderer/src/editor/Editor';
import { INSERT_PROMPT_COMMAND } from '../../../src/renderer/src/editor/commands';
import { editorState, headingNode, paragraphNode, quoteNode, textNode } from '@shared/lexical/lexical-json';
import { buildContent, heading, link, list, mention, paragraph } from './content';
import { allNodes, nodesOfType, renderEditor } from './render-editor';

const entry = () =>
  buildContent(
    heading('h1', 'Morning pages'),
    paragraph('Met ', mention('Ana'), ' at the ', link('https://example.org', 'river'), '.'),
    list('check', { text: 'call back', checked: true }),
  );

describe('Editor', () => {
  it('shows its initial content', () => {
    const { box } = renderEditor({ initialContent: entry() });
    expect(box.querySelector('h1')?.textContent).toBe('Morning pages');
    expect(box).toHaveProperty('textContent', expect.stringContaining('Met @Ana at the river.'));
    expect(box.querySelector('a')?.getAttribute('href')).toBe('https://example.org');
    expect(box.querySelector('.editor-mention')?.textContent).toBe('@Ana');
    expect(box.querySelector('[role="checkbox"]')?.getAttribute('aria-checked')).toBe('true');
  });

  it('is a labelled, multi-line, spell-checked text box', () => {
    const { box } = renderEditor();
    expect(box.getAttribute('aria-multiline')).toBe('true');
    expect(box.getAttribute('spellcheck')).toBe('true');
    expect(box.getAttribute('contenteditable')).toBe('true');
  });

  it('reports content as JSON after an edit, but not on mount or for a selection change', async () => {
    const { onChange, type, caretAtEnd, update, lastContent } = renderEditor({ initialContent: entry() });
    expect(onChange).not.toHaveBeenCalled();
    await caretAtEnd();
    await update(() => $getRoot().selectStart());
    expect(onChange).not.toHaveBeenCalled();

    await type('Today ');
    expect(onChange).toHaveBeenCalled();
    const content = lastContent();
    expect(content.root.type).toBe('root');
    expect(JSON.parse(JSON.stringify(content))).toEqual(content);
    expect(nodesOfType(content, 'heading')[0]).toMatchObject({
      tag: 'h1',
      children: [{ text: 'Today Morning pages' }],
    });
  });

  it.each([
    ['# ', { type: 'heading', tag: 'h1' }],
    ['> ', { type: 'quote' }],
    ['- ', { type: 'list', listType: 'bullet' }],
    ['1. ', { type: 'list', listType: 'number' }],
    ['[ ] ', { type: 'list', listType: 'check' }],
  ])('turns a typed "%s" into a block with the shared markdown transformers', async (markdown, shape) => {
    const { type, caretAtEnd, lastContent } = renderEditor();
    await caretAtEnd();
    await type(`${markdown}Words`);
    expect(lastContent().root.children[0]).toMatchObject(shape);
  });

  it('turns a typed "--- " into a horizontal rule', async () => {
    const { type, caretAtEnd, lastContent } = renderEditor();
    await caretAtEnd();
    await type('--- ');
    expect(lastContent().root.children.map((block) => block.type)).toEqual(['horizontalrule', 'paragraph']);
  });

  it('shows another entry when remounted with a new key', () => {
    const other = buildContent(paragraph('A different day'));
    const { rerender, box } = renderEditor({ initialContent: entry() });
    rerender(<Editor key="other" initialContent={other} />);
    expect(screen.getByRole('textbox', { name: 'Reflection' }).textContent).toBe('A different day');
    expect(box.isConnected).toBe(false);
  });

  it('reports the word count on mount and as it changes', async () => {
    const onWordCount = vi.fn();
    const { type, caretAtEnd } = renderEditor({ initialContent: entry(), onWordCount });
    // "Morning pages" + "Met Ana at the river" + "call back"
    expect(onWordCount).toHaveBeenLastCalledWith(9);
    await caretAtEnd();
    await type(' and more');
    // Counted once typing settles, not on every keystroke.
    await vi.waitFor(() => expect(onWordCount).toHaveBeenLastCalledWith(11));
    const calls = onWordCount.mock.calls.length;
    await type('x');
    await new Promise((settle) => setTimeout(settle, 300));
    expect(onWordCount.mock.calls.length).toBe(calls);
  });

  it('counts only the writer’s words, not a template’s headings and prompts', async () => {
    const onWordCount = vi.fn();
    // What a template puts in: a marked heading and prompt, and an empty paragraph for the answer.
    const templated = editorState([
      headingNode('h2', 'What happened', { landscapeHeading: 'What happened' }),
      quoteNode([textNode('Who was there, and what was my part?')], {
        landscapePrompt: 'Who was there, and what was my part?',
      }),
      paragraphNode(),
    ]);
    const { type, caretAtEnd } = renderEditor({ initialContent: templated as never, onWordCount });
    expect(onWordCount).toHaveBeenLastCalledWith(0);
    await caretAtEnd();
    await type('four words of mine');
    await vi.waitFor(() => expect(onWordCount).toHaveBeenLastCalledWith(4));
  });

  it('inserts a prompt as a quote and puts the caret in an empty paragraph after it', async () => {
    const { editor, type, caretAtEnd, lastContent } = renderEditor({
      initialContent: buildContent(paragraph('Before')),
    });
    await caretAtEnd();
    await act(async () => {
      editor.dispatchCommand(INSERT_PROMPT_COMMAND, 'What surprised you?');
    });
    await type('The weather');
    const blocks = lastContent().root.children as unknown as Array<{ type: string; children: Array<{ text: string }> }>;
    expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'quote', 'paragraph']);
    expect(blocks[1]?.children[0]?.text).toBe('What surprised you?');
    expect(blocks[2]?.children[0]?.text).toBe('The weather');
    // Marked as a prompt, so an export can leave it out when nobody answers it.
    expect((blocks[1] as unknown as { $?: Record<string, string> }).$).toEqual({
      landscapePrompt: 'What surprised you?',
    });
  });

  it('puts a prompt before a block when the caret is at its start, and splits a block in the middle', async () => {
    const { editor, box, update, lastContent } = renderEditor({
      initialContent: buildContent(paragraph('Before after')),
    });
    await act(async () => box.focus());
    await update(() => $getRoot().selectStart());
    await act(async () => {
      editor.dispatchCommand(INSERT_PROMPT_COMMAND, 'First?');
    });
    const shape = () =>
      (lastContent().root.children as unknown as Array<{ type: string; children: Array<{ text: string }> }>).map(
        (block) => `${block.type}:${block.children.map((child) => child.text).join('')}`,
      );
    expect(shape()).toEqual(['quote:First?', 'paragraph:', 'paragraph:Before after']);

    await update(() => {
      const text = $getRoot()
        .getLastChildOrThrow<import('lexical').ElementNode>()
        .getFirstChildOrThrow<import('lexical').TextNode>();
      text.select(6, 6);
    });
    await act(async () => {
      editor.dispatchCommand(INSERT_PROMPT_COMMAND, 'Then?');
    });
    expect(shape()).toEqual([
      'quote:First?',
      'paragraph:',
      'paragraph:Before',
      'quote:Then?',
      'paragraph:',
      'paragraph: after',
    ]);
  });

  it('replaces an empty paragraph with the prompt rather than leaving a gap', async () => {
    const { editor, lastContent } = renderEditor();
    await act(async () => {
      editor.update(() => $getRoot().selectEnd());
      editor.dispatchCommand(INSERT_PROMPT_COMMAND, 'Who did you meet?');
    });
    expect(lastContent().root.children.map((block) => block.type)).toEqual(['quote', 'paragraph']);
  });

  it('shows content it cannot read as read-only, reports it, and never emits a change over it', async () => {
    const onError = vi.fn();
    const damaged = { root: { type: 'root', version: 1, children: [{ type: 'no-such-node', version: 1 }] } };
    const { box, onChange, type } = renderEditor({ initialContent: damaged as never, onError });
    expect(onError).toHaveBeenCalledOnce();
    expect(String(onError.mock.calls[0]?.[0])).toContain('could not be read');
    expect(box.getAttribute('contenteditable')).toBe('false');
    await type('overwrite');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('hands the LexicalEditor to editorRef and renders extra plugins', () => {
    const ref = createRef<LexicalEditor | null>();
    render(
      <Editor editorRef={ref}>
        <p>extra</p>
      </Editor>,
    );
    expect(ref.current).not.toBeNull();
    expect(screen.queryByText('extra')).not.toBeNull();
  });

  it('keeps every node type in the JSON it emits', async () => {
    const { type, caretAtEnd, lastContent } = renderEditor({ initialContent: entry() });
    await caretAtEnd();
    await type('!');
    expect(new Set(allNodes(lastContent()).map((node) => node.type))).toEqual(
      new Set(['root', 'heading', 'paragraph', 'text', 'mention', 'link', 'list', 'listitem']),
    );
  });
});
