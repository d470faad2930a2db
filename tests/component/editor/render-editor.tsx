import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  $getRoot,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  type LexicalEditor,
  type SerializedEditorState,
  type SerializedLexicalNode,
} from 'lexical';
import { createRef } from 'react';
import { vi } from 'vitest';
import { Editor, type EditorProps } from '../../../src/renderer/src/editor/Editor';

/**
 * Renders the real Editor. jsdom does not turn key presses into text in a
 * contenteditable, so `type` inserts text the way Lexical does for a browser's
 * `beforeinput` (CONTROLLED_TEXT_INSERTION_COMMAND), one character at a time so
 * that transforms see every keystroke. Buttons, clicks and shortcuts are real events.
 */
export function renderEditor(props: Partial<EditorProps> = {}) {
  const editorRef = createRef<LexicalEditor | null>();
  const onChange = vi.fn<(content: SerializedEditorState) => void>();
  const view = render(<Editor editorRef={editorRef} onChange={onChange} {...props} />);
  const editor = editorRef.current;
  if (editor === null) throw new Error('editor did not mount');
  const box = screen.getByRole('textbox', { name: 'Reflection' });

  const update = (fn: () => void) =>
    act(async () => {
      editor.update(fn, { discrete: true });
    });

  const type = async (text: string) => {
    for (const character of text) {
      await act(async () => {
        editor.dispatchCommand(CONTROLLED_TEXT_INSERTION_COMMAND, character);
      });
    }
  };

  // Focus first: Lexical only mirrors its selection into the DOM for a focused editor,
  // and jsdom's selectionchange would otherwise pull the caret back to the start.
  const caretAtEnd = async () => {
    await act(async () => box.focus());
    await update(() => $getRoot().selectEnd());
  };

  const lastContent = (): SerializedEditorState => {
    const content = onChange.mock.lastCall?.[0];
    if (content === undefined) throw new Error('onChange was not called');
    return content;
  };

  return { ...view, editor, box, user: userEvent.setup(), onChange, update, type, caretAtEnd, lastContent };
}

type JsonNode = SerializedLexicalNode & { children?: JsonNode[]; [key: string]: unknown };

/** Every node in serialized content, depth first. */
export function allNodes(content: SerializedEditorState): JsonNode[] {
  const out: JsonNode[] = [];
  const visit = (node: JsonNode) => {
    out.push(node);
    node.children?.forEach(visit);
  };
  visit(content.root as unknown as JsonNode);
  return out;
}

export const nodesOfType = (content: SerializedEditorState, type: string) =>
  allNodes(content).filter((node) => node.type === type);
